package dev.dynamorepo.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Test helper: reflective calls into classes compiled by {@link DiskCompiler}. */
final class Generated {
  private final ClassLoader loader;

  Generated(ClassLoader loader) {
    this.loader = loader;
  }

  Class<?> type(String simpleName) {
    try {
      return Class.forName("test." + simpleName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  Object call(String type, String method, Object... args) {
    for (Method m : type(type).getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no " + type + "." + method);
  }

  Object fixture(String name) {
    return call("Fixtures", name);
  }

  @SuppressWarnings("unchecked")
  Map<String, AttributeValue> toItem(String entity, Object value) {
    return (Map<String, AttributeValue>) call(entity + "Schema", "toItem", value);
  }

  Object fromItem(String entity, Map<String, AttributeValue> item) {
    return call(entity + "Schema", "fromItem", item);
  }

  /** A public accessor or getter of an entity, for assertions. */
  static Object get(Object target, String accessor) {
    try {
      return target.getClass().getMethod(accessor).invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

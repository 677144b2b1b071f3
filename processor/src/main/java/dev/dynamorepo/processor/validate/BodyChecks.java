package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.ConverterModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.NestedModel;
import dev.dynamorepo.processor.model.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Validate: the properties of the entity or of one nested type: types, converters, stored names,
 * and bean constructors, getters and setters.
 */
final class BodyChecks {
  private BodyChecks() {}

  static void check(NestedModel body, Report report) {
    if (!body.record() && !body.publicNoArgCtor() && body.builder() == null) {
      report.error(body.src(), Messages.BEAN_CONSTRUCTOR, Naming.simpleName(body.type()));
    }
    Map<String, AttributeModel> byStoredName = new HashMap<>();
    for (AttributeModel a : body.attributes()) {
      if (a.stored()) {
        attribute(body, a, report);
        AttributeModel earlier = byStoredName.putIfAbsent(a.storedName(), a);
        if (earlier != null) {
          report.error(a.marks().attribute() != null ? a.marks().attribute() : a.src(),
              Messages.DUPLICATE_ATTRIBUTE_NAME, a.describe(body.type()), a.storedName(),
              earlier.describe(body.type()), Naming.simpleName(body.type()));
        }
      }
    }
  }

  private static void attribute(NestedModel body, AttributeModel a, Report report) {
    String name = a.describe(body.type());
    String problem = TypeProblems.of(a.type());
    if (problem != null) {
      report.error(a.src(), Messages.UNSUPPORTED_TYPE, name, a.declaredType(), problem);
    }
    if (a.type() instanceof ValueType.Converted c) {
      converter(a, c.converter(), name, report);
    }
    int bytes = a.storedName().getBytes(StandardCharsets.UTF_8).length;
    if (a.marks().attribute() != null && (bytes < 1 || bytes > 255)) {
      report.error(a.marks().attribute(), Messages.ATTRIBUTE_NAME, a.storedName(), name, bytes);
    }
    if (!body.record()) {
      accessors(body, a, report);
    }
  }

  /** An immutable class read through its builder: a getter per property, and a builder method. */
  private static void built(NestedModel body, AttributeModel a, Report report) {
    String owner = Naming.simpleName(body.type());
    String capitalized = Character.toUpperCase(a.javaName().charAt(0)) + a.javaName().substring(1);
    if (a.getter() == null) {
      report.error(a.src(), Messages.BEAN_NO_GETTER, a.javaName(), owner, capitalized);
    } else if (!body.builder().methods().containsKey(a.javaName())) {
      report.error(a.src(), Messages.BUILDER_MISSING, a.javaName(), owner, body.builder().factory(), capitalized);
    }
  }

  private static void converter(AttributeModel a, ConverterModel c, String name, Report report) {
    String simple = Naming.simpleName(c.converter());
    if (!c.matchesAttribute()) {
      String what = c.convertedType() == null ? "not an AttributeConverter"
          : "an AttributeConverter<" + c.convertedType() + ">";
      report.error(a.marks().convert(), Messages.CONVERTER_TYPE, simple, name, what, a.declaredType());
    }
    if (!c.instantiable()) {
      report.error(a.marks().convert(), Messages.CONVERTER_CONSTRUCTOR, simple, name);
    }
  }

  private static void accessors(NestedModel body, AttributeModel a, Report report) {
    if (a.getter() == null && body.lombok()) {
      String cap = Character.toUpperCase(a.javaName().charAt(0)) + a.javaName().substring(1);
      report.error(a.src(), Messages.LOMBOK_GETTER, a.javaName(), Naming.simpleName(body.type()), cap);
      return;
    }
    // A builder reads back an immutable class that has no setters; a bean with setters keeps them.
    if (body.builder() != null && (a.setter() == null || !body.publicNoArgCtor())) {
      built(body, a, report);
      return;
    }
    String owner = Naming.simpleName(body.type());
    String capitalized = Character.toUpperCase(a.javaName().charAt(0)) + a.javaName().substring(1);
    if (a.getter() == null) {
      report.error(a.src(), Messages.BEAN_NO_GETTER, a.javaName(), owner, capitalized);
    } else if (a.setter() == null) {
      report.error(a.src(), Messages.BEAN_NO_SETTER, a.javaName(), owner, capitalized, a.declaredType());
    }
  }
}

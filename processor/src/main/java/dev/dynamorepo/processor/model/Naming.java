package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** Model: the names generated code uses, shared by the validators (clashes) and the writers. */
public final class Naming {
  private Naming() {}

  /**
   * UPPER_SNAKE of a Java name: {@code totalCents -> TOTAL_CENTS}, {@code urlHTTPId -> URL_HTTP_ID}.
   *
   * @param name a Java identifier
   * @return the constant name
   */
  public static String upperSnake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && startsWord(name, i)) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static boolean startsWord(String name, int i) {
    char before = name.charAt(i - 1);
    boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isLowerCase(before) || Character.isDigit(before)
        || (Character.isUpperCase(before) && nextLower);
  }

  /**
   * The query method of a secondary index: {@code query}, then {@code By} unless the index name
   * starts with it, then the index name in UpperCamelCase with its other characters dropped
   * ({@code byType -> queryByType}, {@code by-status -> queryByStatus}, {@code status ->
   * queryByStatus}).
   *
   * @param index the index name
   * @return the method name
   */
  public static String indexQuery(String index) {
    StringBuilder camel = new StringBuilder();
    boolean upper = true;
    for (char c : index.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        camel.append(upper ? Character.toUpperCase(c) : c);
      }
      upper = !Character.isLetterOrDigit(c);
    }
    boolean hasBy = camel.length() > 2 && camel.toString().startsWith("By") && Character.isUpperCase(camel.charAt(2));
    return (hasBy ? "query" : "queryBy") + camel;
  }

  /**
   * The nested class names joined by '_': {@code Outer.Inner -> Outer_Inner}.
   *
   * @param type a class
   * @return the flat name
   */
  public static String flatName(ClassName type) {
    return String.join("_", type.simpleNames());
  }

  /**
   * The simple name of a class, for messages; other types as written.
   *
   * @param type a type
   * @return its short name
   */
  public static String simpleName(TypeName type) {
    return type instanceof ClassName c ? String.join(".", c.simpleNames()) : type.toString();
  }
}

package dev.dynamorepo.runtime;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Chooses the physical table of each entity at run time from its logical name (the
 * {@code @Table} name, the generated {@code TABLE_NAME}), so that one build serves every
 * environment. It applies to every operation, transactions, {@code createTable} and the
 * auto-increment counter table, which is {@code <physical name>_SysItems} as the Python helper
 * expects.
 *
 * <pre>{@code
 * DynamoDb dev = DynamoDb.builder().tableNames(TableNames.prefix("dev-")).build();      // dev-orders
 * DynamoDb prod = DynamoDb.builder().tableNames(TableNames.suffix("-prod")).build();    // orders-prod
 * DynamoDb any = DynamoDb.builder().tableNames(TableNames.of(n -> n.toUpperCase())).build();
 * }</pre>
 */
public final class TableNames {
  private static final TableNames AS_DECLARED = new TableNames(n -> n);
  private final UnaryOperator<String> resolver;

  private TableNames(UnaryOperator<String> resolver) {
    this.resolver = resolver;
  }

  /** @return the declared names, unchanged */
  public static TableNames asDeclared() {
    return AS_DECLARED;
  }

  /** @param prefix put before every name, such as {@code "dev-"} @return the resolver */
  public static TableNames prefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return new TableNames(n -> prefix + n);
  }

  /** @param suffix put after every name, such as {@code "-prod"} @return the resolver */
  public static TableNames suffix(String suffix) {
    Objects.requireNonNull(suffix, "suffix");
    return new TableNames(n -> n + suffix);
  }

  /** @param resolver any mapping from logical to physical name @return the resolver */
  public static TableNames of(UnaryOperator<String> resolver) {
    return new TableNames(Objects.requireNonNull(resolver, "resolver"));
  }

  /**
   * The physical name of a logical one, checked against DynamoDB's naming rules.
   *
   * @param logical the {@code @Table} name
   * @return the table to use
   * @throws DynamoException when the result is not a valid table name
   */
  public String resolve(String logical) {
    return check(logical, resolver.apply(logical));
  }

  static String check(String logical, String physical) {
    if (physical == null || physical.length() < 3 || physical.length() > 255 || !physical.matches("[A-Za-z0-9_.-]+")) {
      throw new DynamoException("table '" + logical + "': the resolved table name " + (physical == null ? "null"
          : "'" + physical + "'") + " is not one DynamoDB accepts (3-255 characters of a-z, A-Z, 0-9, '_', '-', '.')");
    }
    return physical;
  }
}

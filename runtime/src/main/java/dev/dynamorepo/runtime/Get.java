package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ProjectionSchema;
import java.util.Objects;

/**
 * A GetItem request: one item by key, with options that compose in any order. Immutable: each
 * option returns a new request, so a request can be kept and reused. The sync and async
 * repositories and {@link ReadTransaction} take the same request.
 *
 * <pre>{@code
 * Optional<Order> o = orders.get(Get.of(orders.key("alice", "o-1")).consistency(ReadConsistency.STRONG));
 * Optional<OrderSummary> s = orders.get(Get.of(orders.key("alice", "o-1"))
 *     .project(OrderSummarySchema.PROJECTION).consistency(ReadConsistency.STRONG));
 * }</pre>
 *
 * @param <E> the entity type
 * @param <T> what the item is read as: the entity, or a projection of it
 */
public final class Get<E, T> {
  private final Key<E> key;
  private final ReadConsistency consistency;
  private final ProjectionSchema<E, T> projection;

  private Get(Key<E> key, ReadConsistency consistency, ProjectionSchema<E, T> projection) {
    this.key = key;
    this.consistency = consistency;
    this.projection = projection;
  }

  /**
   * Paging the whole item, eventually consistent.
   *
   * @param key the item's key, from the repository's {@code key(..)}
   * @param <E> the entity type
   * @return the request
   */
  public static <E> Get<E, E> of(Key<E> key) {
    return new Get<>(Objects.requireNonNull(key, "key"), ReadConsistency.EVENTUAL, null);
  }

  /**
   * The same request with another consistency.
   *
   * @param consistency eventual (the default) or strong
   * @return the new request
   */
  public Get<E, T> consistency(ReadConsistency consistency) {
    return new Get<>(key, Objects.requireNonNull(consistency, "consistency"), projection);
  }

  /**
   * The same request reading only a projection's attributes (a ProjectionExpression).
   *
   * @param projection a generated {@code <Projection>Schema.PROJECTION}
   * @param <P> the projection type
   * @return the new request
   */
  public <P> Get<E, P> project(ProjectionSchema<E, P> projection) {
    return new Get<>(key, consistency, Objects.requireNonNull(projection, "projection"));
  }

  /** @return the key */
  public Key<E> key() {
    return key;
  }

  /** @return the consistency */
  public ReadConsistency consistency() {
    return consistency;
  }

  /** @return the projection, or null for the whole entity */
  public ProjectionSchema<E, T> projection() {
    return projection;
  }
}

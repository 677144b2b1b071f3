package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.support.ProjectionSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A BatchGetItem request: many items by key (100 per call, unprocessed keys retried), with
 * options that compose in any order. Immutable. The sync and async repositories take the same
 * request; items come back in the order of the keys, those that do not exist left out.
 *
 * <pre>{@code
 * List<Order> found = orders.getAll(BatchGet.of(keys).consistency(ReadConsistency.STRONG));
 * List<OrderSummary> summaries = orders.getAll(BatchGet.of(keys).project(OrderSummarySchema.PROJECTION));
 * }</pre>
 *
 * <p>A projection reads its attributes and the key attributes, which place each item.
 *
 * @param <E> the entity type
 * @param <T> what each item is read as: the entity, or a projection of it
 */
public final class BatchGet<E, T> {
  private final List<Key<E>> keys;
  private final ReadConsistency consistency;
  private final ProjectionSchema<E, T> projection;

  private BatchGet(List<Key<E>> keys, ReadConsistency consistency, ProjectionSchema<E, T> projection) {
    this.keys = keys;
    this.consistency = consistency;
    this.projection = projection;
  }

  /**
   * Paging whole items, eventually consistent. A null collection or key is refused when the request
   * runs, naming the table and the position.
   *
   * @param keys the keys, from the repository's {@code key(..)}
   * @param <E> the entity type
   * @return the request
   */
  public static <E> BatchGet<E, E> of(Collection<Key<E>> keys) {
    return new BatchGet<>(keys == null ? null : Collections.unmodifiableList(new ArrayList<>(keys)), ReadConsistency.EVENTUAL,
        null);
  }

  /**
   * The same request with another consistency.
   *
   * @param consistency eventual (the default) or strong
   * @return the new request
   */
  public BatchGet<E, T> consistency(ReadConsistency consistency) {
    return new BatchGet<>(keys, Objects.requireNonNull(consistency, "consistency"), projection);
  }

  /**
   * The same request reading only a projection's attributes (and the key attributes).
   *
   * @param projection a generated {@code <Projection>Schema.PROJECTION}
   * @param <P> the projection type
   * @return the new request
   */
  public <P> BatchGet<E, P> project(ProjectionSchema<E, P> projection) {
    return new BatchGet<>(keys, consistency, Objects.requireNonNull(projection, "projection"));
  }

  /** @return the keys, in order (null when the request was made with null) */
  public List<Key<E>> keys() {
    return keys;
  }

  /** @return the consistency */
  public ReadConsistency consistency() {
    return consistency;
  }

  /** @return the projection, or null for whole entities */
  public ProjectionSchema<E, T> projection() {
    return projection;
  }
}

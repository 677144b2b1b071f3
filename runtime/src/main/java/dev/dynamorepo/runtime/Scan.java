package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Expr;
import dev.dynamorepo.runtime.internal.TableOps;

/**
 * A scan of a whole table, made by {@code repository.scanner()}.
 *
 * <pre>{@code
 * long paid = orders.scanner().filter(OrderSchema.STATUS.eq(Status.PAID)).count();
 * Page<Order> first = orders.scanner().pageSize(100).page(null);
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class Scan<E> extends Reader<E, Scan<E>> {
  Scan(TableOps<E> ops) {
    super(ops, null, false);
  }

  @Override
  Expr keyCondition() {
    return null;
  }

  @Override
  boolean isDescending() {
    return false;
  }
}

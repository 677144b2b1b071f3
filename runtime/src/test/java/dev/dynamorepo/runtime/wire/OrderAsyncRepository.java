package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.AsyncRepository;
import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKeyRange;
import dev.dynamorepo.runtime.support.Queries;
import java.util.function.Function;

/** {@link Order}'s async repository, shaped like a generated one. */
final class OrderAsyncRepository extends AsyncRepository<Order> {
  OrderAsyncRepository(DynamoDb dynamo) {
    super(dynamo, OrderSchema.SCHEMA);
  }

  Query<Order, Order> query(String customerId) {
    return Queries.of(this, null, customerId, null);
  }

  Query<Order, Order> query(String customerId, Function<SortKeyRange.Text<Order>, SortCondition<Order>> sort) {
    return Queries.of(this, null, customerId, sort);
  }

  Query<Order, Order> queryByStatus(String status, Function<SortKeyRange<Order, Long>, SortCondition<Order>> sort) {
    return Queries.of(this, "by-status", status, sort);
  }
}

package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.Query;
import dev.dynamorepo.runtime.Repository;
import dev.dynamorepo.runtime.SortCondition;
import dev.dynamorepo.runtime.SortKeyRange;
import dev.dynamorepo.runtime.support.Queries;
import java.util.function.Function;

/** {@link Order}'s sync repository, shaped like a generated one. */
final class OrderRepository extends Repository<Order> {
  OrderRepository(DynamoDb dynamo) {
    super(dynamo, OrderSchema.SCHEMA);
  }

  OrderAsyncRepository async() {
    return new OrderAsyncRepository(dynamo());
  }

  Key<Order> key(String customerId, String orderId) {
    return OrderSchema.SCHEMA.key(customerId, orderId);
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

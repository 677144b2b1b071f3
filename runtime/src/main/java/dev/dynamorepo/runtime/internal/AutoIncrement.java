package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Backoff;
import dev.dynamorepo.runtime.internal.Counter;
import dev.dynamorepo.runtime.internal.Errors;
import dev.dynamorepo.runtime.internal.ItemChecks;
import dev.dynamorepo.runtime.support.EntitySchema;
import dev.dynamorepo.runtime.support.StoredType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Puts an item whose {@code @AutoIncrement} key is null, taking the next id from the counter item
 * shared with the Python helper ({@code <table>_SysItems}, see {@link Counter}).
 *
 * <p>Gapless (the default): read the counter, then one TransactWriteItems that puts the item
 * ({@code attribute_not_exists}) and moves the counter on, conditioned on the
 * {@code last_modified_timestamp} read; a lost race re-reads and retries with jittered backoff.
 * Two round trips per put, against the Python helper's three: the key type is known at compile
 * time, so no DescribeTable. Fast mode ({@code gapless = false}): ids from one atomic ADD (or a
 * reserved block of them), then a conditional put; an id found taken is skipped.
 *
 * @param <E> the entity type
 */
final class AutoIncrementPut<E> {
  /** Attempts before a contended gapless put gives up. */
  static final int MAX_ATTEMPTS = 64;

  private final Operations<E> ops;
  private final EntitySchema<E> schema;
  private final Counter counter;
  private final String pk;

  AutoIncrementPut(Operations<E> ops) {
    this.ops = ops;
    this.schema = ops.schema;
    this.counter = Counter.of(ops.client, ops.table, schema.autoIncrement().blockSize());
    this.pk = schema.partitionKey().name();
  }

  void initCounter() {
    new Tables(ops.client).createSimple(counter.table(), Counter.KEY_ATTRIBUTE);
    counter.init();
  }

  E put(Map<String, AttributeValue> item) {
    ItemChecks.checkItem(ops.table, withId(item, BigInteger.ONE));
    return schema.autoIncrement().gapless() ? putGapless(item) : putFast(item);
  }

  private E putGapless(Map<String, AttributeValue> item) {
    Backoff backoff = new Backoff();
    for (int attempt = 1; ; attempt++) {
      Counter.State read = counter.read();
      BigInteger id = read.value().add(BigInteger.ONE);
      Map<String, AttributeValue> withId = withId(item, id);
      try {
        ops.client.transactWriteItems(b -> b.transactItems(List.of(putAction(withId), counter.advance(read, id))));
        return schema.fromItem(withId);
      } catch (TransactionCanceledException e) {
        if (Counter.failed(e, 0) && !Counter.failed(e, 1)) {
          counter.skipTaken(read, id); // an item holds this id already (a caller-given key): move past it
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictException("table '" + ops.table + "': auto-increment put gave up after " + attempt
              + " attempts; the counter in '" + counter.table() + "' is contended", e);
        }
      } catch (RuntimeException e) {
        throw Errors.wrap("TransactWriteItems (auto-increment put)", ops.table, e);
      }
      backoff.pause();
    }
  }

  private E putFast(Map<String, AttributeValue> item) {
    for (int attempt = 1; ; attempt++) {
      Map<String, AttributeValue> withId = withId(item, counter.take());
      try {
        ops.client.putItem(ops.createOnlyPut(withId));
        return schema.fromItem(withId);
      } catch (ConditionalCheckFailedException taken) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictException("table '" + ops.table + "': " + attempt + " ids in a row were taken already", taken);
        }
      } catch (RuntimeException e) {
        throw Errors.wrap("PutItem (auto-increment put)", ops.table, e);
      }
    }
  }

  /** Puts of new items in one transaction share this counter: the ids they take. */
  List<TransactWriteItem> transactionActions(List<Map<String, AttributeValue>> items, List<Map<String, AttributeValue>> out) {
    Counter.State read = counter.read();
    BigInteger id = read.value();
    List<TransactWriteItem> actions = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) {
      id = id.add(BigInteger.ONE);
      Map<String, AttributeValue> withId = withId(item, id);
      out.add(withId);
      actions.add(putAction(withId));
    }
    actions.add(counter.advance(read, id));
    return actions;
  }

  TransactWriteItem putAction(Map<String, AttributeValue> item) {
    return ops.createOnlyPutAction(item);
  }

  Map<String, AttributeValue> withId(Map<String, AttributeValue> item, BigInteger id) {
    Map<String, AttributeValue> copy = new HashMap<>(item);
    StoredType type = schema.partitionKey().codec().storedType();
    copy.put(pk, type == StoredType.N ? AttributeValue.fromN(id.toString()) : AttributeValue.fromS(id.toString()));
    return copy;
  }
}

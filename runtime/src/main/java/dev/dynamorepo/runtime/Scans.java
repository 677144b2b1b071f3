package dev.dynamorepo.runtime;

import dev.dynamorepo.runtime.internal.Errors;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Scan and count: lazy paging over {@code LastEvaluatedKey}, SDK errors wrapped as they surface. */
final class Scans {
  private Scans() {}

  static <E> Stream<E> items(Operations<E> ops) {
    ScanRequest request = ScanRequest.builder().tableName(ops.table).build();
    Iterator<Map<String, AttributeValue>> pages = ops.client.scanPaginator(request).items().iterator();
    return wrapped(ops.table, "Scan", pages).map(ops.schema::fromItem);
  }

  static <E> long count(Operations<E> ops) {
    ScanRequest request = ScanRequest.builder().tableName(ops.table).select(Select.COUNT).build();
    try {
      long total = 0;
      for (var page : ops.client.scanPaginator(request)) {
        total += page.count();
      }
      return total;
    } catch (RuntimeException e) {
      throw Errors.wrap("Scan (count)", ops.table, e);
    }
  }

  /** A stream over an SDK iterator whose failures become DynamoExceptions. */
  static <T> Stream<T> wrapped(String table, String operation, Iterator<T> source) {
    Iterator<T> safe = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return source.hasNext();
        } catch (RuntimeException e) {
          throw Errors.wrap(operation, table, e);
        }
      }

      @Override
      public T next() {
        try {
          return source.next();
        } catch (RuntimeException e) {
          throw Errors.wrap(operation, table, e);
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(safe, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}

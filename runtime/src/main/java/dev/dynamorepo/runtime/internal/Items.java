package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.OutcomeUnknownException;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Compares items as DynamoDB stores them: numbers by value ({@code 1.50} is {@code 1.5}), sets
 * without order. Used to recognise a caller's own write when a retried conditional write is
 * refused because its first attempt, whose response was lost, already applied it.
 */
final class Items {
  private Items() {}

  /**
   * Whether {@code stored} holds every attribute of {@code written} with the same value, and,
   * when {@code exact}, nothing else.
   */
  static boolean covers(Map<String, AttributeValue> stored, Map<String, AttributeValue> written, boolean exact) {
    if (stored == null || (exact && stored.size() != written.size())) {
      return false;
    }
    for (Map.Entry<String, AttributeValue> e : written.entrySet()) {
      if (!same(stored.get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  static boolean same(AttributeValue a, AttributeValue b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.n() != null || b.n() != null) {
      return a.n() != null && b.n() != null && Numbers.normalized(a.n()).equals(Numbers.normalized(b.n()));
    }
    if (a.hasSs() || a.hasNs() || a.hasBs()) {
      return a.hasSs() == b.hasSs() && a.hasNs() == b.hasNs() && a.hasBs() == b.hasBs() && elements(a).equals(elements(b));
    }
    if (a.hasL()) {
      return b.hasL() && sameList(a.l(), b.l());
    }
    if (a.hasM()) {
      return b.hasM() && covers(b.m(), a.m(), true);
    }
    return Objects.equals(a, b);
  }

  private static boolean sameList(List<AttributeValue> a, List<AttributeValue> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Set<Object> elements(AttributeValue v) {
    Set<Object> out = new HashSet<>();
    if (v.hasSs()) {
      out.addAll(v.ss());
    } else if (v.hasNs()) {
      v.ns().forEach(n -> out.add(Numbers.normalized(n)));
    } else {
      for (SdkBytes b : v.bs()) {
        out.add(ByteBuffer.wrap(b.asByteArrayUnsafe()));
      }
    }
    return out;
  }

  /**
   * A conditional write refused with the stored item (ReturnValuesOnConditionCheckFailure=ALL_OLD)
   * that {@code mine} recognises as this call's own write: the SDK retried after the first
   * attempt's response was lost, and the first attempt succeeded.
   */
  static <T> CompletableFuture<T> ownWrite(CompletableFuture<T> call, Predicate<Map<String, AttributeValue>> mine,
      Function<Map<String, AttributeValue>, T> result) {
    return call.handle((value, error) -> {
      if (error == null) {
        return value;
      }
      Throwable cause = Futures.unwrap(error);
      // Only a retried request can have been refused by its own first attempt (the SDK counts attempts).
      if ((cause instanceof ConflictException || cause instanceof OutcomeUnknownException)
          && cause.getCause() instanceof ConditionalCheckFailedException refused
          && Retries.of(refused) && refused.hasItem() && mine.test(refused.item())) {
        return result.apply(refused.item());
      }
      throw (RuntimeException) cause;
    });
  }
}

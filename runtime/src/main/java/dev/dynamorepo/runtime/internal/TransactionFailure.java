package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.CancellationReason;
import dev.dynamorepo.runtime.Conflict;
import dev.dynamorepo.runtime.ConflictException;
import dev.dynamorepo.runtime.DynamoException;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Paging a cancelled transaction: DynamoDB's reasons come in request order, which the plan maps
 * back to the caller's actions. Decides whether to retry (a concurrent transaction, or a counter
 * another writer moved) and what to report otherwise.
 */
final class TransactionFailure {
  private final TransactionPlan plan;
  private final TransactionCanceledException cause;
  private final List<CancellationReason> reasons = new ArrayList<>();
  private boolean conflict;
  private boolean counterMoved;
  private boolean validation;
  private boolean throttled;

  TransactionFailure(TransactionPlan plan, TransactionCanceledException cause) {
    this.plan = plan;
    this.cause = cause;
    List<software.amazon.awssdk.services.dynamodb.model.CancellationReason> raw =
        cause.hasCancellationReasons() ? cause.cancellationReasons() : List.of();
    CancellationReason[] byAction = new CancellationReason[plan.written().size()];
    for (int position = 0; position < raw.size(); position++) {
      String code = raw.get(position).code();
      conflict |= "TransactionConflict".equals(code);
      validation |= "ValidationError".equals(code);
      throttled |= "ThrottlingError".equals(code);
      int owner = plan.owner(position);
      boolean conditionFailed = "ConditionalCheckFailed".equals(code);
      if (owner == TransactionPlan.COUNTER || (conditionFailed && plan.action(owner).needsId())) {
        // A new id found taken, or the counter moved: another writer won the race for this id.
        counterMoved |= conditionFailed;
      }
      if (owner != TransactionPlan.COUNTER) {
        byAction[owner] = reason(owner, raw.get(position), conditionFailed);
      }
    }
    for (CancellationReason reason : byAction) {
      reasons.add(reason);
    }
  }

  /**
   * One action's reason; a failed condition is classified from the stored item DynamoDB returned
   * (every action asks for ALL_OLD). A put waiting for an auto-increment id found its id taken:
   * contention, not the caller's condition.
   */
  private CancellationReason reason(int owner, software.amazon.awssdk.services.dynamodb.model.CancellationReason raw,
      boolean conditionFailed) {
    WriteAction action = plan.action(owner);
    String key = action.key() == null ? "{new auto-increment id}" : Keys.describe(action.key());
    Conflict conflict = conditionFailed && !action.needsId()
        ? action.refusal().classify(raw.hasItem() && !raw.item().isEmpty() ? raw.item() : null) : null;
    return new CancellationReason(owner, action.kind(), action.table(), key, raw.code(), raw.message(), conflict);
  }

  /** @return whether an auto-increment counter moved since it was read */
  boolean counterMoved() {
    return counterMoved;
  }

  /** @return true when trying again may succeed and no caller condition failed */
  boolean retryable() {
    boolean callerFailed = reasons.stream().anyMatch(r -> r != null && "ConditionalCheckFailed".equals(r.code())
        && !plan.action(r.index()).needsId());
    return !validation && !callerFailed && (conflict || counterMoved || throttled);
  }

  DynamoException toException(int attempts, String note) {
    CancellationReason first = reasons.stream().filter(r -> r != null && r.failed()).findFirst().orElse(null);
    String where = first == null ? "" : ": action " + first.index() + " (" + first.action() + " on table '" + first.table()
        + "', key " + first.key() + ") failed with " + first.code() + (first.message() == null ? "" : " (" + first.message() + ")")
        + (first.conflict() == null ? "" : ": " + plan.action(first.index()).refusal().explain(first.conflict().reason()));
    if (validation) {
      return new DynamoException("transaction refused by validation" + where, cause);
    }
    String retried = attempts > 1 ? " after " + attempts + " attempts" : "";
    if (throttled && !conflict && reasons.stream().noneMatch(r -> r != null && "ConditionalCheckFailed".equals(r.code()))) {
      return new DynamoException("transaction throttled" + retried + where
          + "; DynamoDB kept refusing it for capacity, retry later or raise the table's capacity", cause);
    }
    String message = first == null
        ? "transaction cancelled" + retried + (counterMoved ? ": the auto-increment counter kept moving" : "")
        : "transaction cancelled" + retried + where;
    return new ConflictException(note == null ? message : message + "; " + note, cause,
        reasons.stream().filter(r -> r != null).toList());
  }
}

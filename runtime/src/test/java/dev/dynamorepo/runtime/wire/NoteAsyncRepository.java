package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.AsyncRepository;
import dev.dynamorepo.runtime.DynamoDb;

/** {@link Note}'s async repository, shaped like a generated one. */
final class NoteAsyncRepository extends AsyncRepository<Note> {
  NoteAsyncRepository(DynamoDb dynamo) {
    super(dynamo, NoteSchema.SCHEMA);
  }
}

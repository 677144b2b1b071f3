package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.DynamoDb;
import dev.dynamorepo.runtime.Key;
import dev.dynamorepo.runtime.Repository;

/** {@link Note}'s sync repository, shaped like a generated one. */
final class NoteRepository extends Repository<Note> {
  NoteRepository(DynamoDb dynamo) {
    super(dynamo, NoteSchema.SCHEMA);
  }

  NoteAsyncRepository async() {
    return new NoteAsyncRepository(dynamo());
  }

  Key<Note> key(String id) {
    return NoteSchema.SCHEMA.key(id);
  }
}

package dev.dynamorepo.runtime.wire;

import dev.dynamorepo.runtime.StringAttribute;
import dev.dynamorepo.runtime.StringKeyAttribute;
import dev.dynamorepo.runtime.support.Attributes;
import dev.dynamorepo.runtime.support.EntitySchema;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link Note}'s schema, written the way the processor generates one. */
final class NoteSchema {
  static final StringKeyAttribute<Note> ID = Attributes.stringKey("id");
  static final StringAttribute<Note> TEXT = Attributes.string("text");

  static final EntitySchema<Note> SCHEMA = EntitySchema.builder(Note.class, "notes")
      .partitionKey(ID)
      .attributes(ID, TEXT)
      .mapper(NoteSchema::toItem, NoteSchema::fromItem)
      .build();

  private NoteSchema() {}

  static Map<String, AttributeValue> toItem(Note n) {
    Map<String, AttributeValue> item = new HashMap<>();
    OrderSchema.put(item, "id", ID.codec().encodeNullable(n.id()));
    OrderSchema.put(item, "text", TEXT.codec().encodeNullable(n.text()));
    return item;
  }

  static Note fromItem(Map<String, AttributeValue> item) {
    return new Note(ID.codec().decodeNullable(item.get("id")), TEXT.codec().decodeNullable(item.get("text")));
  }
}

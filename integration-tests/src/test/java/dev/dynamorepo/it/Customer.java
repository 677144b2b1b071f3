package dev.dynamorepo.it;

import dev.dynamorepo.annotations.Attribute;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.Table;
import java.util.Map;

/** A partition-key-only entity with a renamed attribute. */
@Table(name = "customers")
public record Customer(@PartitionKey String id, String name, @Attribute("e_mail") String email,
                       Map<String, String> labels, Integer loyalty) {}

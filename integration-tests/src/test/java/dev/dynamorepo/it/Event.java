package dev.dynamorepo.it;

import dev.dynamorepo.annotations.IndexPartitionKey;
import dev.dynamorepo.annotations.IndexSortKey;
import dev.dynamorepo.annotations.PartitionKey;
import dev.dynamorepo.annotations.SortKey;
import dev.dynamorepo.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queries and secondary indexes: a global index {@code byType} (type, at) and a local index
 * {@code byPriority} (stream, priority); plus every attribute kind the typed conditions and
 * update actions work on.
 */
@Table(name = "events")
public record Event(
    @PartitionKey String stream,
    @SortKey long seq,
    @IndexPartitionKey("byType") String type,
    @IndexSortKey("byType") String at,
    @IndexSortKey(value = "byPriority", local = true) Integer priority,
    String text,
    Long hits,
    Set<String> tags,
    List<String> log,
    Map<String, String> meta,
    Address address) {}

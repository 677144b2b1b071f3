package dev.dynamorepo.processor.model;

import dev.dynamorepo.processor.diag.SourceRef;
import java.util.List;

/**
 * Model: the dynamo-repo annotations on one attribute, each as the spot it was written (null when
 * absent), so that a message can point at the annotation itself.
 *
 * @param partitionKey {@code @PartitionKey}
 * @param sortKey {@code @SortKey}
 * @param autoIncrement {@code @AutoIncrement} and its values, or null
 * @param version {@code @Version}
 * @param ignore {@code @Ignore}
 * @param attribute {@code @Attribute}
 * @param convert {@code @Convert}
 * @param indexKeys every {@code @IndexPartitionKey} and {@code @IndexSortKey}
 * @param ttl {@code @TimeToLive}
 * @param createdAt {@code @CreatedAt}
 * @param updatedAt {@code @UpdatedAt}
 * @param generatedId {@code @GeneratedId}
 */
public record Marks(
    SourceRef partitionKey,
    SourceRef sortKey,
    AutoIncrementMark autoIncrement,
    SourceRef version,
    SourceRef ignore,
    SourceRef attribute,
    SourceRef convert,
    List<IndexMark> indexKeys,
    TtlMark ttl,
    SourceRef createdAt,
    SourceRef updatedAt,
    GeneratedIdMark generatedId) {

  /**
   * {@code @TimeToLive}.
   *
   * @param src the annotation
   * @param lifetimeSeconds the default lifetime, 0 for none
   */
  public record TtlMark(SourceRef src, long lifetimeSeconds) {}

  /**
   * {@code @GeneratedId}.
   *
   * @param src the annotation
   * @param strategy {@code UUID} or {@code ULID}
   */
  public record GeneratedIdMark(SourceRef src, String strategy) {}

  /**
   * {@code @AutoIncrement}.
   *
   * @param src the annotation
   * @param gapless its {@code gapless}
   * @param blockSize its {@code blockSize}
   * @param blockSizeSrc the annotation, narrowed to {@code blockSize} when written
   */
  public record AutoIncrementMark(SourceRef src, boolean gapless, int blockSize, SourceRef blockSizeSrc) {}

  /**
   * One {@code @IndexPartitionKey} or {@code @IndexSortKey}.
   *
   * @param index the index name
   * @param sort true for {@code @IndexSortKey}
   * @param local {@code @IndexSortKey(local = true)}
   * @param src the annotation
   */
  public record IndexMark(String index, boolean sort, boolean local, SourceRef src) {
    /** @return the annotation's simple name, for messages */
    public String annotation() {
      return sort ? "IndexSortKey" : "IndexPartitionKey";
    }
  }
}

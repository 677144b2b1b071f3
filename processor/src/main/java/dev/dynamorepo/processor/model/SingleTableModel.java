package dev.dynamorepo.processor.model;

import dev.dynamorepo.processor.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Model: how an {@code @Entity} type lives in its single-table design.
 *
 * @param layout the table it names
 * @param implementsTable whether the entity implements the table type
 * @param typeValue its {@code @Entity(type)}
 * @param typeSrc the annotation narrowed to {@code type}
 * @param partition its {@code @PartitionKeyTemplate}, or null
 * @param partitionSrc the entity when the template is missing, for messages
 * @param sort its {@code @SortKeyTemplate}, or null
 * @param indexes its {@code @IndexKeyTemplate}s
 * @param designTimeToLive the stored name of the {@code @TimeToLive} attribute that an entity of the
 *     design declares (the first in permits order), which every {@code createTable()} of the design
 *     enables; null when none does
 */
public record SingleTableModel(
    TableLayout layout,
    boolean implementsTable,
    String typeValue,
    SourceRef typeSrc,
    Template partition,
    SourceRef partitionSrc,
    Template sort,
    List<IndexTemplate> indexes,
    String designTimeToLive) {

  /**
   * One {@code @IndexKeyTemplate}.
   *
   * @param index the index name
   * @param partition its partition key template
   * @param sort its sort key template, or null
   * @param src the annotation
   */
  public record IndexTemplate(String index, Template partition, Template sort, SourceRef src) {}

  /**
   * @param ttl the design's TTL attribute, or null
   * @return this model with it
   */
  public SingleTableModel withDesignTimeToLive(String ttl) {
    return new SingleTableModel(layout, implementsTable, typeValue, typeSrc, partition, partitionSrc, sort, indexes, ttl);
  }

  /** @return every template, the table's first, then the indexes' */
  public List<Template> templates() {
    List<Template> out = new ArrayList<>();
    if (partition != null) {
      out.add(partition);
    }
    if (sort != null) {
      out.add(sort);
    }
    for (IndexTemplate i : indexes) {
      out.add(i.partition());
      if (i.sort() != null) {
        out.add(i.sort());
      }
    }
    return out;
  }

  /** @return the components of the table's key templates, partition first, without repeats */
  public List<String> keyComponents() {
    List<String> out = new ArrayList<>();
    for (Template t : new Template[] {partition, sort}) {
      if (t != null) {
        t.components().stream().filter(c -> !out.contains(c)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * @param javaName an attribute's Java name
   * @return true when a template of the table or an index composes it
   */
  public boolean composes(String javaName) {
    return templates().stream().anyMatch(t -> t.components().contains(javaName));
  }

}

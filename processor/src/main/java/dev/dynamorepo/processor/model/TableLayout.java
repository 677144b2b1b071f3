package dev.dynamorepo.processor.model;

import com.palantir.javapoet.ClassName;
import dev.dynamorepo.processor.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Model: the physical layout of a single-table design, declared once on its {@code @Table}
 * sealed interface.
 *
 * @param type the interface
 * @param tableName {@code @Table(name)}, or null when the type has no {@code @Table}
 * @param tableInterface whether the type is an interface carrying {@code @Table}
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute, or null
 * @param discriminator the type attribute
 * @param indexes the global indexes
 * @param src the type
 */
public record TableLayout(
    ClassName type,
    String tableName,
    boolean tableInterface,
    String partitionKey,
    String sortKey,
    String discriminator,
    List<IndexLayout> indexes,
    SourceRef src) {

  /**
   * One {@code @GlobalIndex}.
   *
   * @param name the index name
   * @param partitionKeys its partition key attributes, in key order
   * @param sortKeys its sort key attributes, in key order
   * @param src the annotation
   */
  public record IndexLayout(String name, List<String> partitionKeys, List<String> sortKeys, SourceRef src) {
    /** @return the first partition key attribute (the only one a template composes) */
    public String partitionKey() {
      return partitionKeys.isEmpty() ? "" : partitionKeys.get(0);
    }

    /** @return the first sort key attribute, or null */
    public String sortKey() {
      return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }

    /** @return every key attribute, partition first */
    public List<String> keys() {
      List<String> out = new ArrayList<>(partitionKeys);
      out.addAll(sortKeys);
      return out;
    }

    /** @return true when a template can compose the key: one partition and at most one sort attribute */
    public boolean composable() {
      return partitionKeys.size() == 1 && sortKeys.size() <= 1;
    }
  }

  /**
   * @param name an index name
   * @return the index, or null
   */
  public IndexLayout index(String name) {
    return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
  }
}

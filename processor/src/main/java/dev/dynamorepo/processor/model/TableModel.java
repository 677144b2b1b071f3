package dev.dynamorepo.processor.model;

import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.SingleTableModel.IndexTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Model: a single-table design: its {@code @Table} sealed interface and the entities it permits.
 *
 * @param layout the physical layout
 * @param sealed whether the interface is sealed
 * @param entities the permitted types that are {@code @Entity}s of this table, in permits order
 * @param strangers the permitted types that are not, by simple name
 * @param src the interface's {@code @Table}
 */
public record TableModel(TableLayout layout, boolean sealed, List<EntityModel> entities, List<String> strangers, SourceRef src) {

  /**
   * The entities whose partition templates on one key (the table's or an index's) have the same
   * literal text and attribute types, so one Query reads all of them: a collection.
   *
   * @param index the index, or null for the table
   * @param method the query method's name
   * @param members each entity and its template, the first one naming the parameters
   * @param attributeKeys for an index whose key attributes the entities hold: its partition
   *     attributes (the parameters); null for a composed key
   */
  public record Collection(String index, String method, List<Member> members, List<String> attributeKeys) {}

  /**
   * One entity of a collection.
   *
   * @param entity the entity
   * @param partition its partition template on that key, or null when it holds the key attributes
   */
  public record Member(EntityModel entity, Template partition) {}

  /**
   * The design's TTL attribute, which every {@code createTable()} of it enables.
   *
   * @return the stored name of the first {@code @TimeToLive} its entities declare, or null
   */
  public String timeToLive() {
    return entities.stream().flatMap(e -> e.timeToLive().stream()).findFirst().orElse(null);
  }

  /**
   * The indexes whose key attributes entities hold themselves, each with the entities that do.
   *
   * @return index name to entities, in declaration order
   */
  public Map<TableLayout.IndexLayout, List<EntityModel>> attributeIndexes() {
    Map<TableLayout.IndexLayout, List<EntityModel>> out = new LinkedHashMap<>();
    for (TableLayout.IndexLayout i : layout.indexes()) {
      List<EntityModel> holders = entities.stream()
          .filter(e -> e.attributeIndexes().stream().anyMatch(x -> x.name().equals(i.name()))).toList();
      if (!holders.isEmpty()) {
        out.put(i, holders);
      }
    }
    return out;
  }

  /**
   * The collections: {@code query} on the table and {@code queryBy<Index>} on an index, suffixed
   * with the template's first word ({@code queryCustomer}) when the key has several.
   *
   * @return the collections, in order of first mention
   */
  public List<Collection> collections() {
    Map<String, List<Member>> byShape = new LinkedHashMap<>();
    Map<String, String> indexOf = new LinkedHashMap<>();
    for (EntityModel e : entities) {
      add(byShape, indexOf, null, e, e.single().partition());
      for (IndexTemplate i : e.single().indexes()) {
        add(byShape, indexOf, i.index(), e, i.partition());
      }
    }
    List<Collection> out = new ArrayList<>();
    byShape.forEach((shape, members) -> {
      String index = indexOf.get(shape);
      long onKey = indexOf.values().stream().filter(i -> Objects.equals(i, index)).count();
      String base = index == null ? "query" : Naming.indexQuery(index);
      out.add(new Collection(index, onKey > 1 ? base + word(members.get(0).partition()) : base, List.copyOf(members), null));
    });
    attributeIndexes().forEach((i, holders) -> out.add(new Collection(i.name(), Naming.indexQuery(i.name()),
        holders.stream().map(e -> new Member(e, null)).toList(), i.partitionKeys())));
    return out;
  }

  private static void add(Map<String, List<Member>> byShape, Map<String, String> indexOf, String index, EntityModel e,
      Template partition) {
    if (partition == null || partition.syntaxError() != null) {
      return;
    }
    StringBuilder shape = new StringBuilder(String.valueOf(index)).append('\u0000');
    for (Template.Part p : partition.parts()) {
      shape.append(p.literal() != null ? "L" + p.literal() : "C" + type(e, p.component())).append('\u0000');
    }
    byShape.computeIfAbsent(shape.toString(), k -> new ArrayList<>()).add(new Member(e, partition));
    indexOf.put(shape.toString(), index);
  }

  private static String type(EntityModel e, String component) {
    return e.attribute(component).map(a -> a.declaredType().toString()).orElse("?");
  }

  /** {@code "CUSTOMER#{id}"} -> {@code Customer}; a template without words -> {@code By} and its first attribute. */
  private static String word(Template t) {
    StringBuilder w = new StringBuilder();
    for (Template.Part p : t.parts()) {
      if (p.literal() == null) {
        if (w.length() > 0) {
          break;
        }
        continue;
      }
      for (char c : p.literal().toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          w.append(c);
        } else if (w.length() > 0) {
          break;
        }
      }
      if (w.length() > 0) {
        break;
      }
    }
    if (w.length() == 0) {
      String first = t.components().get(0);
      return "By" + Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }
    String lower = w.toString().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}

package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.SingleTableModel;
import dev.dynamorepo.processor.model.TableLayout.IndexLayout;
import dev.dynamorepo.processor.model.TableModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validate: a single-table design as a whole: the interface is sealed and permits only its
 * entities, the table and index names, and across its entities: distinct types and keys that can
 * never be equal. Each entity's own checks run on the entity ({@code SingleTableChecks}).
 */
public final class TableChecks {
  private TableChecks() {}

  /**
   * Checks a table.
   *
   * @param table the model
   * @param report receives one error per problem
   */
  public static void check(TableModel table, Report report) {
    String name = Naming.simpleName(table.layout().type());
    if (!table.sealed()) {
      report.error(table.src(), Messages.TABLE_NOT_SEALED, name, name);
    }
    table.strangers().forEach(s -> report.error(table.src(), Messages.TABLE_PERMITS, name, s, name));
    if (!ShapeChecks.NAME.matcher(table.layout().tableName()).matches()) {
      report.error(table.src(), Messages.TABLE_NAME, table.layout().tableName(), name);
    }
    Set<String> indexes = new HashSet<>();
    for (IndexLayout i : table.layout().indexes()) {
      if (!indexes.add(i.name())) {
        report.error(i.src(), Messages.DUPLICATE_GLOBAL_INDEX, i.name(), name);
      } else if (!ShapeChecks.NAME.matcher(i.name()).matches()) {
        report.error(i.src(), Messages.INDEX_NAME, "GlobalIndex", i.name(), name);
      } else if (i.partitionKeys().isEmpty() || i.partitionKeys().size() > 4 || i.sortKeys().size() > 4) {
        report.error(i.src(), Messages.GLOBAL_INDEX_KEYS, i.name(), name, i.partitionKeys().size(), i.sortKeys().size());
      }
    }
    types(table, report);
    timeToLive(table, report);
    overlaps(table, report);
    clashes(table, report);
  }

  /** Two collections may not make the same method with the same parameter types. */
  private static void clashes(TableModel table, Report report) {
    Map<String, TableModel.Collection> seen = new HashMap<>();
    for (TableModel.Collection c : table.collections()) {
      TableModel.Member first = c.members().get(0);
      if (first.partition() == null) {
        continue; // one method per index name, which DynamoDB keeps unique
      }
      String signature = c.method() + first.partition().components().stream()
          .map(n -> first.entity().attribute(n).map(a -> a.declaredType().toString()).orElse("?")).toList();
      TableModel.Collection other = seen.putIfAbsent(signature, c);
      if (other != null) {
        report.error(first.partition().src(), Messages.COLLECTION_CLASH, c.method(), Naming.simpleName(table.layout().type()),
            other.members().get(0).partition().text(), first.partition().text());
      }
    }
  }

  private static void types(TableModel table, Report report) {
    Map<String, EntityModel> byType = new HashMap<>();
    for (EntityModel e : table.entities()) {
      if (e.single().typeValue().isEmpty()) {
        continue; // SingleTableChecks reports each empty type; two of them are not a second problem
      }
      EntityModel first = byType.putIfAbsent(e.single().typeValue(), e);
      if (first != null) {
        report.error(e.single().typeSrc(), Messages.DUPLICATE_TYPE, e.single().typeValue(), Naming.simpleName(e.type()),
            Naming.simpleName(first.type()), Naming.simpleName(table.layout().type()));
      }
    }
  }

  /** One table, one TTL attribute: a second entity's @TimeToLive of another stored name is refused on its declaration. */
  private static void timeToLive(TableModel table, Report report) {
    EntityModel first = null;
    for (EntityModel e : table.entities()) {
      AttributeModel ttl = e.attributes().stream().filter(a -> a.marks().ttl() != null).findFirst().orElse(null);
      if (ttl == null) {
        continue;
      }
      if (first == null) {
        first = e;
      } else if (!first.timeToLive().orElseThrow().equals(ttl.storedName())) {
        String stored = first.timeToLive().orElseThrow();
        report.error(ttl.marks().ttl().src(), Messages.TABLE_TTL_CONFLICT, ttl.describe(e.type()), ttl.storedName(),
            Naming.simpleName(first.type()), Naming.simpleName(table.layout().type()), stored, stored);
      }
    }
  }

  /** Two entities' table keys collide when both their partition and their sort templates can be equal. */
  private static void overlaps(TableModel table, Report report) {
    List<EntityModel> entities = table.entities();
    for (int i = 0; i < entities.size(); i++) {
      for (int j = 0; j < i; j++) {
        SingleTableModel a = entities.get(j).single();
        SingleTableModel b = entities.get(i).single();
        if (comparable(a, table) && comparable(b, table) && TemplateOverlap.canBeEqual(a.partition(), b.partition())
            && (a.sort() == null || TemplateOverlap.canBeEqual(a.sort(), b.sort()))) {
          report.error(b.sort() != null ? b.sort().src() : b.partition().src(), Messages.KEY_OVERLAP,
              Naming.simpleName(entities.get(i).type()), keys(b), Naming.simpleName(entities.get(j).type()), keys(a));
        }
      }
    }
  }

  /**
   * Whether the entity's key templates parsed and match the table's key: a missing or unexpected
   * sort template is reported on the entity, and judging its keys by the partition alone would
   * report a second, made-up overlap.
   */
  private static boolean comparable(SingleTableModel m, TableModel table) {
    return m.partition() != null && m.partition().syntaxError() == null
        && (m.sort() == null) == (table.layout().sortKey() == null) && (m.sort() == null || m.sort().syntaxError() == null);
  }

  /** {@code pk "CUSTOMER#{customerId}", sk "ORDER#{id}"}; a table without a sort key shows only the first. */
  private static String keys(SingleTableModel m) {
    String partition = m.partition().attribute() + " \"" + m.partition().text() + "\"";
    return m.sort() == null ? partition : partition + ", " + m.sort().attribute() + " \"" + m.sort().text() + "\"";
  }
}

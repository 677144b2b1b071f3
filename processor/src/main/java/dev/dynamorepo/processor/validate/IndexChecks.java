package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Marks.IndexMark;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.Stored;
import java.util.HashMap;
import java.util.Map;

/**
 * Validate: {@code @IndexPartitionKey} and {@code @IndexSortKey}. An index key may be an
 * {@code Optional}: items without it are simply not in the (sparse) index.
 */
final class IndexChecks {
  private IndexChecks() {}

  static void check(EntityModel entity, Report report) {
    Map<String, AttributeModel> first = new HashMap<>();
    Map<String, String> methods = new HashMap<>();
    for (AttributeModel a : entity.attributes()) {
      for (IndexMark mark : a.marks().indexKeys()) {
        one(entity, a, mark, report);
        String method = Naming.indexQuery(mark.index());
        String other = methods.putIfAbsent(method, mark.index());
        if (other != null && !other.equals(mark.index())) {
          report.error(mark.src(), Messages.INDEX_METHOD_CLASH, mark.index(), other, method);
        }
        AttributeModel earlier = first.putIfAbsent(mark.annotation() + " " + mark.index(), a);
        if (earlier != null) {
          report.error(mark.src(), Messages.DUPLICATE_INDEX_KEY, a.describe(entity.type()),
              mark.annotation(), mark.index(), entity.type().simpleName(), earlier.describe(entity.type()));
        }
      }
    }
    checkLocalIndexes(entity, report);
  }

  /**
   * A local index is declared ({@code local = true}); any other sort key needs its partition key,
   * so a misspelled global index name is an error with the closest name, not a silent local index.
   */
  private static void checkLocalIndexes(EntityModel entity, Report report) {
    java.util.Set<String> global = new java.util.TreeSet<>();
    entity.attributes().forEach(a -> a.marks().indexKeys().stream().filter(m -> !m.sort()).forEach(m -> global.add(m.index())));
    for (AttributeModel a : entity.attributes()) {
      for (IndexMark mark : a.marks().indexKeys()) {
        if (!mark.sort()) {
          continue;
        }
        String name = a.describe(entity.type());
        if (mark.local() && global.contains(mark.index())) {
          report.error(mark.src(), Messages.LOCAL_AND_GLOBAL_INDEX, mark.index(), name);
        } else if (!mark.local() && !global.contains(mark.index())) {
          report.error(mark.src(), Messages.UNPAIRED_INDEX_SORT_KEY, mark.index(), name, Suggestions.closest(mark.index(), global));
        } else if (mark.local() && entity.sortKey().isEmpty()) {
          report.error(mark.src(), Messages.LOCAL_INDEX_WITHOUT_SORT_KEY, mark.index(), name);
        }
      }
    }
  }

  private static void one(EntityModel entity, AttributeModel a, IndexMark mark, Report report) {
    String name = a.describe(entity.type());
    if (!ShapeChecks.NAME.matcher(mark.index()).matches()) {
      report.error(mark.src(), Messages.INDEX_NAME, mark.annotation(), mark.index(), name);
    }
    if (a.marks().ignore() != null) {
      report.error(a.marks().ignore(), Messages.IGNORED_KEY, name, mark.annotation());
      return;
    }
    Stored stored = a.type().stored();
    if (stored != null && stored != Stored.CONVERTED && !stored.scalarKey()) {
      report.error(mark.src(), Messages.INDEX_KEY_TYPE, mark.annotation(), mark.index(), name,
          a.declaredType(), stored);
    }
  }
}

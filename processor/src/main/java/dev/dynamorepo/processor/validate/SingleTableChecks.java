package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.Marks;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.SingleTableModel;
import dev.dynamorepo.processor.model.SingleTableModel.IndexTemplate;
import dev.dynamorepo.processor.model.Stored;
import dev.dynamorepo.processor.model.TableLayout;
import dev.dynamorepo.processor.model.TableLayout.IndexLayout;
import dev.dynamorepo.processor.model.Template;
import dev.dynamorepo.processor.model.ValueType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validate: one {@code @Entity} of a single-table design: its table type, its type name, its key
 * templates (syntax, attributes, separators) and the annotations that do not apply to it. The
 * checks across the entities of one table run on the table type ({@code TableChecks}).
 */
final class SingleTableChecks {
  private SingleTableChecks() {}

  static void check(EntityModel entity, Report report) {
    SingleTableModel single = entity.single();
    String name = Naming.simpleName(entity.type());
    TableLayout layout = single.layout();
    String table = Naming.simpleName(layout.type());
    if (!layout.tableInterface()) {
      report.error(entity.table(), Messages.ENTITY_TABLE, table, name, table, name);
      return;
    }
    if (!single.implementsTable()) {
      report.error(entity.table(), Messages.ENTITY_NOT_IN_TABLE, name, table, table);
    }
    if (single.typeValue().isEmpty()) {
      report.error(single.typeSrc(), Messages.ENTITY_TYPE, name);
    }
    keyMarks(entity, report);
    physicalNames(entity, layout, report);
    if (single.partition() == null) {
      report.error(single.partitionSrc(), Messages.NO_PARTITION_TEMPLATE, name, layout.partitionKey());
    } else {
      template(entity, single.partition(), report);
    }
    if (single.sort() == null && layout.sortKey() != null) {
      report.error(single.partitionSrc(), Messages.NO_SORT_TEMPLATE, table, layout.sortKey(), name);
    } else if (single.sort() != null && layout.sortKey() == null) {
      report.error(single.sort().src(), Messages.UNEXPECTED_SORT_TEMPLATE, name, table);
    } else if (single.sort() != null) {
      template(entity, single.sort(), report);
    }
    indexes(entity, layout, report);
  }

  private static void keyMarks(EntityModel entity, Report report) {
    for (AttributeModel a : entity.attributes()) {
      Marks m = a.marks();
      String attr = a.describe(entity.type());
      String name = Naming.simpleName(entity.type());
      refuse(m.partitionKey(), "PartitionKey", attr, name, report);
      refuse(m.sortKey(), "SortKey", attr, name, report);
      refuse(m.autoIncrement() == null ? null : m.autoIncrement().src(), "AutoIncrement", attr, name, report);
      refuse(m.generatedId() == null ? null : m.generatedId().src(), "GeneratedId", attr, name, report);
      m.indexKeys().forEach(i -> refuse(i.src(), i.annotation(), attr, name, report));
    }
  }

  private static void refuse(SourceRef mark, String annotation, String attr, String entity, Report report) {
    if (mark != null) {
      report.error(mark, Messages.KEY_MARK_ON_ENTITY, annotation, attr, entity);
    }
  }

  /** The attributes the runtime composes (keys, templated index keys) and the discriminator cannot be entity attributes. */
  private static void physicalNames(EntityModel entity, TableLayout layout, Report report) {
    List<String> composed = new java.util.ArrayList<>();
    composed.add(layout.partitionKey());
    if (layout.sortKey() != null) {
      composed.add(layout.sortKey());
    }
    entity.single().indexes().stream().map(t -> layout.index(t.index())).filter(java.util.Objects::nonNull)
        .filter(IndexLayout::composable).forEach(i -> composed.addAll(i.keys()));
    for (AttributeModel a : entity.attributes()) {
      if (!a.stored()) {
        continue;
      }
      String role = a.storedName().equals(layout.discriminator()) ? "entity type (the discriminator)"
          : composed.contains(a.storedName()) ? "composed key attribute \"" + a.storedName() + "\"" : null;
      if (role != null) {
        report.error(a.src(), Messages.PHYSICAL_NAME, a.describe(entity.type()), a.storedName(),
            Naming.simpleName(layout.type()), role);
      }
    }
    for (IndexLayout i : entity.attributeIndexes()) {
      for (String key : i.keys()) {
        AttributeModel a = entity.storedAs(key).orElseThrow();
        Stored s = a.type() == null ? null : a.type().stored();
        if (a.type() instanceof ValueType.OptionalOf || (s != null && !s.scalarKey() && s != Stored.CONVERTED)) {
          report.error(a.src(), Messages.INDEX_KEY_TYPE, "GlobalIndex", i.name(), a.describe(entity.type()), a.declaredType(),
              a.type() instanceof ValueType.OptionalOf ? "an Optional" : s.toString());
        }
      }
    }
  }

  private static void indexes(EntityModel entity, TableLayout layout, Report report) {
    String name = Naming.simpleName(entity.type());
    Set<String> seen = new HashSet<>();
    for (IndexTemplate t : entity.single().indexes()) {
      IndexLayout index = layout.index(t.index());
      if (index == null) {
        report.error(t.src(), Messages.INDEX_TEMPLATE_UNKNOWN, t.index(), name, Naming.simpleName(layout.type()),
            Suggestions.closest(t.index(), layout.indexes().stream().map(IndexLayout::name).toList()));
        continue;
      }
      if (!seen.add(t.index())) {
        report.error(t.src(), Messages.INDEX_TEMPLATE_DUPLICATE, t.index(), name);
        continue;
      }
      if (!index.composable()) {
        report.error(t.src(), Messages.INDEX_TEMPLATE_MULTI, t.index(), name, index.partitionKeys().size(), index.sortKeys().size());
        continue;
      }
      template(entity, t.partition(), report);
      if (t.sort() == null && index.sortKey() != null) {
        report.error(t.src(), Messages.INDEX_TEMPLATE_SORT, t.index(), name,
            "the index has the sort key \"" + index.sortKey() + "\", so give its template with sort = \"...\"");
      } else if (t.sort() != null && index.sortKey() == null) {
        report.error(t.sort().src(), Messages.INDEX_TEMPLATE_SORT, t.index(), name,
            "the index has no sort key; remove sort = \"" + t.sort().text() + "\"");
      } else if (t.sort() != null) {
        template(entity, t.sort(), report);
      }
    }
  }

  /** Syntax, attributes and separators of one template. */
  private static void template(EntityModel entity, Template t, Report report) {
    String name = Naming.simpleName(entity.type());
    if (t.syntaxError() != null) {
      report.error(t.src(), Messages.TEMPLATE_SYNTAX, t.text(), name, t.syntaxError());
      return;
    }
    List<Template.Part> parts = t.parts();
    Set<String> checked = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      String component = parts.get(i).component();
      if (component == null) {
        continue;
      }
      if (checked.add(component)) {
        // "{x}#{x}" with no attribute x is one problem, so one error.
        component(entity, t, component, report);
      }
      if (i + 1 < parts.size()) {
        Template.Part next = parts.get(i + 1);
        if (next.component() != null) {
          report.error(t.src(), Messages.TEMPLATE_SEPARATOR, t.text(), name, component, "{" + next.component() + "}");
        } else if (Character.isLetterOrDigit(next.literal().charAt(0))) {
          report.error(t.src(), Messages.TEMPLATE_SEPARATOR, t.text(), name, component, "'" + next.literal().charAt(0) + "'");
        }
      }
    }
  }

  private static String orStop(String suggestion) {
    return suggestion.isEmpty() ? "." : suggestion;
  }

  /** A key part whose text always holds one of the template's separators could never be written. */
  private static void separatorInValue(EntityModel entity, Template t, AttributeModel a, Report report) {
    String always = a.type() instanceof ValueType.Scalar s ? switch (s.codec()) {
      case "INSTANT" -> "-:.";
      case "LOCAL_DATE", "UUID_CODEC" -> "-";
      case "LOCAL_TIME" -> ":";
      case "LOCAL_DATE_TIME", "OFFSET_DATE_TIME", "ZONED_DATE_TIME" -> "-:";
      default -> "";
    } : "";
    for (Template.Part p : t.parts()) {
      for (char c : p.literal() == null ? new char[0] : p.literal().toCharArray()) {
        if (always.indexOf(c) >= 0) {
          report.error(t.src(), Messages.TEMPLATE_SEPARATOR_IN_VALUE, t.text(), Naming.simpleName(entity.type()), a.javaName(),
              Naming.simpleName(a.declaredType()), String.valueOf(c));
          return;
        }
      }
    }
  }

  private static void component(EntityModel entity, Template t, String component, Report report) {
    List<AttributeModel> stored = entity.attributes().stream().filter(AttributeModel::stored).toList();
    AttributeModel a = stored.stream().filter(x -> x.javaName().equals(component)).findFirst().orElse(null);
    if (a == null) {
      report.error(t.src(), Messages.TEMPLATE_UNKNOWN, t.text(), Naming.simpleName(entity.type()), component,
          Naming.simpleName(entity.type()), orStop(Suggestions.closest(component, stored.stream().map(AttributeModel::javaName).toList())));
      return;
    }
    separatorInValue(entity, t, a, report);
    Marks m = a.marks();
    String role = m.version() != null ? "Version" : m.ttl() != null ? "TimeToLive" : m.createdAt() != null ? "CreatedAt"
        : m.updatedAt() != null ? "UpdatedAt" : null;
    if (role != null) {
      report.error(t.src(), Messages.TEMPLATE_ROLE, t.text(), a.describe(entity.type()), role);
      return;
    }
    ValueType type = a.type();
    Stored s = type == null ? null : type.stored();
    if (type instanceof ValueType.OptionalOf) {
      report.error(t.src(), Messages.TEMPLATE_TYPE, t.text(), a.describe(entity.type()), a.declaredType(), "an Optional");
    } else if (s != null && s != Stored.S && s != Stored.N) {
      // A type nothing can store is reported once, by BodyChecks.
      report.error(t.src(), Messages.TEMPLATE_TYPE, t.text(), a.describe(entity.type()), a.declaredType(),
          s == Stored.CONVERTED ? "whatever its converter writes" : s.toString());
    }
  }
}

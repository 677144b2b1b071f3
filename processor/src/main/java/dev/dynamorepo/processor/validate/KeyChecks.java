package dev.dynamorepo.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.Report;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.model.AttributeModel;
import dev.dynamorepo.processor.model.EntityModel;
import dev.dynamorepo.processor.model.EntityModel.ShapeProblem;
import dev.dynamorepo.processor.model.Marks.AutoIncrementMark;
import dev.dynamorepo.processor.model.Naming;
import dev.dynamorepo.processor.model.Stored;
import dev.dynamorepo.processor.model.ValueType;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Validate: the partition and sort keys, and {@code @AutoIncrement}. */
final class KeyChecks {
  private static final Set<TypeName> AUTO_INCREMENT_TYPES = Set.of(
      ClassName.get(Long.class), ClassName.get(Integer.class), ClassName.get(BigInteger.class),
      ClassName.get(String.class));

  private KeyChecks() {}

  static void check(EntityModel entity, Report report) {
    List<AttributeModel> pks = marked(entity, a -> a.marks().partitionKey());
    if (pks.isEmpty() && !entity.shapeProblems().contains(ShapeProblem.NOT_A_CLASS)) {
      report.error(entity.table(), Messages.NO_PARTITION_KEY, Naming.simpleName(entity.type()));
    }
    duplicates(entity, pks, Messages.DUPLICATE_PARTITION_KEY, a -> a.marks().partitionKey(), report);
    List<AttributeModel> sks = marked(entity, a -> a.marks().sortKey());
    duplicates(entity, sks, Messages.DUPLICATE_SORT_KEY, a -> a.marks().sortKey(), report);
    pks.forEach(a -> key(entity, a, "PartitionKey", a.marks().partitionKey(), report));
    sks.forEach(a -> key(entity, a, "SortKey", a.marks().sortKey(), report));
    entity.attributes().forEach(a -> autoIncrement(entity, a, report));
  }

  static List<AttributeModel> marked(EntityModel entity, Function<AttributeModel, Object> mark) {
    return entity.attributes().stream().filter(a -> mark.apply(a) != null).toList();
  }

  static void duplicates(EntityModel entity, List<AttributeModel> marked, String message,
      Function<AttributeModel, SourceRef> mark, Report report) {
    for (AttributeModel second : marked.subList(Math.min(1, marked.size()), marked.size())) {
      report.error(mark.apply(second), message, second.describe(entity.type()),
          Naming.simpleName(entity.type()), marked.get(0).describe(entity.type()));
    }
  }

  private static void key(EntityModel entity, AttributeModel a, String role, SourceRef mark, Report report) {
    String name = a.describe(entity.type());
    if (a.marks().ignore() != null) {
      report.error(a.marks().ignore(), Messages.IGNORED_KEY, name, role);
    } else if (role.equals("SortKey") && a.marks().partitionKey() != null) {
      report.error(mark, Messages.KEY_BOTH_ROLES, name);
    } else if (!keyType(a.type())) {
      report.error(mark, Messages.KEY_TYPE, role, name, a.declaredType(), describe(a.type()));
    }
  }

  /** Unsupported types are reported once, by {@link BodyChecks}; converters decide at run time. */
  private static boolean keyType(ValueType type) {
    Stored stored = type.stored();
    return stored == null || stored == Stored.CONVERTED
        || (stored.scalarKey() && !(type instanceof ValueType.OptionalOf));
  }

  static String describe(ValueType type) {
    return type instanceof ValueType.OptionalOf ? "an Optional" : type.stored().toString();
  }

  private static void autoIncrement(EntityModel entity, AttributeModel a, Report report) {
    AutoIncrementMark mark = a.marks().autoIncrement();
    if (mark == null) {
      return;
    }
    String name = a.describe(entity.type());
    if (a.marks().partitionKey() == null) {
      report.error(mark.src(), Messages.AUTO_INCREMENT_NOT_PARTITION_KEY, name);
    } else if (!AUTO_INCREMENT_TYPES.contains(a.declaredType())) {
      report.error(mark.src(), Messages.AUTO_INCREMENT_TYPE, name, a.declaredType());
    }
    if (mark.blockSize() < 1) {
      report.error(mark.blockSizeSrc(), Messages.AUTO_INCREMENT_BLOCK_SIZE, mark.blockSize(), name);
    }
  }
}

package dev.dynamorepo.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime's own boundaries, checked in its own build on its compiled classes (the rules about
 * generated code stay in integration-tests, which has generated code): the public surface never
 * mentions an internal type, and the operation classes in {@code internal} never call back into
 * the facade (connection, repositories, transactions, queries, request values), so each operation
 * owns its path instead of returning to a hub.
 */
class RuntimeBoundariesTest {
  private static final String RUNTIME = "dev.dynamorepo.runtime";
  private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(RUNTIME);

  /** What the facade is: everything of the API package but exceptions, results and value types. */
  private static final Set<String> FACADE = Set.of("DynamoDb", "EntityTable", "Repository", "AsyncRepository", "Transaction",
      "ReadTransaction", "BulkWrite", "Reader", "Query", "Scan", "PartialUpdate", "SingleTableView", "Get", "BatchGet", "Put",
      "Update", "Upsert", "Delete", "ConditionCheck");

  @Test
  void internalOperationsNeverCallBackIntoTheFacade() {
    noClasses().that().resideInAPackage(RUNTIME + ".internal..")
        .should().dependOnClassesThat(DescribedPredicate.describe("are the API's facade",
            (JavaClass c) -> c.getPackageName().equals(RUNTIME) && FACADE.contains(c.getSimpleName().replaceAll("\\$.*", ""))))
        .check(CLASSES);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      boolean surface = c.getPackageName().equals(RUNTIME) || c.getPackageName().equals(RUNTIME + ".support");
      if (!surface || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        if (visible(unit.getModifiers())) {
          List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
          types.add(unit.getRawReturnType());
          types.stream().filter(RuntimeBoundariesTest::internal)
              .forEach(t -> leaks.add(c.getSimpleName() + "." + unit.getName() + " uses " + t.getSimpleName()));
        }
      }
      for (JavaField f : c.getFields()) {
        if (visible(f.getModifiers()) && internal(f.getRawType())) {
          leaks.add(c.getSimpleName() + "." + f.getName() + " is a " + f.getRawType().getSimpleName());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean internal(JavaClass type) {
    return type.getPackageName().startsWith(RUNTIME + ".internal");
  }
}

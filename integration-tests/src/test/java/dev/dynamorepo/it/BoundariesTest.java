package dev.dynamorepo.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The build rule for the runtime's boundaries, on the compiled classes of the runtime and of the
 * code the processor generated for this module's entities: generated code never names
 * {@code runtime.internal} and calls into the runtime only through {@code runtime.support} (plus
 * the public instance methods of the API it extends). The rules on the runtime alone (no public
 * signature mentions an internal type) run in the runtime's own build: RuntimeBoundariesTest.
 */
class BoundariesTest {
  private static final String RUNTIME = "dev.dynamorepo.runtime";
  private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("dev.dynamorepo.runtime", "dev.dynamorepo.it");

  /**
   * Generated repositories extend the runtime's bases and generated schemas hold the
   * {@code SCHEMA} constant ({@code @Generated} itself has source retention, so it is not in the
   * class files); their nested classes count too.
   */
  private static boolean generated(JavaClass c) {
    boolean repository = c.getPackageName().equals("dev.dynamorepo.it") && c.isAssignableTo(RUNTIME + ".EntityTable");
    boolean schema = c.tryGetField("SCHEMA").map(f -> f.getRawType().getName().equals(RUNTIME + ".support.EntitySchema"))
        .orElse(false);
    return repository || schema || c.getEnclosingClass().map(BoundariesTest::generated).orElse(false);
  }

  @Test
  void generatedCodeNeverNamesTheInternalPackage() {
    noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are generated", BoundariesTest::generated))
        .should().dependOnClassesThat().resideInAPackage(RUNTIME + ".internal..")
        .check(CLASSES);
  }

  @Test
  void generatedCodeCallsTheRuntimeOnlyThroughSupport() {
    List<String> offending = new ArrayList<>();
    int generatedClasses = 0;
    for (JavaClass c : CLASSES) {
      if (!generated(c)) {
        continue;
      }
      generatedClasses++;
      for (JavaAccess<?> call : c.getAccessesFromSelf()) {
        JavaClass owner = call.getTargetOwner();
        boolean api = owner.getPackageName().equals(RUNTIME);
        boolean superConstructor = call.getName().equals("<init>") && owner.isAssignableFrom(c.getName());
        boolean staticOrConstructor = call.getName().equals("<init>") || call.getTarget().resolveMember()
            .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(true);
        if (api && staticOrConstructor && !superConstructor) {
          offending.add(c.getSimpleName() + " -> " + owner.getSimpleName() + "." + call.getName());
        }
      }
    }
    assertTrue(generatedClasses > 20, "found the generated classes: " + generatedClasses);
    assertEquals(List.of(), offending, "generated code makes runtime objects only through runtime.support");
  }
}

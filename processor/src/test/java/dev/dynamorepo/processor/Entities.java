package dev.dynamorepo.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test helper: the entities in {@code src/test/resources/entities}, covering every type. */
final class Entities {
  private static final List<String> NAMES = List.of("Everything", "Address", "Node", "Color", "Money",
      "MoneyConverter", "Account", "Profile", "Fixtures");

  private Entities() {}

  static JavaFileObject[] all() {
    return NAMES.stream()
        .map(n -> JavaFileObjects.forResource("entities/test/" + n + ".java"))
        .toArray(JavaFileObject[]::new);
  }
}

package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** Test helper: entity sources as text blocks, compiled with the processor. */
final class Sources {
  /**
   * Lint everything except {@code processing}: the processor returns false as javac's contract
   * asks of processors that do not own an annotation, and javac then warns that nobody claimed
   * {@code @PartitionKey} etc. That warning is about the build, not about generated code.
   */
  static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  private static final String IMPORTS = """
      package test;

      import dev.dynamorepo.annotations.*;
      import java.math.*;
      import java.nio.ByteBuffer;
      import java.time.*;
      import java.util.*;
      import software.amazon.awssdk.core.SdkBytes;

      """;

  private Sources() {}

  /** A source file {@code test.<name>} with the usual imports before {@code code}. */
  static JavaFileObject of(String name, String code) {
    return JavaFileObjects.forSourceString("test." + name, IMPORTS + code);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new EntityProcessor(), new TableProcessor(), new ProjectionProcessor()).withOptions(OPTIONS).compile(sources);
  }

  /** Compiles {@code code} as {@code test.Order} and expects exactly this one error, on that line. */
  static void assertOnlyError(String code, String message, String line) {
    JavaFileObject src = of("Order", code);
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(message).inFile(src).onLineContaining(line);
    assertWithMessage("errors: %s", c.errors()).that(c.errors()).hasSize(1);
  }
}

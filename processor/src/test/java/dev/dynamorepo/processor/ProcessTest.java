package dev.dynamorepo.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynamorepo.processor.diag.Messages;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor as a whole: many errors in one run, what gets generated, warnings, crashes. */
class ProcessTest {
  private static final String GOOD = """
      @Table(name = "goods")
      public record Good(@PartitionKey String id, long count) {}
      """;

  @TempDir Path dir;

  @Test
  void oneRunReportsEveryMistakeOfEveryEntity() {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            String id,
            Thread worker) {}
        """);
    JavaFileObject ticket = Sources.of("Ticket", """
        @Table(name = "no")
        public record Ticket(
            @PartitionKey @Version Long id) {}
        """);
    Compilation c = Sources.compile(order, ticket, Sources.of("Good", GOOD));
    assertThat(c).hadErrorContaining(String.format(Messages.NO_PARTITION_KEY, "Order")).inFile(order).onLineContaining("@Table");
    assertThat(c).hadErrorContaining("[DdbUnsupportedType] Order.worker").inFile(order).onLineContaining("worker");
    assertThat(c).hadErrorContaining(String.format(Messages.TABLE_NAME, "no", "Ticket")).inFile(ticket).onLineContaining("@Table");
    assertThat(c).hadErrorContaining(String.format(Messages.VERSION_ON_KEY, "Ticket.id")).inFile(ticket).onLineContaining("@Version");
    assertThat(c).hadErrorCount(4);
  }

  @Test
  void anEntityWithErrorsGetsNoFilesWhileItsValidSiblingDoes() throws IOException {
    JavaFileObject bad = Sources.of("Bad", """
        @Table(name = "bads")
        public record Bad(@PartitionKey boolean id) {}
        """);
    DiskCompiler.Result r = DiskCompiler.compile(dir, new EntityProcessor(), bad, Sources.of("Good", GOOD));
    assertThat(r.success()).isFalse();
    assertThat(r.errors()).hasSize(1);
    assertThat(r.generated()).containsExactly("test/GoodAsyncRepository.java", "test/GoodRepository.java", "test/GoodSchema.java");
  }

  @Test
  void aValidEntityOfEveryTypeCompilesWithoutWarnings() {
    Compilation c = Sources.compile(Entities.all());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.EverythingSchema");
    assertThat(c).generatedSourceFile("test.AccountRepository");
  }

  @Test
  void aTypeMissingUntilProcessingEndsIsReportedOnce() {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Missing thing) {}
        """);
    Compilation c = Sources.compile(order);
    assertThat(c).hadErrorContaining(String.format(Messages.UNRESOLVED_TYPE, "thing", "Order", "Missing"))
        .inFile(order).onLineContaining("Missing thing");
    assertThat(c.errors().stream().filter(e -> e.getMessage(null).contains("[Ddb")).count()).isEqualTo(1);
  }

  @Test
  void aTypeGeneratedInALaterRoundIsWaitedFor() {
    JavaFileObject order = Sources.of("Order", """
        @Table(name = "orders")
        public record Order(
            @PartitionKey String id,
            Later later) {}
        """);
    Compilation c = com.google.testing.compile.Compiler.javac()
        .withProcessors(new EntityProcessor(), new LaterTypeProcessor())
        .withOptions(Sources.OPTIONS)
        .compile(order);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.OrderSchema").contentsAsUtf8String().contains("encodeLater");
  }

  @Test
  void aCrashIsReportedOnTheEntityAndRethrown() throws IOException {
    DiskCompiler.Result r = DiskCompiler.compile(dir,
        new WrappedProcessor(env -> withFiler(env, new IllegalStateException("boom"))), Sources.of("Good", GOOD));
    assertThat(r.thrown()).isNotNull();
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0)).startsWith("[DdbProcessorCrash] dynamo-repo's processor crashed on test.Good");
    assertThat(r.errors().get(0)).contains("java.lang.IllegalStateException: boom");
  }

  @Test
  void aFileThatCannotBeWrittenIsReported() throws IOException {
    DiskCompiler.Result r = DiskCompiler.compile(dir,
        new WrappedProcessor(env -> withFiler(env, new FilerException("exists already"))), Sources.of("Good", GOOD));
    assertThat(r.thrown()).isNull();
    assertThat(r.errors()).containsExactly(String.format(Messages.WRITE_FAILED, "GoodSchema", "exists already"));
  }

  /** The environment, but with a filer that throws {@code failure} for every file. */
  private static ProcessingEnvironment withFiler(ProcessingEnvironment env, Exception failure) {
    Filer filer = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          throw failure;
        });
    return (ProcessingEnvironment) Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> method.getName().equals("getFiler") ? filer : method.invoke(env, args));
  }
}

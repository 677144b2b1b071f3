package dev.dynamorepo.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() throws IOException {
    JavaFileObject src = JavaFileObjects.forSourceString("test.Order", """
        package test;

        import dev.dynamorepo.annotations.*;
        import java.time.Instant;
        import java.util.*;

        @Table(name = "orders")
        public record Order(
            @PartitionKey String customerId,
            @SortKey String orderId,
            long totalCents,
            Set<String> tags,
            @IndexSortKey("by-status") @IndexSortKey("recent") Instant createdAt,
            @IndexPartitionKey("by-status") Status status,
            Address address,
            @Ignore String note,
            @Attribute("x") int count) {
          public enum Status { NEW, PAID }
          public record Address(String street, List<Address> previous) {}
        }
        """);
    Compilation c = javac().withProcessors(new EntityProcessor()).withOptions("-Xlint:all").compile(src);
    c.diagnostics().forEach(d -> System.out.println(d));
    for (JavaFileObject f : c.generatedSourceFiles()) {
      System.out.println("=== " + f.getName());
      System.out.println(f.getCharContent(true));
    }
  }
}

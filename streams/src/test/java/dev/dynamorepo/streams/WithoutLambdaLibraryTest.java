package dev.dynamorepo.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lambda events library is optional: code that decodes SDK records compiles and runs on a
 * class path without it (an overload of decode taking a Lambda type would break the compile).
 */
class WithoutLambdaLibraryTest {
  private static final String USER = """
      package user;
      import dev.dynamorepo.streams.Change;
      import dev.dynamorepo.streams.ChangeDecoder;
      import dev.dynamorepo.streams.ShipmentSchema;
      import java.util.Map;
      import java.util.function.Supplier;
      import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
      import software.amazon.awssdk.services.dynamodb.model.Record;
      public class SdkOnly implements Supplier<String> {
        public String get() {
          ChangeDecoder<dev.dynamorepo.streams.Shipment> decoder = ChangeDecoder.of(ShipmentSchema.SCHEMA);
          Record record = Record.builder().eventID("e").eventName("INSERT")
              .dynamodb(d -> d.sequenceNumber("1").keys(Map.of("customerId", AttributeValue.fromS("alice"),
                  "shipmentId", AttributeValue.fromS("s-1")))
                  .newImage(Map.of("customerId", AttributeValue.fromS("alice"),
                  "shipmentId", AttributeValue.fromS("s-1"), "weightGrams", AttributeValue.fromN("5"))))
              .build();
          Change<dev.dynamorepo.streams.Shipment> change = decoder.decode(record);
          return change.kind() + " " + change.key() + " " + change.newImage().orElseThrow().weightGrams();
        }
      }
      """;

  private static List<String> classPathWithoutLambda() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("aws-lambda-java-")) {
        entries.add(entry);
      }
    }
    return entries;
  }

  @Test
  void sdkOnlyCodeCompilesAndRunsWithoutTheLambdaEventsLibrary(@TempDir Path dir) throws Exception {
    List<String> classPath = classPathWithoutLambda();
    assertTrue(classPath.size() < System.getProperty("java.class.path").split(File.pathSeparator).length,
        "the test class path has the Lambda library to leave out");
    Path source = dir.resolve("src/user/SdkOnly.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, USER);
    Path out = Files.createDirectories(dir.resolve("out"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-proc:none", "-d", out.toString(), "-cp", String.join(File.pathSeparator, classPath)), null,
        javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
    assertTrue(compiled, diagnostics::toString);

    List<URL> urls = new ArrayList<>();
    urls.add(out.toUri().toURL());
    for (String entry : classPath) {
      urls.add(new File(entry).toURI().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class,
          () -> loader.loadClass("com.amazonaws.services.lambda.runtime.events.DynamodbEvent"));
      @SuppressWarnings("unchecked")
      var supplier = (java.util.function.Supplier<String>) loader.loadClass("user.SdkOnly")
          .getConstructor().newInstance();
      assertEquals("INSERT {customerId=alice, shipmentId=s-1} 5", supplier.get());
      // Frameworks reflect on the classes they are given (a DI container's bean scan): every
      // method signature of the SDK-side types resolves without the library.
      for (String type : List.of("ChangeDecoder", "Change", "StreamReader", "StreamDecodingException")) {
        Class<?> c = Class.forName("dev.dynamorepo.streams." + type, true, loader);
        assertFalse(c.getDeclaredMethods().length + c.getDeclaredConstructors().length == 0, type);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

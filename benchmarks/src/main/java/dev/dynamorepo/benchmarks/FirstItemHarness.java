package dev.dynamorepo.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time from JVM start to the first mapped item, measured from outside: the parent notes the wall
 * clock, spawns a fresh JVM on the same class path, and the child reports the wall clock once it
 * has encoded and decoded its first item (schema creation included). {@code baseline} maps nothing,
 * so it is the JVM's own start-up floor.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamorepo.benchmarks.FirstItemHarness [runs]
 * </pre>
 */
public final class FirstItemHarness {
  private static final List<String> VARIANTS = List.of("baseline", "generated", "bean", "static", "hand");
  private static final String CHILD = "--child";

  private FirstItemHarness() {}

  /**
   * Runs the comparison, or one child.
   *
   * @param args {@code [runs]} (default 10), or {@code --child variant spawnMicros}
   * @throws Exception when a child fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && CHILD.equals(args[0])) {
      child(args[1], Long.parseLong(args[2]));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    Map<String, List<Double>> total = new LinkedHashMap<>();
    Map<String, List<Double>> inJvm = new LinkedHashMap<>();
    VARIANTS.forEach(v -> {
      total.put(v, new ArrayList<>());
      inJvm.put(v, new ArrayList<>());
    });
    for (int run = 0; run < runs + 1; run++) {
      List<String> order = new ArrayList<>(VARIANTS);
      Collections.rotate(order, run); // no variant always runs first
      for (String variant : order) {
        long spawn = micros();
        Process p = new ProcessBuilder(java, "-cp", classPath, FirstItemHarness.class.getName(), CHILD, variant,
            Long.toString(spawn)).redirectErrorStream(true).start();
        String line;
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          while ((line = out.readLine()) != null) {
            if (line.startsWith("FIRST_ITEM ")) {
              result = line;
            } else {
              System.err.println("[" + variant + "] " + line);
            }
          }
        }
        if (p.waitFor() != 0 || result == null) {
          throw new IllegalStateException("child " + variant + " failed with exit code " + p.exitValue());
        }
        if (run == 0) {
          continue; // the first round warms the file cache
        }
        String[] parts = result.split(" ");
        total.get(variant).add(Long.parseLong(parts[1]) / 1000.0);
        inJvm.get(variant).add(Long.parseLong(parts[2]) / 1000.0);
      }
    }
    System.out.printf("First item in a fresh JVM, %d runs per variant (ms; median [min .. max])%n", runs);
    System.out.printf("%-10s %28s %28s%n", "variant", "JVM start -> first item", "first item inside main()");
    for (String v : VARIANTS) {
      System.out.printf("%-10s %28s %28s%n", v, stats(total.get(v)), stats(inJvm.get(v)));
    }
    double gen = median(total.get("generated"));
    double bean = median(total.get("bean"));
    double base = median(total.get("baseline"));
    System.out.printf("bean / generated, from JVM start: %.2fx; beyond the JVM baseline: %.2fx; inside main(): %.2fx%n",
        bean / gen, (bean - base) / (gen - base), median(inJvm.get("bean")) / median(inJvm.get("generated")));
  }

  private static void child(String variant, long spawnMicros) {
    long start = System.nanoTime();
    Object result = FirstItemBenchmark.FirstItem.run(variant);
    long inMain = (System.nanoTime() - start) / 1000;
    long sinceSpawn = micros() - spawnMicros;
    System.out.println("FIRST_ITEM " + sinceSpawn + " " + inMain + " " + Integer.toHexString(result.hashCode()));
  }

  private static long micros() {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String stats(List<Double> values) {
    return String.format("%7.1f [%6.1f .. %6.1f]", median(values), Collections.min(values), Collections.max(values));
  }
}

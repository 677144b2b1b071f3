package dev.dynamorepo.benchmarks;

import dev.dynamorepo.runtime.DynamoDb;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Auto-increment put throughput against a real local server (not JMH: the server dominates). For 1
 * and 4 client threads, {@code puts} puts each of: a String-keyed {@link Note} (the baseline), a
 * gapless {@link Ticket}, a {@link FastTicket} ({@code gapless = false}) and a {@link BlockTicket}
 * ({@code gapless = false, blockSize = 100}). Every HTTP request is counted by an SDK
 * {@link ExecutionInterceptor}, so round trips per put are measured, not assumed. Afterwards the
 * ids returned and the ids scanned from the table must be the same {@code puts} distinct ids.
 *
 * <p>The server is {@code DYNAMODB_ENDPOINT} when set, else a moto started single-threaded on a
 * free 127.0.0.1 port as shared/MOTO.md shows (its log in {@code java.io.tmpdir}), stopped at the
 * end. Tables are recreated before each measured run, so each starts empty with its counter at 0.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.dynamorepo.benchmarks.AutoIncrementHarness [puts] [threads,...]
 * </pre>
 */
public final class AutoIncrementHarness {
  static final String MOTO_SCRIPT = "import sys; from werkzeug.serving import run_simple; "
      + "from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app; "
      + "run_simple(\"127.0.0.1\", int(sys.argv[1]), DomainDispatcherApplication(create_backend_app), threaded=False)";
  /** {@link BlockTicket}'s block size: every run uses whole blocks, so no reserved id outlives a table reset. */
  private static final int BLOCK_SIZE = 100;
  /** Warm-up puts per configuration: whole blocks. */
  private static final int WARMUP_PUTS = BLOCK_SIZE;

  private AutoIncrementHarness() {}

  /** Counts the HTTP requests (attempts, retries included) per operation. */
  static final class RequestCounter implements ExecutionInterceptor {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
      counts.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    Map<String, Long> snapshotAndReset() {
      Map<String, Long> out = new TreeMap<>();
      counts.forEach((k, v) -> out.put(k, v.sumThenReset()));
      out.values().removeIf(v -> v == 0);
      return out;
    }
  }

  /** One configuration: how to reset its tables, put item {@code i}, and read back every id. */
  private record Config(String name, String table, boolean counter, Runnable createTable, IntFunction<String> put,
      Supplier<List<String>> scanIds) {}

  /** One measured run. */
  private record Run(int threads, String config, int puts, double seconds, Map<String, Long> requests) {
    double perSecond() {
      return puts / seconds;
    }

    long totalRequests() {
      return requests.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Runs the harness.
   *
   * @param args {@code [puts per run (200)] [thread counts, comma-separated (1,4)] [runs per cell (3)]}
   * @throws Exception when the server cannot be had or a check fails
   */
  public static void main(String[] args) throws Exception {
    int puts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<Integer> threadCounts = args.length > 1
        ? List.of(args[1].split(",")).stream().map(Integer::parseInt).collect(Collectors.toList())
        : List.of(1, 4);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    if (puts <= 0 || puts % BLOCK_SIZE != 0) {
      // Ids left in a reserved block would outlive the table reset and collide with the new counter.
      throw new IllegalArgumentException("puts per run must be a positive multiple of " + BLOCK_SIZE + ", not " + puts);
    }
    Server server = server();
    Process moto = server.moto();
    URI endpoint = server.endpoint();
    RequestCounter counter = new RequestCounter();
    try (DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> o.addExecutionInterceptor(counter).retryStrategy(b -> b.maxAttempts(3)))
        .build()) {
      awaitServer(client, endpoint, moto);
      List<Run> runs = measure(DynamoDb.of(client), counter, puts, threadCounts, rounds);
      print(runs, rounds);
    } finally {
      if (moto != null) {
        moto.destroy();
        moto.waitFor();
      }
    }
  }

  private static List<Config> configs(DynamoDb dynamo) {
    NoteRepository notes = new NoteRepository(dynamo);
    TicketRepository gapless = new TicketRepository(dynamo);
    FastTicketRepository fast = new FastTicketRepository(dynamo);
    BlockTicketRepository block = new BlockTicketRepository(dynamo);
    AtomicInteger noteSeq = new AtomicInteger();
    return List.of(
        new Config("plain put, String key", notes.tableName(), false, notes::createTable,
            i -> notes.put(new Note("note-" + noteSeq.incrementAndGet(), "title " + i)).id(),
            () -> notes.scan().map(Note::id).collect(Collectors.toList())),
        new Config("auto-increment gapless (default)", gapless.tableName(), true, gapless::createTable,
            i -> gapless.put(new Ticket(null, "title " + i)).id().toString(),
            () -> gapless.scan().map(t -> t.id().toString()).collect(Collectors.toList())),
        new Config("auto-increment gapless=false", fast.tableName(), true, fast::createTable,
            i -> fast.put(new FastTicket(null, "title " + i)).id().toString(),
            () -> fast.scan().map(t -> t.id().toString()).collect(Collectors.toList())),
        new Config("auto-increment gapless=false, blockSize=100", block.tableName(), true, block::createTable,
            i -> block.put(new BlockTicket(null, "title " + i)).id().toString(),
            () -> block.scan().map(t -> t.id().toString()).collect(Collectors.toList())));
  }

  private static List<Run> measure(DynamoDb dynamo, RequestCounter counter, int puts, List<Integer> threadCounts,
      int rounds) throws Exception {
    List<Config> configs = configs(dynamo);
    for (Config c : configs) { // JIT, connections, and a first table of each kind
      reset(dynamo, c);
      for (int i = 0; i < WARMUP_PUTS; i++) {
        c.put().apply(i);
      }
    }
    counter.snapshotAndReset();
    List<Run> runs = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int threads : threadCounts) {
        for (Config c : configs) {
          runs.add(measureOne(dynamo, counter, c, puts, threads));
        }
      }
    }
    return runs;
  }

  private static Run measureOne(DynamoDb dynamo, RequestCounter counter, Config c, int puts, int threads)
      throws Exception {
    reset(dynamo, c);
    counter.snapshotAndReset();
    List<String> ids = new ArrayList<>();
    long start = System.nanoTime();
    runPuts(c, puts, threads, ids);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> requests = counter.snapshotAndReset();
    check(c, threads, puts, ids);
    counter.snapshotAndReset(); // the checking scan is not part of the run
    Run run = new Run(threads, c.name(), puts, seconds, requests);
    System.out.printf("%d thread(s), %-45s %7.1f puts/s, %.2f requests/put %s%n", threads, c.name(),
        run.perSecond(), run.totalRequests() / (double) puts, requests);
    return run;
  }

  private static void runPuts(Config c, int puts, int threads, List<String> ids) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          List<String> mine = new ArrayList<>();
          for (int i; (i = next.getAndIncrement()) < puts; ) {
            mine.add(c.put().apply(i));
          }
          return mine;
        }));
      }
      for (Future<List<String>> f : results) {
        ids.addAll(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void check(Config c, int threads, int puts, List<String> returned) {
    Set<String> distinct = new HashSet<>(returned);
    if (returned.size() != puts || distinct.size() != puts) {
      throw new IllegalStateException(c.name() + ", " + threads + " threads: " + returned.size() + " puts returned "
          + distinct.size() + " distinct ids, expected " + puts);
    }
    List<String> stored = c.scanIds().get();
    if (stored.size() != puts || !new HashSet<>(stored).equals(distinct)) {
      throw new IllegalStateException(c.name() + ", " + threads + " threads: the table holds " + stored.size()
          + " items whose ids differ from the " + puts + " returned");
    }
  }

  private static void reset(DynamoDb dynamo, Config c) {
    deleteTable(dynamo.client(), c.table());
    if (c.counter()) {
      deleteTable(dynamo.client(), c.table() + "_SysItems");
    }
    c.createTable().run();
  }

  private static void deleteTable(DynamoDbClient client, String table) {
    try {
      client.deleteTable(b -> b.tableName(table));
      try (DynamoDbWaiter waiter = client.waiter()) {
        waiter.waitUntilTableNotExists(b -> b.tableName(table));
      }
    } catch (ResourceNotFoundException absent) {
      // nothing to delete
    }
  }

  private static void print(List<Run> runs, int rounds) {
    System.out.println();
    System.out.printf("Median of %d runs per cell; requests summed over the runs.%n%n", rounds);
    System.out.println("| threads | configuration | puts/run | puts/s (median) | min .. max | requests/put | requests per run |");
    System.out.println("|---:|---|---:|---:|---|---:|---|");
    Map<String, List<Run>> cells = new java.util.LinkedHashMap<>();
    runs.forEach(r -> cells.computeIfAbsent(r.threads() + "|" + r.config(), k -> new ArrayList<>()).add(r));
    for (List<Run> cell : cells.values()) {
      Run first = cell.get(0);
      double[] rates = cell.stream().mapToDouble(Run::perSecond).sorted().toArray();
      double median = rates.length % 2 == 1 ? rates[rates.length / 2]
          : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
      long requests = cell.stream().mapToLong(Run::totalRequests).sum();
      Map<String, Long> byOperation = new TreeMap<>();
      cell.forEach(r -> r.requests().forEach((k, v) -> byOperation.merge(k, v, Long::sum)));
      byOperation.replaceAll((k, v) -> Math.round(v / (double) cell.size()));
      System.out.printf("| %d | %s | %d | %.0f | %.0f .. %.0f | %.2f | %s |%n", first.threads(), first.config(), first.puts(),
          median, rates[0], rates[rates.length - 1], requests / (double) (first.puts() * cell.size()), byOperation);
    }
    System.out.println();
    System.out.println("Every run: the ids returned were distinct, and the table held exactly those ids.");
  }


  /**
   * The server the harnesses measure: {@code DYNAMODB_ENDPOINT} when set, else moto started
   * single-threaded on a free loopback port (stopped at JVM exit).
   *
   * @param endpoint where it answers
   * @param moto the moto process, or null for an external server
   */
  record Server(URI endpoint, Process moto) {}

  static Server server() throws IOException {
    String external = System.getenv("DYNAMODB_ENDPOINT");
    if (external != null && !external.isBlank()) {
      return new Server(URI.create(external.trim()), null);
    }
    int port = freePort();
    Path log = Path.of(System.getProperty("java.io.tmpdir"), "dynamo-repo-bench-moto-" + port + ".log");
    Process moto = new ProcessBuilder("python3", "-c", MOTO_SCRIPT, Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(moto::destroy));
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    System.out.println("moto on " + endpoint + ", log " + log);
    return new Server(endpoint, moto);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  static void awaitServer(DynamoDbClient client, URI endpoint, Process moto) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      if (moto != null && !moto.isAlive()) {
        throw new IllegalStateException("moto exited with code " + moto.exitValue() + "; see its log");
      }
      // Connect and close before the first request: a single-threaded moto serves one connection at a
      // time, so a probe socket left open would block the request behind it.
      boolean listening;
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 500);
        listening = true;
      } catch (IOException notYet) {
        listening = false;
      }
      if (listening) {
        try {
          client.listTables(b -> b.limit(1));
          return;
        } catch (RuntimeException notYet) {
          last = notYet;
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no server answered on " + endpoint + " within 30 s", last);
  }

}

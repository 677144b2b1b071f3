package dev.dynamorepo.streams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.Stream;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads what is in a table's stream, from the oldest record kept, and decodes it: for tests and
 * simple consumers (a backfill, a one-off audit), not a replacement for Lambda triggers or the
 * Kinesis Client Library, and it keeps no checkpoints.
 *
 * <p>One {@link #readAll()} describes the stream (every shard, parents before children), and
 * reads each shard from {@code TRIM_HORIZON} until the shard is closed and exhausted or answers
 * {@link #emptyPolls(int) emptyPolls} empty pages in a row (an open shard has no end; the
 * records written so far have been read once it answers empty). Every call is bounded: at most
 * {@link #maxRecords(int) maxRecords} changes and {@link #maxPolls(int) maxPolls} requests to
 * the streams API, then it returns what it has; it never loops forever. On real DynamoDB an open
 * shard may answer an empty page before later records, so readers there raise
 * {@code emptyPolls}.
 *
 * <pre>{@code
 * try (DynamoDbStreamsClient streams = DynamoDbStreamsClient.create()) {
 *   StreamReader<Order> reader = StreamReader.of(streams, ChangeDecoder.of(OrderSchema.SCHEMA));
 *   for (Change<Order> change : reader.readAll()) {
 *     System.out.println(change.kind() + " " + change.key());
 *   }
 * }
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class StreamReader<E> {
  private final DynamoDbStreamsClient streams;
  private final ChangeDecoder<E> decoder;
  private final int maxRecords;
  private final int maxPolls;
  private final int emptyPolls;

  private StreamReader(DynamoDbStreamsClient streams, ChangeDecoder<E> decoder, int maxRecords, int maxPolls,
                       int emptyPolls) {
    this.streams = Objects.requireNonNull(streams, "streams");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.maxRecords = positive(maxRecords, "maxRecords");
    this.maxPolls = positive(maxPolls, "maxPolls");
    this.emptyPolls = positive(emptyPolls, "emptyPolls");
  }

  /**
   * A reader of the decoder's table's stream: at most 10,000 records and 1,000 requests per
   * read, a shard read until its first empty page.
   *
   * <pre>{@code
   * StreamReader<Order> reader = StreamReader.of(streams, ChangeDecoder.of(OrderSchema.SCHEMA));
   * }</pre>
   *
   * @param streams the streams client (the caller owns and closes it)
   * @param decoder the decoder of the table's entity
   * @param <E> the entity type
   * @return the reader
   */
  public static <E> StreamReader<E> of(DynamoDbStreamsClient streams, ChangeDecoder<E> decoder) {
    return new StreamReader<>(streams, decoder, 10_000, 1_000, 1);
  }

  /**
   * This reader returning at most {@code n} changes per read.
   *
   * <pre>{@code
   * List<Change<Order>> first = reader.maxRecords(100).readAll();
   * }</pre>
   *
   * @param n at least 1
   * @return a new reader
   */
  public StreamReader<E> maxRecords(int n) {
    return new StreamReader<>(streams, decoder, n, maxPolls, emptyPolls);
  }

  /**
   * This reader making at most {@code n} requests (DescribeStream, GetShardIterator, GetRecords)
   * per read.
   *
   * <pre>{@code
   * List<Change<Order>> some = reader.maxPolls(20).readAll();
   * }</pre>
   *
   * @param n at least 1
   * @return a new reader
   */
  public StreamReader<E> maxPolls(int n) {
    return new StreamReader<>(streams, decoder, maxRecords, n, emptyPolls);
  }

  /**
   * This reader leaving an open shard after {@code n} empty pages in a row.
   *
   * <pre>{@code
   * List<Change<Order>> all = reader.emptyPolls(5).readAll();
   * }</pre>
   *
   * @param n at least 1
   * @return a new reader
   */
  public StreamReader<E> emptyPolls(int n) {
    return new StreamReader<>(streams, decoder, maxRecords, maxPolls, n);
  }

  /**
   * The ARN of the newest stream of a table, by ListStreams (the last one listed: DynamoDB
   * labels a table's streams by creation time).
   *
   * <pre>{@code
   * String arn = reader.latestStreamArn("orders");
   * }</pre>
   *
   * @param tableName the physical table name
   * @return the stream ARN
   * @throws StreamDecodingException when the table has no stream
   */
  public String latestStreamArn(String tableName) {
    String newest = null;
    String newestLabel = null;
    String start = null;
    int pages = 0;
    do {
      String from = start;
      ListStreamsResponse page = streams.listStreams(r -> r.tableName(tableName).exclusiveStartStreamArn(from));
      for (Stream summary : page.streams()) {
        if (tableName.equals(summary.tableName())
            && (newestLabel == null || summary.streamLabel().compareTo(newestLabel) > 0)) {
          newest = summary.streamArn();
          newestLabel = summary.streamLabel();
        }
      }
      start = page.lastEvaluatedStreamArn();
    } while (start != null && ++pages < maxPolls);
    if (newest == null) {
      throw new StreamDecodingException("table '" + tableName + "' has no stream: enable one with "
          + "UpdateTable(StreamSpecification(streamEnabled = true, streamViewType = NEW_AND_OLD_IMAGES))");
    }
    return newest;
  }

  /**
   * Reads and decodes the newest stream of the decoder's table.
   *
   * <pre>{@code
   * orders.put(order);
   * Change<Order> inserted = reader.readAll().get(0);
   * }</pre>
   *
   * @return the changes in stream order (shard by shard, parents first), at most
   *     {@code maxRecords}
   * @throws StreamDecodingException when the table has no stream or a record cannot be decoded
   */
  public List<Change<E>> readAll() {
    return readAll(latestStreamArn(decoder.tableName()));
  }

  /**
   * Reads and decodes one stream.
   *
   * <pre>{@code
   * String arn = dynamo.client().describeTable(r -> r.tableName("orders")).table().latestStreamArn();
   * List<Change<Order>> changes = reader.readAll(arn);
   * }</pre>
   *
   * @param streamArn the stream's ARN
   * @return the changes in stream order (shard by shard, parents first), at most
   *     {@code maxRecords}
   * @throws StreamDecodingException when the stream is of another table than the decoder's, or a
   *     record cannot be decoded
   */
  public List<Change<E>> readAll(String streamArn) {
    int[] polls = {0};
    List<Shard> shards = describe(streamArn, polls);
    List<Change<E>> changes = new ArrayList<>();
    for (Shard shard : shards) {
      if (changes.size() >= maxRecords || polls[0] >= maxPolls) {
        break;
      }
      readShard(streamArn, shard, changes, polls);
    }
    return changes;
  }

  private List<Shard> describe(String streamArn, int[] polls) {
    Map<String, Shard> shards = new LinkedHashMap<>();
    String start = null;
    do {
      String from = start;
      polls[0]++;
      DescribeStreamResponse response = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(from));
      StreamDescription description = response.streamDescription();
      if (description.tableName() != null && !description.tableName().equals(decoder.tableName())) {
        throw new StreamDecodingException("stream " + streamArn + " is of table '" + description.tableName()
            + "', not of the decoder's table '" + decoder.tableName() + "'");
      }
      description.shards().forEach(s -> shards.put(s.shardId(), s));
      start = description.lastEvaluatedShardId();
    } while (start != null && polls[0] < maxPolls);
    return parentsFirst(shards);
  }

  // A shard's records follow its parent's: order the shards so that every parent comes first.
  private static List<Shard> parentsFirst(Map<String, Shard> shards) {
    Set<String> placed = new LinkedHashSet<>();
    List<Shard> ordered = new ArrayList<>(shards.size());
    for (Shard shard : shards.values()) {
      place(shard, shards, placed, ordered);
    }
    return ordered;
  }

  private static void place(Shard shard, Map<String, Shard> shards, Set<String> placed, List<Shard> ordered) {
    // Iterative walk up the parents (a chain can be long), then place from the oldest down.
    List<Shard> chain = new ArrayList<>();
    Shard current = shard;
    while (current != null && !placed.contains(current.shardId()) && !chain.contains(current)) {
      chain.add(current);
      current = current.parentShardId() == null ? null : shards.get(current.parentShardId());
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      placed.add(chain.get(i).shardId());
      ordered.add(chain.get(i));
    }
  }

  private void readShard(String streamArn, Shard shard, List<Change<E>> changes, int[] polls) {
    polls[0]++;
    String iterator = streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId())
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    int empty = 0;
    while (iterator != null && polls[0] < maxPolls && changes.size() < maxRecords) {
      String from = iterator;
      polls[0]++;
      GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(from)
          .limit(Math.min(1000, maxRecords - changes.size())));
      List<Record> records = page.records();
      for (Record record : records) {
        changes.add(decoder.decode(record));
      }
      empty = records.isEmpty() ? empty + 1 : 0;
      if (empty >= emptyPolls) {
        break;
      }
      iterator = page.nextShardIterator();
    }
  }

  private static int positive(int n, String name) {
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + n);
    }
    return n;
  }
}

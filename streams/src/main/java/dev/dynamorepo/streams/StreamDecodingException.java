package dev.dynamorepo.streams;

import dev.dynamorepo.runtime.DynamoException;

/**
 * A stream record that cannot be decoded into a change of the decoder's entity: a null record,
 * an unknown event name, a record of another table, a missing or mistyped key attribute, an image
 * that the entity's schema cannot read, an attribute value of no known type or of several, or a
 * document nested deeper than DynamoDB's 32 levels. The message names the record (its event id,
 * event name and sequence number) and what was wrong, and holds no attribute value other than the
 * item's key.
 *
 * <pre>{@code
 * try {
 *   decoder.decode(record);
 * } catch (StreamDecodingException e) {
 *   log.error("skipping a bad record: " + e.getMessage());
 * }
 * }</pre>
 */
public class StreamDecodingException extends DynamoException {
  private static final long serialVersionUID = 1L;

  /**
   * A decoding failure.
   *
   * <pre>{@code
   * throw new StreamDecodingException("stream record 'e-1': unknown eventName 'UPSERT'");
   * }</pre>
   *
   * @param message what was wrong, naming the record
   */
  public StreamDecodingException(String message) {
    super(message);
  }

  /**
   * A decoding failure caused by another exception, such as a codec's.
   *
   * <pre>{@code
   * throw new StreamDecodingException("stream record 'e-1': cannot read NewImage", e);
   * }</pre>
   *
   * @param message what was wrong, naming the record
   * @param cause the underlying failure
   */
  public StreamDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}

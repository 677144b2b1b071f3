package dev.dynamorepo.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores the attribute under another name in DynamoDB. Without it, the Java name is used.
 *
 * <pre>{@code
 * @Table(name = "users")
 * public record User(@PartitionKey @Attribute("user_id") String id) {}
 * }</pre>
 *
 * <p>The processor refuses an empty name, one over 255 bytes, and two attributes of one entity
 * with the same stored name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Attribute {
  /**
   * The attribute name stored in DynamoDB.
   *
   * @return 1 to 255 bytes
   */
  String value();
}

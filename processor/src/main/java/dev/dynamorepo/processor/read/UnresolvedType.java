package dev.dynamorepo.processor.read;

import dev.dynamorepo.processor.diag.SourceRef;

/**
 * Read: thrown when a property's type is one javac has not resolved (yet). Another processor may
 * generate it in a later round, so the entity is deferred, and reported only if the type is still
 * missing when processing is over (AutoValue's {@code MissingTypes}).
 */
public final class UnresolvedType extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceRef where;
  private final String member;
  private final String type;

  UnresolvedType(SourceRef where, String member, String type) {
    super(member + ": " + type, null, false, false);
    this.where = where;
    this.member = member;
    this.type = type;
  }

  /** @return the property whose type is missing */
  public SourceRef where() {
    return where;
  }

  /** @return the property's name */
  public String member() {
    return member;
  }

  /** @return the type as javac shows it */
  public String type() {
    return type;
  }
}

package dev.dynamorepo.it;

import java.util.List;

/** A nested record, stored as a map; it nests another one. */
public record Address(String street, String city, Geo geo, List<String> lines) {
  /** Deeper nesting. */
  public record Geo(double lat, double lon) {}
}

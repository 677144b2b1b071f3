package dev.dynamorepo.processor.validate;

import java.util.Collection;
import java.util.Locale;

/** Validate: "did you mean" for a misspelled name, the closest candidate within two edits. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The closest candidate, as a message fragment.
   *
   * @param name the name written
   * @param candidates the names that exist
   * @return {@code "; did you mean \"x\"?"}, or empty when nothing is within two edits
   */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean \"" + best + "\"?";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] current = new int[b.length() + 1];
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      previous = current;
    }
    return previous[b.length()];
  }
}

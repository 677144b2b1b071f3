package dev.dynamorepo.processor.validate;

import dev.dynamorepo.processor.model.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validate: whether two key templates can compose the same text. At run time an attribute value
 * in a key is one or more characters, none of them a separator of its template (the characters
 * of its literal text other than letters and digits); so each template is a small automaton
 * (literal characters in order, each attribute a loop over "any character but the separators"),
 * and two templates overlap exactly when the product of the two automata reaches both ends.
 */
public final class TemplateOverlap {
  private TemplateOverlap() {}

  /** One template as tokens: a literal character, or null for an attribute. */
  private record Automaton(List<Character> tokens, String separators) {
    static Automaton of(Template t) {
      List<Character> tokens = new ArrayList<>();
      StringBuilder seps = new StringBuilder();
      for (Template.Part p : t.parts()) {
        if (p.component() != null) {
          tokens.add(null);
          continue;
        }
        for (char c : p.literal().toCharArray()) {
          tokens.add(c);
          if (!Character.isLetterOrDigit(c)) {
            seps.append(c);
          }
        }
      }
      return new Automaton(tokens, seps.toString());
    }

    int end() {
      return tokens.size();
    }

    /** The loop state of the attribute at token k: after one or more of its characters. */
    int loop(int k) {
      return tokens.size() + 1 + k;
    }

    boolean isLoop(int state) {
      return state > tokens.size();
    }

    /** The states reachable without reading: a loop may end and go on to the next token. */
    List<Integer> closure(int state) {
      return isLoop(state) ? List.of(state, state - tokens.size()) : List.of(state);
    }
  }

  /**
   * Whether some attribute values make both templates compose the same text.
   *
   * @param a a template that parsed
   * @param b another
   * @return true when they can be equal
   */
  public static boolean canBeEqual(Template a, Template b) {
    Automaton x = Automaton.of(a);
    Automaton y = Automaton.of(b);
    Deque<int[]> todo = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    todo.add(new int[] {0, 0});
    while (!todo.isEmpty()) {
      int[] pair = todo.poll();
      for (int i : x.closure(pair[0])) {
        for (int j : y.closure(pair[1])) {
          if (i == x.end() && j == y.end()) {
            return true;
          }
          step(x, i, y, j, todo, seen);
        }
      }
    }
    return false;
  }

  /** Every pair of moves that reads one character both templates accept. */
  private static void step(Automaton x, int i, Automaton y, int j, Deque<int[]> todo, Set<Long> seen) {
    if (i == x.end() || j == y.end()) {
      return;
    }
    Character cx = x.isLoop(i) ? null : x.tokens().get(i);
    Character cy = y.isLoop(j) ? null : y.tokens().get(j);
    boolean anyX = x.isLoop(i) || cx == null;
    boolean anyY = y.isLoop(j) || cy == null;
    boolean match = anyX && anyY
        || (!anyX && !anyY && cx.equals(cy))
        || (anyX && !anyY && x.separators().indexOf(cy) < 0)
        || (!anyX && anyY && y.separators().indexOf(cx) < 0);
    if (!match) {
      return;
    }
    int nx = anyX ? (x.isLoop(i) ? i : x.loop(i)) : i + 1;
    int ny = anyY ? (y.isLoop(j) ? j : y.loop(j)) : j + 1;
    if (seen.add(((long) nx << 32) | ny)) {
      todo.add(new int[] {nx, ny});
    }
  }
}

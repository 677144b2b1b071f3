package dev.dynamorepo.processor.diag;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Diagnostics: the problems found in one entity, collected by every validator and printed once
 * (Dagger's {@code ValidationReport}). An entity whose report has errors gets no generated files.
 */
public final class Report {
  private final List<Item> items = new ArrayList<>();

  private record Item(SourceRef where, String message) {}

  /**
   * Records an error.
   *
   * @param where the element and annotation the error points at
   * @param format a {@link Messages} constant
   * @param args its arguments
   */
  public void error(SourceRef where, String format, Object... args) {
    items.add(new Item(where, String.format(format, args)));
  }

  /** @return true when at least one error was recorded */
  public boolean hasErrors() {
    return !items.isEmpty();
  }

  /**
   * Prints every recorded error, in the order they were found.
   *
   * @param messager javac's messager
   */
  public void printTo(Messager messager) {
    items.forEach(i -> i.where().print(messager, Diagnostic.Kind.ERROR, i.message()));
  }
}

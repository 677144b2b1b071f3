package dev.dynamorepo.processor;

import dev.dynamorepo.processor.diag.Messages;
import dev.dynamorepo.processor.diag.SourceRef;
import dev.dynamorepo.processor.read.UnresolvedType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The shell's round loop, one for the three processors: each round it hands the step the types
 * deferred in an earlier round, then the new ones annotated with its annotations; a type whose
 * read meets a type javac has not resolved yet ({@link UnresolvedType}) is deferred to the next
 * round and reported only when processing is over (AutoValue's {@code MissingTypes},
 * auto-common's {@code BasicAnnotationProcessor}). A crash is reported on its type as
 * {@code [DdbProcessorCrash]} and rethrown.
 *
 * <pre>{@code
 * rounds = new Rounds(env, e -> true, Names.PROJECTION);
 * rounds.run(round, this::generate);
 * }</pre>
 */
final class Rounds {
  private final ProcessingEnvironment env;
  private final Predicate<Element> accepts;
  private final String[] annotations;
  /** Deferred types by qualified name: a later round looks each up again, to see what it gained. */
  private final Map<String, TypeElement> deferred = new LinkedHashMap<>();
  private final Set<String> waited = new HashSet<>();
  private Predicate<TypeElement> waitOnce = type -> false;

  /**
   * A loop.
   *
   * @param env the processor's environment
   * @param accepts which annotated elements are the processor's
   * @param annotations the qualified names of the annotations whose types it processes
   */
  Rounds(ProcessingEnvironment env, Predicate<Element> accepts, String... annotations) {
    this.env = env;
    this.accepts = accepts;
    this.annotations = annotations.clone();
  }

  /**
   * Gives the types that match one round more before their first step, unless it is the last round.
   *
   * @param needsARound which types wait
   * @return this loop
   */
  Rounds waitingOnce(Predicate<TypeElement> needsARound) {
    this.waitOnce = needsARound;
    return this;
  }

  /**
   * Runs one round: the step on every deferred and every new type, in that order.
   *
   * @param round the round
   * @param step read, check and write one type
   */
  void run(RoundEnvironment round, Consumer<TypeElement> step) {
    Map<String, TypeElement> todo = takeDeferred();
    for (String annotation : annotations) {
      TypeElement mark = env.getElementUtils().getTypeElement(annotation);
      if (mark != null) {
        round.getElementsAnnotatedWith(mark).stream().filter(accepts)
            .forEach(e -> todo.putIfAbsent(nameOf((TypeElement) e), (TypeElement) e));
      }
    }
    todo.values().forEach(type -> run(type, step, round.processingOver()));
  }

  private Map<String, TypeElement> takeDeferred() {
    Map<String, TypeElement> todo = new LinkedHashMap<>();
    deferred.forEach((name, old) -> {
      TypeElement fresh = env.getElementUtils().getTypeElement(name);
      todo.put(name, fresh != null ? fresh : old);
    });
    deferred.clear();
    return todo;
  }

  private void run(TypeElement type, Consumer<TypeElement> step, boolean last) {
    if (!last && waitOnce.test(type) && waited.add(nameOf(type))) {
      deferred.put(nameOf(type), type);
      return;
    }
    try {
      step.accept(type);
    } catch (UnresolvedType e) {
      if (last) {
        e.where().printError(env.getMessager(),
            String.format(Messages.UNRESOLVED_TYPE, e.member(), type.getSimpleName(), e.type()));
      } else {
        deferred.put(nameOf(type), type);
      }
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      SourceRef.of(type).printError(env.getMessager(), String.format(Messages.PROCESSOR_CRASH, nameOf(type), trace));
      throw e;
    }
  }

  private static String nameOf(TypeElement type) {
    return type.getQualifiedName().toString();
  }
}

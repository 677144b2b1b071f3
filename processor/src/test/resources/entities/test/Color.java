package test;

/** An enum stored by toString(), which one constant overrides. */
public enum Color {
  RED,
  GREEN {
    @Override
    public String toString() {
      return "green!";
    }
  }
}

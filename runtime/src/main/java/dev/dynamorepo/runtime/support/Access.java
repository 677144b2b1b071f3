package dev.dynamorepo.runtime.support;

/**
 * Proof that a call comes from this package: the API's constructors and hooks for generated code
 * take one, and only this package can make one (the constructor is package-private). So generated
 * code reaches the runtime only through {@code support}, and users cannot call those hooks.
 */
public final class Access {
  static final Access TOKEN = new Access();

  private Access() {}

  /**
   * Refuses a null token.
   *
   * @param access the token passed in
   * @throws IllegalArgumentException when it is not this package's token
   */
  public static void check(Access access) {
    if (access != TOKEN) {
      throw new IllegalArgumentException("only dev.dynamorepo.runtime.support may call this");
    }
  }
}

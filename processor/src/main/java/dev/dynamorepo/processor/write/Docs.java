package dev.dynamorepo.processor.write;

/** Write: text that is safe inside generated javadoc, whatever a user put in a name. */
final class Docs {
  private Docs() {}

  /**
   * Escapes a user-supplied string (a table or stored attribute name) for javadoc HTML, so that
   * {@code *}{@code /}, {@code @}, braces or tags cannot end the comment or start a tag.
   */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '@': out.append("&#64;"); break;
        case '{': out.append("&#123;"); break;
        case '}': out.append("&#125;"); break;
        case '*': out.append("&#42;"); break;
        case '/': out.append("&#47;"); break;
        case '\\': out.append("&#92;"); break;
        case '$': out.append("&#36;"); break;
        case '\n': case '\r': out.append(' '); break;
        default: out.append(c);
      }
    }
    return out.toString();
  }
}

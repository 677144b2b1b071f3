package dev.dynamorepo.runtime.internal;

import dev.dynamorepo.runtime.DynamoException;
import java.math.BigDecimal;

/**
 * DynamoDB's number limits, checked before sending because moto stores numbers DynamoDB refuses:
 * at most 38 significant digits, magnitude from 1E-130 to below 1E+126.
 */
public final class Numbers {
  private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
  private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1E+126");

  private Numbers() {}

  /**
   * Refuses a number DynamoDB cannot store.
   *
   * @param number the number's text
   * @param where names the table and attribute, for the message
   * @throws DynamoException when it is out of DynamoDB's range or precision
   */
  public static void check(String number, String where) {
    if (isPlainAndShort(number)) {
      return; // at most 38 digits and no exponent: always within DynamoDB's precision and range
    }
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      String why = number.contains("NaN") || number.contains("Infinity") ? "; DynamoDB stores only finite numbers" : "";
      throw new DynamoException(where + ": '" + number + "' is not a number" + why);
    }
    if (value.signum() == 0) {
      return;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() > 38) {
      throw new DynamoException(where + ": " + number + " has " + stripped.precision()
          + " significant digits; DynamoDB stores at most 38");
    }
    BigDecimal magnitude = stripped.abs();
    if (magnitude.compareTo(MIN_MAGNITUDE) < 0 || magnitude.compareTo(MAX_MAGNITUDE) >= 0) {
      throw new DynamoException(where + ": " + number
          + " is out of DynamoDB's number range (magnitude 1E-130 to 9.9999999999999999999999999999999999999E+125)");
    }
  }

  /**
   * The number as DynamoDB compares it: {@code 7.0}, {@code 7.00} and {@code 7} are one number,
   * {@code -0.0} is {@code 0}.
   *
   * @param number the number's text
   * @return its canonical text
   */
  public static String normalized(String number) {
    try {
      BigDecimal value = new BigDecimal(number);
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toString();
    } catch (NumberFormatException e) {
      return number;
    }
  }

  /** A plain decimal of at most 38 digits (sign and point aside): the common case, no parsing. */
  private static boolean isPlainAndShort(String number) {
    int digits = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == '.' || (i == 0 && (c == '-' || c == '+')))) {
        return false;
      }
    }
    return digits > 0 && digits <= 38;
  }
}

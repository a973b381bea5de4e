package dev.jixiao.text;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * A pattern's next match, as {@link Matcher#find()} gives it, but tried only at the positions where a match can start and
 * anchored there. find() tries the pattern at every character, lookbehinds and leading alternatives first; for a pattern that
 * starts with a digit or a numeral, that was most of the time of a scan of a whole text.
 */
public final class AnchoredSearch {
  private AnchoredSearch() {}

  /**
   * The next match within {@code [from, to)} starting at a position {@code mayStart} accepts; {@code m}'s region is left at
   * that match. {@code mayStart} must accept every position a match can start at. {@code m} must have transparent bounds, so
   * that lookbehinds still see the characters before each try.
   */
  public static boolean next(Matcher m, int from, int to, IntPredicate mayStart) {
    for (int at = from; at < to; at++) {
      if (mayStart.test(at) && m.region(at, to).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}

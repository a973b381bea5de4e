package dev.jixiao.check.rules;

import java.util.regex.Pattern;

/**
 * The words of a budget's move in the year, as the rules of adjustments and balances read them alike: an addition (追加, 调增, 追补)
 * or a cut (调减, 压减, 核减). Rules that also count 增加, 减少 or 下达 as a move name their own words.
 */
final class BudgetMoves {
  /** An addition's words. */
  static final String UP = "追加|调增|追补";
  /** A cut's words. */
  static final String DOWN = "调减|压减|核减";
  /** Either. */
  static final String ANY = UP + "|" + DOWN;
  static final Pattern ADDED = Pattern.compile(UP);
  static final Pattern CUT = Pattern.compile(DOWN);

  private BudgetMoves() {}
}

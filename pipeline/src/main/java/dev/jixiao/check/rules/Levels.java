package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.record.Figure;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The levels of government whose funds a budget lists (中央, 省级, 市级, 县级, 镇级), and the words that name an amount as one level's:
 * a budget broken down by source names each level once, and later sentences name the level alone (县级资金支出, 调减县级配套).
 */
final class Levels {
  /** A level, as a regular expression's group. */
  static final String LEVEL = "(中央|省级|市级|县级|区级|镇级|乡级)";
  /** A level's funds named plainly (县级配套资金, 县级财政安排, 县级财政配套, 省级补助): what it was given, no more. */
  private static final Pattern FUNDS = Pattern.compile("^" + LEVEL + "(?:财政)?\\p{IsHan}{0,8}?(?:资金|配套|安排|补助|预算)(?:资金)?(?:为|是)?$");
  /** Words by which a level's amount is no budget: spent, received, moved, or after a move. */
  private static final Pattern NOT_GIVEN = Pattern.compile("支出|拨付|到位|下达|兑付|结余|结转|追加|调|增|减|后|合计|累计");

  private Levels() {}

  /** The level an amount's own words name it the funds of (县级配套资金148.26万元), or null. */
  static String fundsOf(String text, Figure f) {
    return fundsNamed(ownWords(text, f));
  }

  /** The level the words name plainly the funds of (县级资金, 县级配套资金), or null. */
  static String fundsNamed(String words) {
    Matcher named = FUNDS.matcher(words);
    return named.matches() && !NOT_GIVEN.matcher(words).find() ? named.group(1) : null;
  }

  /** The words that name a listed figure: its clause's, blanks left out, from the last 、 and past an opening 其中. */
  static String ownWords(String text, Figure f) {
    String words = Sentences.clauseWords(text, f);
    return words.substring(words.lastIndexOf('、') + 1).replaceFirst("^其中", "");
  }

  static boolean plainMoney(Figure f) {
    return Figures.isMoney(f) && f.op() == null && f.evidence() != null;
  }
}

package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.statement.TotalKey;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a report gives the fund its title names, as it calls it afterwards: …衔接推进乡村振兴补助资金（以下简称“衔接资金”）
 * in a report titled …衔接推进乡村振兴补助资金绩效自评报告 gives 衔接资金.
 */
public final class FundShortNames {
  private static final String SO_CALLED = "以下简称";
  /** The fund's full name right before the parenthesis that gives its short name, the words of which end the text searched. */
  private static final Pattern FULL_NAME = Pattern.compile("(\\p{IsHan}{4,30}(?:" + TotalKey.FUND + "|经费))[ ]*\\([ ]*$");
  /** The short name in quotes right after 以下简称. */
  private static final Pattern SHORT_NAME = Pattern.compile("[ ]*[\"“]([^\"”]{2,12})[\"”]");
  /** How far before 以下简称 the full name is looked for: its longest, its parenthesis and spaces. */
  private static final int FULL_NAME_REACH = 40;
  /** The shortest end of a full name the title must hold (补助资金 and two characters more). */
  private static final int SHARED_WITH_THE_TITLE = 6;

  private FundShortNames() {}

  /** The short names given to a fund whose full name ends as a fund the title names does; none where the title is unknown. */
  public static Set<String> of(DocumentView v, String title) {
    Set<String> names = new HashSet<>();
    String t = v.text();
    for (int at = title == null ? -1 : t.indexOf(SO_CALLED); at >= 0; at = t.indexOf(SO_CALLED, at + 1)) {
      Matcher full = FULL_NAME.matcher(t).region(Math.max(0, at - FULL_NAME_REACH), at);
      Matcher shortName = SHORT_NAME.matcher(t).region(at + SO_CALLED.length(), t.length());
      if (full.find() && shortName.lookingAt() && endsAsTheTitlesFund(full.group(1), title)) {
        names.add(shortName.group(1));
      }
    }
    return names;
  }

  /** Whether the title holds an end of the full name (年度衔接…补助资金, its run of characters taking the words before it). */
  private static boolean endsAsTheTitlesFund(String full, String title) {
    for (int from = 0; from + SHARED_WITH_THE_TITLE <= full.length(); from++) {
      if (title.contains(full.substring(from))) {
        return true;
      }
    }
    return false;
  }
}

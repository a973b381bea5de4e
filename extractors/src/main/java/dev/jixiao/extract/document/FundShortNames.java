package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.extract.statement.TotalKey;
import dev.jixiao.record.Figure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names a report gives the fund its title names, as it calls it afterwards: …衔接推进乡村振兴补助资金（以下简称“衔接资金”）
 * in a report titled …衔接推进乡村振兴补助资金绩效自评报告 gives 衔接资金; and the amount stated as the fund's whole under such a name.
 */
public final class FundShortNames {
  private static final String SO_CALLED = "以下简称";
  /** The fund's full name right before the parenthesis that gives its short name, the words of which end the text searched. */
  private static final Pattern FULL_NAME = Pattern.compile("(\\p{IsHan}{4,30}(?:" + TotalKey.FUND + "|经费))[ ]*\\([ ]*$");
  /** The report's own fund, named as its subject right before the parenthesis that gives its short name: 本项目资金（以下简称…. */
  private static final Pattern OWN_FUND = Pattern.compile("(?:本|该)(?:项目|专项)?(?:资金|经费)[ ]*\\([ ]*$");
  /** The short name in quotes right after 以下简称. */
  private static final Pattern SHORT_NAME = Pattern.compile("[ ]*[\"“]([^\"”]{2,12})[\"”]");
  /** How far before 以下简称 the full name is looked for: its longest, its parenthesis and spaces. */
  private static final int FULL_NAME_REACH = 40;
  /** The shortest end of a full name the title must hold (补助资金 and two characters more). */
  private static final int SHARED_WITH_THE_TITLE = 6;

  /** How far before an amount the short name that names it as the fund's whole is looked for. */
  private static final int WHOLE_REACH = 40;
  /** How far before an amount the clause that sets the fund for the year and gives its short name is looked for. */
  private static final int SET_REACH = 90;

  private FundShortNames() {}

  /**
   * The first amount the report states as the fund's whole under a short name given it, opening its clause (2024年养老资金共计
   * 552.80万元) or right after the name is given (…资金（以下简称“救灾资金”）共597.38万元); null where none is.
   */
  public static Figure wholeOf(DocumentView v, List<Figure> figures, String title) {
    Set<String> names = of(v, title);
    if (names.isEmpty()) {
      return null;
    }
    List<Pattern> named = names.stream().map(FundShortNames::namingTheWhole).toList();
    List<Pattern> set = names.stream().map(FundShortNames::settingTheWhole).toList();
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      boolean about = "约".equals(f.op());
      if (Figure.MONEY.equals(f.kind()) && (f.op() == null || about) && f.partOf() == null) {
        int at = f.evidence().start();
        String before = v.normalized(Math.max(0, at - WHOLE_REACH), at);
        // a clause that opens the text has the text's start for its own
        String clause = (at <= SET_REACH ? "\n" : "") + v.normalized(Math.max(0, at - SET_REACH), at);
        if (named.stream().anyMatch(p -> p.matcher(before).find()) || set.stream().anyMatch(p -> p.matcher(clause).find())) {
          // (a whole given about so much is the amount said exactly right after it: 约1.02亿元，即10,200.00万元)
          return !about ? f : k + 1 < figures.size() && Figure.MONEY.equals(figures.get(k + 1).kind())
              && "即".equals(String.valueOf(figures.get(k + 1).label()).strip()) ? figures.get(k + 1) : null;
        }
      }
    }
    return null;
  }

  /**
   * The clause that sets the fund for the year and names it, up to the amount: 2024年年初安排农业保险保费补贴资金（以下简称“保费补贴资金”）
   * 860.00万元, 临江县统筹安排…资金（以下简称“低保资金”）约1.02亿元, 2023年县财政安排…（以下简称“互助养老资金”）110.00万元. Not one of a level of
   * government's share (中央财政下达…), which
   * names who gave it first.
   */
  private static Pattern settingTheWhole(String name) {
    return Pattern.compile("[,。;:\\n][ ]*(?:(?:19|20)\\d{2}[ ]?年度?)?(?:(?:县|区|旗|乡|镇)(?:级)?财政|(?!中央|省|市)\\p{IsHan}{1,6}?统筹)?"
        + "(?:年初|全年|本年)?(?:安排|下达)"
        + "(?!中央|省|市|县|区|州)[^,。;:\\n()]{4,40}\\([ ]*" + SO_CALLED + "[ ]*[\"“]" + Pattern.quote(name) + "[\"”][ ]*\\)[ ]*(?:约|共计|共)?[ ]*$");
  }

  /**
   * The first amount the report states as spent of the fund under a short name given it, the spending named before the name, opening
   * its clause (2023年全年支出水价奖补资金498.26万元); null where none is.
   */
  public static Figure spentOf(DocumentView v, List<Figure> figures, String title) {
    Set<String> names = of(v, title);
    if (names.isEmpty()) {
      return null;
    }
    List<Pattern> spent = names.stream().map(FundShortNames::namingTheSpent).toList();
    for (Figure f : figures) {
      if (Figure.MONEY.equals(f.kind()) && f.op() == null && f.partOf() == null) {
        int at = f.evidence().start();
        String before = v.normalized(Math.max(0, at - WHOLE_REACH), at);
        if (spent.stream().anyMatch(p -> p.matcher(before).find())) {
          return f;
        }
      }
    }
    return null;
  }

  /** The words right before an amount that name it what was spent of the fund called {@code name}: 全年支出水价奖补资金. */
  private static Pattern namingTheSpent(String name) {
    return Pattern.compile("(?:^|[,。;:\\n])[ ]*(?:(?:19|20)\\d{2}[ ]?年度?)?(?:全年|本年|年度)?(?:累计|实际|共)?支出" + Pattern.quote(name)
        + "[ ]*(?:共计|合计|共|为)?[ ]*$");
  }

  /** A budget's words between a fund's name and its whole: 2024年水保治理资金年初预算1,180.00万元, …（以下简称“取暖补助资金”）预算190.00万元. */
  private static final String BUDGETED = "(?:年初)?预算(?:资金)?";

  /** The words right before an amount that name it the whole of the fund called {@code name}. */
  private static Pattern namingTheWhole(String name) {
    String n = Pattern.quote(name);
    return Pattern.compile("(?:^|[,。;:\\n])[ ]*(?:(?:19|20)\\d{2}[ ]?年度?)?(?:全年|本年)?" + n + "[ ]*(?:" + BUDGETED + ")?(?:共计|合计|总额|总计|共|为)?[ ]*$"
        + "|" + SO_CALLED + "[ ]*[\"“]" + n + "[\"”][ ]*\\)[ ]*(?:(?:共计|合计|共)|" + BUDGETED + "(?:为)?)[ ]*$");
  }

  /**
   * Whether a short name keeps the words of the title's fund in order, its last four whole and a fund's (节能补助资金 of 青岚县2023年度
   * 农房节能改造补助资金…, after 给予财政补助（以下简称“节能补助资金”）).
   */
  private static boolean abbreviatesTheTitlesFund(String name, String title) {
    return (name.endsWith("资金") || name.endsWith("经费")) && Labels.abbreviates(name, title, 4);
  }

  /**
   * The short names given to a fund whose full name ends as a fund the title names does, or that the title holds, or to the report's own
   * fund (本项目资金); none where the title is unknown.
   */
  public static Set<String> of(DocumentView v, String title) {
    Set<String> names = new HashSet<>();
    String t = v.text();
    for (int at = title == null ? -1 : t.indexOf(SO_CALLED); at >= 0; at = t.indexOf(SO_CALLED, at + 1)) {
      Matcher full = FULL_NAME.matcher(t).region(Math.max(0, at - FULL_NAME_REACH), at);
      Matcher shortName = SHORT_NAME.matcher(t).region(at + SO_CALLED.length(), t.length());
      // (or a short name the title holds itself: 中央自然灾害救灾资金及…配套资金（以下简称“救灾资金”） of …自然灾害救灾资金绩效自评报告)
      if (shortName.lookingAt() && (title.contains(shortName.group(1)) || full.find() && endsAsTheTitlesFund(full.group(1), title)
          || abbreviatesTheTitlesFund(shortName.group(1), title) || OWN_FUND.matcher(t).region(Math.max(0, at - 8), at).find())) {
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

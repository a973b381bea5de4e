package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One level's funds moved in the year, and that level's amount after: 年初预算1287.11万元，其中：…县级配套资金148.26万元，占11.52%。年中…
 * 县级配套调减18.26万元，调整为130.00万元; 县财政追加县级资金18.00万元…，县级资金增至68.00万元; 追加县级配套30.00万元，…县级资金合计110.00万元.
 * The amount after must be the level's amount at the year's start plus the addition or less the cut. {@code adjustment.sum} holds
 * the whole budget so; a level's share of the move was read by no rule.
 *
 * <p>The words must name the level (县级, 省级, 中央…) in the move's clause and again in the clause of the amount after (or that
 * clause follows the move's at once: 调减18.26万元，调整为130.00万元; or it is the level's part of the budget after the moves, listed
 * right after it: 调整后全年预算262.80万元，其中县级资金97.80万元), and the year-start amount is the last one before the move, in
 * its paragraph, whose clause opens with that level and says nothing more than what the funds are (县级配套资金, 县级财政安排), no
 * spending, no move. Without all three the rule reads nothing.
 */
@RuleInfo(
    id = "adjustment.level",
    severity = Severity.ERROR,
    zh = "某级资金年初数加减年中调整与调整后该级资金不符（县级配套资金148.26万元，调减18.26万元，调整为130.00万元）",
    en = "one level's funds at the year's start, moved in the year, against that level's amount after (县级配套 148.26, cut 18.26, now 130.00)")
public final class LevelAdjustmentRule implements Rule {
  /** A move's clause: the level and the move, either first (县级配套调减, 追加县级资金, 县级追加配套资金, 从本专项县级配套中调减). */
  private static final Pattern MOVE = Pattern.compile(Levels.LEVEL + ".*?(" + BudgetMoves.ANY + ")|(" + BudgetMoves.ANY + ")" + Levels.LEVEL);
  /**
   * The amount after, named by its level: 县级配套调整为, 县级资金增至, 县级配套合计, 县级配套资金增至; past an opening 其中 (调整后预算为168.50万元，
   * 其中镇级自筹资金增至18.50万元), or named as the level's after the move (调整后县级配套357.80万元), its funds plainly, nothing spent
   * nor moved.
   */
  private static final Pattern AFTER = Pattern.compile("^(?:其中)?" + Levels.LEVEL
      + "\\p{IsHan}{0,6}?(?:调整为|调为|增至|增加至|增加到|减至|减少至|降至|合计|变为)为?$"
      + "|^调整后" + Levels.LEVEL + "(?!\\p{IsHan}*(?:支出|拨付|到位|下达|兑付|结余|结转|追加|调|增|减|占))\\p{IsHan}{0,6}?为?$");
  /** The budget after the moves: 调整后预算, 调整后全年预算, 追加后预算. */
  private static final Pattern ADJUSTED = Pattern.compile("(?:调整|调增|调减|追加)后\\p{IsHan}{0,4}?预算(?:为|是)?$");
  /**
   * A move's words closing a clause that names no level (县财政追加, 年中调减资金); not the amount after a move (调增后专项资金预算为).
   */
  private static final Pattern BARE_MOVE = Pattern.compile("(" + BudgetMoves.ANY + ")(?:资金|预算|经费)?$");
  /** Any level of government, or its treasury named so (县财政: no level's funds, but the words name a level). */
  private static final Pattern ANY_LEVEL = Pattern.compile(Levels.LEVEL);
  /** Or named by its move alone, in the clause right after the move's: 调整为130.00万元. */
  private static final Pattern AFTER_ALONE = Pattern.compile("^(?:调整为|调为|增至|减至|降至|变为)$");

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    if (text == null) {
      return out;
    }
    for (int i = 0; i < fs.size(); i++) {
      Figure move = fs.get(i);
      if (!Levels.plainMoney(move)) {
        continue;
      }
      Matcher m = MOVE.matcher(ownClause(fs, i, text));
      String level;
      boolean up;
      Figure after;
      if (m.find()) {
        level = m.group(1) != null ? m.group(1) : m.group(4);
        up = BudgetMoves.ADDED.matcher(m.group(2) != null ? m.group(2) : m.group(3)).matches();
        after = afterOf(fs, i, text, level);
        if (after == null) {
          after = partOfTheBudgetAfter(fs, i, text, level);
        }
      } else {
        // a move that names no level, the level's amount after named in the clause right after it (县财政追加42.60万元，县级资金调整为
        // 220.60万元): the words say the move made that level's amount
        level = i + 1 < fs.size() ? levelNamedRightAfter(fs, i, text) : null;
        Matcher bare = level == null ? null : BARE_MOVE.matcher(bareClause(fs, i, text));
        if (bare == null || !bare.find()) {
          continue;
        }
        up = BudgetMoves.ADDED.matcher(bare.group(1)).matches();
        after = fs.get(i + 1);
      }
      Figure start = after == null ? null : startOf(fs, i, text, level);
      if (start == null) {
        continue;
      }
      Interval reckoned = up ? Figures.of(start).plus(Figures.of(move)) : Figures.of(start).minus(Figures.of(move));
      if (reckoned.intersects(Figures.of(after))) {
        continue;
      }
      BigDecimal exact = up ? start.yuan().add(move.yuan()) : start.yuan().subtract(move.yuan());
      String expected = Figures.money(exact, MoneyUnit.of(after.unit()), Math.max(0, after.value().scale()));
      String subject = level + "资金";
      out.add(Reckoned.finding(this, subject, after.text(), expected,
          level + "年初" + start.text() + (up ? "追加" : "调减") + move.text(),
          start.text() + (up ? " plus " : " less ") + move.text(),
          after.evidence(), start.evidence(), move.evidence()));
    }
    return out;
  }

  /** The level's amount after the move at i, later in the move's sentence, named by its level or right after the move. */
  private static Figure afterOf(List<Figure> fs, int i, String text, String level) {
    Figure move = fs.get(i);
    for (int k = i + 1; k < fs.size() && Sentences.together(text, move, fs.get(k)); k++) {
      Figure f = fs.get(k);
      if (!Levels.plainMoney(f)) {
        continue;
      }
      String clause = Sentences.clauseWords(text, f);
      Matcher named = AFTER.matcher(inItsAside(clause));
      if (named.matches() && level.equals(named.group(1) != null ? named.group(1) : named.group(2)) || k == i + 1 && AFTER_ALONE.matcher(clause).matches()
          && Sentences.wordsBetween(text, move, f).matches("^[，,]" + Pattern.quote(clause) + "$")
          || level.equals(Levels.fundsOf(text, f)) && partOfTheAdjusted(fs, k, text) || asideOfTheAdjusted(fs, k, text, level)) {
        return f;
      }
      if (MOVE.matcher(ownClause(fs, k, text)).find()) {
        return null; // another move before the amount after: which it is after is not said
      }
    }
    return null;
  }

  /**
   * The words of a clause from the aside it opens on, if any: the level's amount after may stand in parentheses after the budget as
   * adjusted (调整后预算为658.60万元（县级资金调整为178.60万元）), where the clause reaches back to the budget.
   */
  private static String inItsAside(String clause) {
    return clause.substring(Math.max(clause.lastIndexOf('（'), clause.lastIndexOf('(')) + 1);
  }

  /**
   * Whether the figure at k is the level's funds, named plainly, alone in the parentheses right after the budget as adjusted
   * (调整后预算385.00万元（县级资金225.00万元）): what the level holds of that budget.
   */
  private static boolean asideOfTheAdjusted(List<Figure> fs, int k, String text, String level) {
    Figure whole = fs.get(k - 1);
    Figure f = fs.get(k);
    if (!Levels.plainMoney(whole) || !ADJUSTED.matcher(Sentences.clauseWords(text, whole)).find()) {
      return false;
    }
    String between = Sentences.wordsBetween(text, whole, f);
    int end = f.evidence().end();
    boolean closes = end < text.length() && (text.charAt(end) == '）' || text.charAt(end) == ')');
    return closes && (between.startsWith("（") || between.startsWith("(")) && level.equals(Levels.fundsNamed(between.substring(1)));
  }

  /** Whether the figure at k is a part of the budget after the moves, listed right after it (调整后全年预算262.80万元，其中县级资金97.80万元). */
  private static boolean partOfTheAdjusted(List<Figure> fs, int k, String text) {
    Figure whole = fs.get(k - 1);
    return Levels.plainMoney(whole) && ADJUSTED.matcher(Sentences.clauseWords(text, whole)).find() && fs.get(k).partOf() != null
        && fs.get(k).partOf().equals(whole.id()) && Sentences.wordsBetween(text, whole, fs.get(k)).matches("^[，,](?:其中[：:]?)?\\p{IsHan}+$");
  }

  /**
   * The level's part of the budget after the moves, where that budget follows the move in its sentence or in the next, and the level
   * moved no more between: 县级配套资金追加45.00万元用于危岩清理。调整后预算为1,905.00万元（…），其中：中央资金1,200.00万元，…；县级资金
   * 345.00万元; 年中省级追加160.00万元、县级追加100.00万元，调整后预算1,860.00万元，其中：中央财政900.00万元，省级560.00万元，县级400.00万元.
   * Another level's move leaves this level's amount alone. The part is named by the level alone or as its funds (县级, 县级配套资金).
   */
  private static Figure partOfTheBudgetAfter(List<Figure> fs, int i, String text, String level) {
    Figure move = fs.get(i);
    Figure whole = null;
    for (int k = i + 1; k < fs.size() && whole == null && withinTheNextSentence(text, move, fs.get(k)); k++) {
      Figure f = fs.get(k);
      if (!Levels.plainMoney(f)) {
        continue;
      }
      if (ADJUSTED.matcher(Sentences.clauseWords(text, f)).find()) {
        whole = f;
      } else if (movesTheLevel(fs, k, text, level)) {
        return null;
      }
    }
    if (whole == null) {
      return null;
    }
    for (Figure f : fs) {
      if (whole.id().equals(f.partOf()) && Levels.plainMoney(f) && f.evidence().start() > whole.evidence().end()
          && (level.equals(Levels.ownWords(text, f)) || level.equals(Levels.fundsOf(text, f)))) {
        return f;
      }
    }
    return null;
  }

  /** Whether the figure is in the move's sentence or the one after, in its paragraph. */
  private static boolean withinTheNextSentence(String text, Figure move, Figure f) {
    String between = text.substring(move.evidence().end(), Math.max(move.evidence().end(), f.evidence().start()));
    int stop = between.indexOf('。');
    return between.indexOf('\n') < 0 && (stop < 0 || between.indexOf('。', stop + 1) < 0);
  }

  /** Whether the figure at k is a move of the level's funds (县级配套调减, 追加县级资金). */
  private static boolean movesTheLevel(List<Figure> fs, int k, String text, String level) {
    Matcher m = MOVE.matcher(ownClause(fs, k, text));
    return m.find() && level.equals(m.group(1) != null ? m.group(1) : m.group(4));
  }

  /**
   * The level's amount at the year's start: the last named plainly for the level before the move, in its paragraph, or in the
   * paragraph before where the move's states no amount before the move.
   */
  private static Figure startOf(List<Figure> fs, int i, String text, String level) {
    Figure move = fs.get(i);
    int paragraph = text.lastIndexOf('\n', move.evidence().start()) + 1;
    int from = paragraph;
    boolean moneyBefore = false;
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= paragraph; k--) {
      moneyBefore |= Levels.plainMoney(fs.get(k));
    }
    if (!moneyBefore) {
      // the move's paragraph states no amount before it: the year-start budget may be the paragraph's before, under the same heading
      // (…年初预算1,380.00万元，其中：…，县级配套资金380.00万元。⏎⏎2024年计划新招聘特岗教师110人…，县财政局将县级配套资金调减12.00万元)
      int end = paragraph - 1;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      from = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : paragraph;
    }
    for (int k = i - 1; k >= 0 && fs.get(k).evidence().start() >= from; k--) {
      Figure f = fs.get(k);
      if (!Levels.plainMoney(f)) {
        continue;
      }
      // or the level alone, as a part of the budget it lists (年初预算150.00万元，其中省级40.00万元、市级30.00万元、县级80.00万元)
      if (level.equals(Levels.fundsOf(text, f)) || f.partOf() != null && level.equals(Levels.ownWords(text, f))) {
        return f;
      }
      if (Levels.ownWords(text, f).startsWith(level)) {
        return null; // the level's last amount before the move is of something else: spent, moved
      }
    }
    return null;
  }

  /**
   * The level whose amount after the figure at i+1 names, with a verb of the move (县级资金调整为, 县级配套增至), in the clause right
   * after the figure at i; or null.
   */
  private static String levelNamedRightAfter(List<Figure> fs, int i, String text) {
    Figure next = fs.get(i + 1);
    if (!Levels.plainMoney(next)) {
      return null;
    }
    String clause = ownClause(fs, i + 1, text); // (empty where it names no level: most clauses, asked without a regex)
    Matcher named = AFTER.matcher(clause);
    return named.matches() && named.group(1) != null
        && Sentences.wordsBetween(text, fs.get(i), next).matches("^[，,]" + Pattern.quote(clause) + "$") ? named.group(1) : null;
  }

  /** The words of the clause before the figure at i where they are its own and name no level; else empty. */
  private static String bareClause(List<Figure> fs, int i, String text) {
    Figure f = fs.get(i);
    String clause = Sentences.clauseBefore(text, f);
    int start = f.evidence().start() - clause.length();
    boolean shared = i > 0 && fs.get(i - 1).evidence().end() > start && fs.get(i - 1).evidence().end() <= f.evidence().start();
    return shared || ANY_LEVEL.matcher(clause).find() ? "" : Sentences.withoutBlanks(clause, 0, clause.length());
  }

  /**
   * The words of the clause before the figure at k, where they are its own: empty when another figure stands in that clause before it
   * (（0.4万亩×150元/亩）: 150元 is no move, though the clause names one).
   */
  private static String ownClause(List<Figure> fs, int k, String text) {
    Figure f = fs.get(k);
    String clause = Sentences.clauseBefore(text, f);
    int start = f.evidence().start() - clause.length();
    boolean shared = k > 0 && fs.get(k - 1).evidence().end() > start && fs.get(k - 1).evidence().end() <= f.evidence().start();
    // asked of every amount: most clauses name no level, and need no regex (a level is 中央 or ends with 级)
    return shared || clause.indexOf('级') < 0 && !clause.contains("中央") ? "" : Sentences.withoutBlanks(clause, 0, clause.length());
  }


}

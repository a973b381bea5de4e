package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.ChineseNumerals;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered entries that name a project and then give its budget: "1. X：预算金额 24 万元，实际拨付
 * 24 万元", "2. X：共计 4 个项目，预算金额 19 万元…" (a grouped entry: groupSize 4), or "（一）X项目。
 * 全年预算资金156万元…" (the name a heading a full stop ends). The number is the entry's seq. OCR may
 * read the colon as a semicolon or twice ("…补偿款请示: :预算金额").
 */
public final class NumberedEntries implements ProjectEntryExtractor {
  private static final Pattern ENTRY = Pattern.compile(
      "^[ ]*(?<name>[^:。;]{2,80}?)[ ]*(?<sep>[:;。])[ ]*(?::[ ]*)?"
          + "(?:共计?[ ]*(?<group>\\d{1,3}|[一二两三四五六七八九十]{1,3})[ ]*[个各][ ]*项目[ ]*[,]?[ ]*)?"
          + "(?:(?:该|本)?项目)?(?:全年|年度|年初|本年)?"
          + "(?:预算金额|预算资金|预算数|预算|安排资金|资金|金额)[ ]*(?:为|是|:)?[ ]*(?=\\d)");
  /**
   * A name that a full stop ends as a heading of its own ("（一）村级公益性岗位补贴项目。全年预算资金…"): a
   * project's, by its last word; a sentence that happens to end there is not one.
   */
  private static final Pattern HEADING_NAME = Pattern.compile("(?:项目|工程|经费|补贴|补助|资金)$");
  /**
   * Such a heading name whose sentence goes on with what was done before it states the budget; or a project's name a comma
   * ends after a number (1.石桥村产业路硬化项目，硬化道路3.2公里，预算96.00万元，…; the points of a paragraph, 一是…, are
   * {@link InlineNumberedEntries}').
   */
  private static final Pattern HEADED = Pattern.compile("^[ ]*(?<name>[^:。;,，]{2,40}?(?:项目|工程))[ ]*(?<sep>[。,，])");
  /** A digit in a line's numbering (1., （2）): a list's number, not a paragraph's point (一是). */
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /**
   * The project's budget where it comes later in the entry's first line: 预算186.40万元, 年度预算资金…, or the budget of the fund it
   * is paid from (衔接资金预算120.00万元, 县级资金预算24.00万元); not what was added to it (追加预算). A sentence may open on the fund
   * used (使用衔接资金9.00万元: what was done with it is told after), or give one amount for the budget and the spending
   * (预算与支出均为31.68万元).
   */
  private static final Pattern BUDGET_LATER = Pattern.compile("(?<![\\p{IsHan}])(?:(?:\\p{IsHan}{1,8}?(?:资金|经费))?(?:项目)?"
      + "(?:全年|年度|年初|本年)?(?:预算金额|预算资金|预算数|(?<both>预算[与和及、](?:实际)?支出均)|预算)[ ]*(?:为|是|:)?"
      + "|使用\\p{IsHan}{1,8}?(?:资金|经费))[ ]*(?=\\d)");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    for (Line line : v.lines()) {
      if (line.marker() == null || taken.overlaps(line.contentStart(), line.contentEnd())) {
        continue;
      }
      Matcher m = ENTRY.matcher(v.text()).region(line.markerEnd(), line.contentEnd());
      Quantity budget = null;
      boolean grouped = false;
      boolean spentAsBudgeted = false;
      // (each of its budget's words has 预算, 资金 or 金额: a line with none is not walked name length by name length)
      if (Sentence.containsAnyWord(v.text(), line.markerEnd(), line.contentEnd(), "预算", "资金", "金额") && m.lookingAt()) {
        grouped = m.group("group") != null;
        budget = EntryFigures.moneyAt(v, m.end());
      } else if ((m = HEADED.matcher(v.text()).region(line.markerEnd(), line.contentEnd())).lookingAt()
          && (m.group("sep").equals("。") || DIGIT.matcher(line.marker()).find())) {
        // "1.柳溪村道路硬化项目。硬化村组道路3.2公里，预算186.40万元，…": what was done first, the budget after it
        Matcher word = BUDGET_LATER.matcher(v.text()).region(m.end(), line.contentEnd());
        budget = word.find() ? EntryFigures.moneyAt(v, word.end()) : null;
        spentAsBudgeted = budget != null && word.group("both") != null;
      }
      if (budget == null || !ProjectNames.plausible(m.group("name"))
          || m.group("sep").equals("。") && !HEADING_NAME.matcher(m.group("name").strip()).find()) {
        continue;
      }
      int groupSize = grouped ? groupSize(m.group("group")) : 1;
      int[] name = ProjectNames.unquoted(v.text(), m.start("name"), m.end("name"));
      int rest = budget.end();
      // a wrap may put the budget's unit, and what follows it, on the next line ("预算资金 14.69" / "万元，实际支付…")
      int end = Math.max(line.contentEnd(), v.layout().lineAt(budget.end() - 1).contentEnd());
      int[] reason = EntryFigures.reason(v, rest, end);
      Quantity spent = spentAsBudgeted ? budget : EntryFigures.firstSpent(v, rest, end);
      out.add(ProjectEntry.of(line.contentStart(), end, line.number(), name[0], name[1], budget, spent,
          EntryFigures.firstRate(v, rest, end), groupSize, reason, "numbered-entry"));
    }
    return out;
  }

  private static int groupSize(String n) {
    return (int) ChineseNumerals.digitsOrNumerals(n).orElse(1);
  }
}

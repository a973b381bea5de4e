package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.statement.OverallItems;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import dev.jixiao.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph per project, opened by a budget statement: "2024年我镇X项目全年预算为A万元。…完成
 * B万元，…完成项目的C%。主要偏差原因为…". The name is what stands between the subject (我镇) and
 * the budget words, less one trailing 项目 ("代管资金项目项目全年预算" → 代管资金项目); a name that fills
 * its line ends in 项目 before the break ("…补助资金项目" / "全年预算为13.06万元").
 */
public final class BudgetParagraphEntries implements ProjectEntryExtractor {
  private static final Pattern OPENING = Pattern.compile(
      "^(?:(?:19|20)\\d{2}[ ]*年度?)?(?:我镇|我乡|我街道|我单位|本单位|我局|本部门|我部门|本镇)?"
          + "(?<name>[^,;:。!?\\n]{2,80}?)(?:项目[ ]*\\n[ ]*|(?:项目)?[,]?[ ]*)"
          + "(?:全年预算|年初预算|预算资金|预算金额|预算数|预算|安排资金|下达资金)(?:资金|金额|数)?[ ]*(?:为|是|:)?\\s*(?=\\d)");

  /** How far past its line an opening may reach for its number when the line wraps ("全年预算为\n55万元"). */
  private static final int WRAP = 24;
  private static final Pattern SUBJECT_START = Pattern.compile(
      "[ ]*(?:(?:19|20)\\d{2}[ ]*年度?[ ]*)?(?:我镇|我乡|我街道|我单位|本单位|我局|本部门|我部门|本镇)|[ ]*(?:19|20)\\d{2}[ ]*年度?");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    for (Line line : v.lines()) {
      if (line.isBlank() || taken.overlaps(line.contentStart(), line.contentEnd())) {
        continue;
      }
      int wrapEnd = Math.min(v.text().length(), line.contentEnd() + WRAP);
      if (!namesBudget(v.text(), line.markerEnd(), wrapEnd)) {
        continue; // the opening's lazy name tries every length up to 80 before it fails, at every sentence
      }
      // what an item titled as the whole states ((三)总体执行情况。…预算1742.04万元…) is the report's, no project's (asked of the
      // lines that name a budget only: it walks up the line's headings)
      if (OverallItems.holds(v, line.contentStart())) {
        continue;
      }
      // a paragraph may also open after a full stop: PDF text sometimes runs two paragraphs together
      List<Matcher> openings = new ArrayList<>();
      for (int from : sentenceStarts(v, line)) {
        Matcher m = OPENING.matcher(v.text()).region(from, wrapEnd);
        boolean midLine = from != line.markerEnd();
        if (midLine && !SUBJECT_START.matcher(v.text()).region(from, wrapEnd).lookingAt()) {
          continue; // inside a paragraph only a sentence that opens like a project statement counts
        }
        if (m.lookingAt() && EntryFigures.moneyAt(v, m.end()) != null && ProjectNames.plausible(m.group("name"))
            && !holdsAmountOrRate(v, m.start("name"), m.end("name"))) {
          openings.add(m);
        }
      }
      // the paragraph goes on from the line its last budget ends on ("…资金项目" / "全年预算为13.06万元。…")
      int paragraphEnd = openings.isEmpty() ? line.contentEnd()
          : ParagraphSpan.end(v, v.layout().lineAt(EntryFigures.moneyAt(v, openings.get(openings.size() - 1).end()).end() - 1), OPENING);
      for (int i = 0; i < openings.size(); i++) {
        Matcher m = openings.get(i);
        int start = i == 0 ? line.contentStart() : m.regionStart();
        int end = i + 1 < openings.size() ? openings.get(i + 1).regionStart() : paragraphEnd;
        Quantity budget = EntryFigures.moneyAt(v, m.end());
        int[] name = ProjectNames.unquoted(v.text(), m.start("name"), m.end("name"));
        int rest = budget.end();
        int[] reason = EntryFigures.reason(v, rest, end);
        Integer seq = i == 0 && line.marker() != null ? line.number() : null;
        out.add(ProjectEntry.of(start, end, seq, name[0], name[1], budget, EntryFigures.firstSpent(v, rest, end),
            EntryFigures.firstRate(v, rest, end), 1, reason, "budget-paragraph"));
      }
    }
    return out;
  }

  /** Where the line's first sentence starts (after its numbering), and each one after a full stop. */
  private static List<Integer> sentenceStarts(DocumentView v, Line line) {
    List<Integer> starts = new ArrayList<>(List.of(line.markerEnd()));
    String t = v.text();
    for (int i = line.markerEnd(); i < line.contentEnd() - 1; i++) {
      if (t.charAt(i) == '。') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** Whether {@code [from, to)} holds one of the words {@link #OPENING} needs: all have 预算, 安排资金 or 下达资金. */
  private static boolean namesBudget(String text, int from, int to) {
    return Sentence.containsAnyWord(text, from, to, "预算", "安排资金", "下达资金");
  }

  /** A name never holds an amount or a rate ("本年度预算执行率89.10%，年初预算…" is no project). */
  private static boolean holdsAmountOrRate(DocumentView v, int start, int end) {
    return v.quantitiesIn(start, end).stream().anyMatch(q -> q.isMoney() || q.kind() == Quantity.Kind.PERCENT);
  }
}

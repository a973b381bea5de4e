package dev.jixiao.extract.project;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.Labels;
import dev.jixiao.text.Line;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project named in book-title marks and called a 项目: "《生活困难“三线”铁路建设民兵补贴》项目年初
 * 预算…预算资金为41.02万元…实际需要39.7426万元". Titles of documents (《…办法》要求) are not
 * followed by 项目 and are left alone. The entry runs to the next numbered 《 or the line's end.
 */
public final class QuotedEntries implements ProjectEntryExtractor {
  private static final Pattern QUOTED = Pattern.compile("《(?<name>[^》\\n]{2,80})》项目");
  private static final Pattern NEXT = Pattern.compile("\\d{1,2}[.、][ ]*《");

  @Override
  public List<ProjectEntry> find(DocumentView v, Taken taken) {
    List<ProjectEntry> out = new ArrayList<>();
    if (!v.text().contains("》项目")) {
      return out; // the text names no project in quotation marks; the pattern would try every 《 of it and every character
    }
    Matcher m = QUOTED.matcher(v.text());
    while (m.find()) {
      if (!ProjectNames.plausible(m.group("name")) || taken.overlaps(m.start("name"), m.end("name"))) {
        continue;
      }
      Line line = v.layout().lineAt(m.start());
      Matcher next = NEXT.matcher(v.text()).region(m.end(), line.contentEnd());
      int end = next.find() ? next.start() : line.contentEnd();
      Quantity budget = null;
      for (Quantity q : v.quantitiesIn(m.end(), end)) {
        if (q.isMoney() && AmountRole.of(Labels.rawBefore(v, q).normalized()) == AmountRole.BUDGET) {
          budget = q;
          break;
        }
      }
      int[] reason = EntryFigures.reason(v, m.end(), end);
      out.add(ProjectEntry.of(m.start("name"), end, null, m.start("name"), m.end("name"), budget,
          EntryFigures.firstSpent(v, m.end(), end), EntryFigures.firstRate(v, m.end(), end), 1, reason, "quoted"));
    }
    return out;
  }
}

package dev.jixiao.extract.form;

import dev.jixiao.record.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table's totals and the cells they are the whole of, linked into the report's figures once Breakdowns has numbered
 * them: each part gets its total's id, each total is closed (all its parts are there). Figures are matched by where
 * their evidence starts, as a table's reader made them before the numbering.
 */
final class TableWholes {
  /** A row that totals the rows above it (合计, 总计; 合 计 spaced out). */
  static final Pattern TOTAL_ROW = Pattern.compile("^(?:合计|总计|合\\s*计)$");
  /** A row closing a group of the rows above it: 小计, or a kind's (防护用品小计). */
  static final Pattern SUBTOTAL_ROW = Pattern.compile("^\\p{IsHan}{0,12}小计$");

  /** A total cell (a 合计 row's) and the cells it is the whole of. */
  record Whole(Figure total, List<Figure> parts) {}

  private TableWholes() {}

  static List<Figure> linked(List<Whole> wholes, List<Figure> figures) {
    Map<Integer, Integer> at = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      at.putIfAbsent(figures.get(i).evidence().start(), i);
    }
    List<Figure> out = new ArrayList<>(figures);
    for (Whole w : wholes) {
      Integer total = at.get(w.total().evidence().start());
      if (total == null) {
        continue;
      }
      Figure whole = out.get(total);
      out.set(total, whole.withStructure(whole.id(), whole.partOf(), true, whole.listed()));
      for (Figure p : w.parts()) {
        Integer k = at.get(p.evidence().start());
        if (k != null) {
          Figure f = out.get(k);
          out.set(k, f.withStructure(f.id(), whole.id(), f.partsClosed(), f.listed()));
        }
      }
    }
    return out;
  }
}

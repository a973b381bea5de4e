package dev.jixiao.extract;

import dev.jixiao.extract.project.ProjectEntry;
import dev.jixiao.record.Figure;
import dev.jixiao.text.Line;
import dev.jixiao.text.Spans;
import java.util.List;

/**
 * Says what a figure is about when its label alone does not: the project whose entry describes
 * it ("实际需要39.7426万元" in the 《…民兵补贴》 entry), else the heading above it ("日常巡查次数" under
 * "（十五）南屯镇防火经费：").
 */
final class FigureContexts {
  private final DocumentView view;
  private final List<ProjectEntry> entries;
  /** The entries' bodies: a county's volume holds thousands of entries and of figures. */
  private final Spans bodies;

  FigureContexts(DocumentView view, List<ProjectEntry> entries) {
    this.view = view;
    this.entries = entries;
    this.bodies = Spans.of(entries, ProjectEntry::bodyStart, ProjectEntry::bodyEnd);
  }

  Figure withContext(Figure f) {
    int pos = f.evidence().start();
    // the first entry describing the figure, unless the figure stands in its name
    int describing = bodies.firstHolding(pos, i -> !(pos >= entries.get(i).nameStart() && pos < entries.get(i).nameEnd()));
    if (describing >= 0) {
      ProjectEntry e = entries.get(describing);
      return f.withContext(view.name(e.nameStart(), e.nameEnd()));
    }
    List<Line> headings = view.layout().ancestors(view.layout().lineAt(pos));
    if (headings.isEmpty()) {
      return f;
    }
    Line h = headings.get(0);
    String text = view.name(h.markerEnd(), h.contentEnd());
    while (!text.isEmpty() && ":：".indexOf(text.charAt(text.length() - 1)) >= 0) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text.isEmpty() ? f : f.withContext(text);
  }
}

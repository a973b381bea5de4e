package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Unit;
import dev.jixiao.text.Line;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporting unit: its name when a field states it (单位名称：…). Places come with the division resolver. */
public final class UnitFinder {
  private static final Pattern NAME_FIELD = Pattern.compile("^(?:单位名称|部门名称|填报单位|预算单位|编制单位)[ ]*:[ ]*(.+)$");

  public Unit find(DocumentView v, String title) {
    String name = null;
    Evidence evidence = null;
    for (Line line : v.lines()) {
      Matcher m = NAME_FIELD.matcher(v.layout().content(line));
      if (m.find()) {
        int s = line.contentStart() + m.start(1);
        name = v.original(s, line.contentEnd()).strip();
        evidence = v.evidence(s, line.contentEnd());
        break;
      }
    }
    return new Unit(name, null, null, null, null, null, List.of(), evidence);
  }
}

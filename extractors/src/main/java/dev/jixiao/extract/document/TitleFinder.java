package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import dev.jixiao.read.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The report's title: among the first lines, the first unnumbered one that reads like a title —
 * it ends in a kind of document (报告, 总结, 说明, 自评表…) or speaks of 绩效/自评 — and is not a
 * sentence, a "单位名称：" field or a date. Numbered lines are sections or converter debris
 * ("1. 衡"). Ending in a document noun is what lets an OCR-damaged title ("部门整体支出债效面评表
 * 说明") still be found.
 */
public final class TitleFinder {
  private static final Pattern DOCUMENT_NOUN = Pattern.compile("(报告|总结|说明|自评表|评价表|情况|报告书)$");
  private static final Pattern FIELD = Pattern.compile("^(单位名称|部门名称|填报单位|预算单位|编制单位|单位)[ ]*:");
  private static final int LINES_TO_LOOK = 8;

  public Optional<Line> find(DocumentView v) {
    // A spreadsheet's sheet name is written as a line above its table; it is the title only when
    // no line of the sheet is one (a merged title row, 古饶镇2024年度项目支出绩效自评表, is better)
    Set<String> sheetNames = v.document().tables().stream().map(Table::name).filter(Objects::nonNull).collect(Collectors.toSet());
    Line sheetName = null;
    int seen = 0;
    for (Line line : v.lines()) {
      if (line.isBlank()) {
        continue;
      }
      if (seen++ >= LINES_TO_LOOK) {
        break;
      }
      String content = v.layout().content(line);
      if (line.marker() != null || content.length() < 6 || content.length() > 80 || content.endsWith("。") || FIELD.matcher(content).find()
          || PublishedDateFinder.isDateLine(content)) {
        continue;
      }
      if (DOCUMENT_NOUN.matcher(content).find() || content.contains("绩效") || content.contains("自评")) {
        if (!sheetNames.contains(content)) {
          return Optional.of(line);
        }
        if (sheetName == null) {
          sheetName = line;
        }
      }
    }
    return Optional.ofNullable(sheetName);
  }
}

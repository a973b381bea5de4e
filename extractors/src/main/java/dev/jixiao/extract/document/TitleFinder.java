package dev.jixiao.extract.document;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.text.Line;
import dev.jixiao.read.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's title: among the first lines, the first unnumbered one that reads like a title —
 * it ends in a kind of document (报告, 总结, 说明, 自评表, 决算…) or speaks of 绩效/自评 — and is not a
 * sentence, a "单位名称：" field, a date or a web page's breadcrumb. Numbered lines are sections or
 * converter debris ("1. 衡"). Ending in a document noun is what lets an OCR-damaged title
 * ("部门整体支出债效面评表说明") still be found. A title set in two lines, the unit or the start of the
 * subject above the rest (吉首市乾州街道办事处部门整体支出 / 绩效评价报告), is the two lines together. A
 * report written as a letter has no title line but names itself in its opening ({@link
 * #namedInOpening}).
 */
public final class TitleFinder {
  private static final Pattern DOCUMENT_NOUN = Pattern.compile("(报告|总结|说明|自评表|评价表|情况|报告书|决算)$");
  private static final Pattern FIELD = Pattern.compile("^(单位名称|部门名称|填报单位|预算单位|编制单位|单位)[ ]*:");
  /**
   * A web page's breadcrumb (您现在的位置：首页 > 通知公告 > …绩效评价报告), which ends in the title it
   * leads to but is not it.
   */
  private static final Pattern BREADCRUMB = Pattern.compile("位置[ ]*:|首页[ ]*[>»›]");
  private static final int LINES_TO_LOOK = 8;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  /** A report naming itself: 现将…报告如下 (or 情况, 总结). */
  private static final Pattern NAMED = Pattern.compile("现将([^。,;:\\n]{4,80}?(?:报告|情况|总结)(?:报告)?)如下");
  /** How far into the text the opening that names the report may reach. */
  private static final int OPENING = 800;
  /**
   * How a title's first line may end when the rest of the title is on the next: a unit, words the
   * subject goes on from (a fund: 残疾人就业保障金 / 专项资金绩效自评报告), or a conjunction (开远市第十二中学校2024年度部门整体和 /
   * 项目支出绩效自评报告).
   */
  private static final Pattern HEAD_END = Pattern.compile("(人民政府|办事处|街道|镇|乡|局|中心|委员会|学校|中学|小学|院|部门|单位|支出|项目|资金|金|经费|年度|和|及|与)$");
  private static final int HEAD_LENGTH = 40;
  private static final Pattern SENTENCE_OR_FIELD = Pattern.compile("[。，,；;:：]");

  /** A title as written: its line, and the line above it that it goes on from (null when it is one line). */
  public record Title(Line head, Line line) {
    /** A title that is a table's first row (部门预算项目支出绩效自评表(2023年度) | ||||) is without its pipes. */
    private static final Pattern PIPES = Pattern.compile("^[|\\s]+|[|\\s]+$");

    public String original(DocumentView v) {
      String first = head == null ? "" : v.original(head.contentStart(), head.contentEnd());
      return PIPES.matcher(first + v.original(line.contentStart(), line.contentEnd())).replaceAll("");
    }

    public String normalized(DocumentView v) {
      return (head == null ? "" : v.normalized(head.contentStart(), head.contentEnd())) + v.normalized(line.contentStart(), line.contentEnd());
    }

    /** The title's first line: the one a unit heading it is written on. */
    public Line first() {
      return head == null ? line : head;
    }
  }

  public Optional<Title> find(DocumentView v) {
    // A spreadsheet's sheet name is written as a line above its table; it is the title only when
    // no line of the sheet is one (a merged title row, 古饶镇2024年度项目支出绩效自评表, is better)
    Set<String> sheetNames = v.document().tables().stream().map(Table::name).filter(Objects::nonNull).collect(Collectors.toSet());
    Line sheetName = null;
    Title weak = null;
    Line previous = null;
    int seen = 0;
    for (Line line : v.lines()) {
      if (line.isBlank()) {
        continue;
      }
      String content = v.layout().content(line);
      // a web page's fields (发布机构, 索引号, 2025-06-30, 有效) may fill the lines above the
      // title: lines too short to be one, or dates, do not use up the lines to look at
      boolean titleSized = content.length() >= 6 && !PublishedDateFinder.isDateLine(content);
      if (titleSized && seen++ >= LINES_TO_LOOK) {
        break;
      }
      Line above = previous;
      previous = line;
      if (!titleSized || line.marker() != null || content.length() > 80 || content.endsWith("。") || FIELD.matcher(content).find()
          || BREADCRUMB.matcher(content).find()) {
        continue;
      }
      boolean documentNoun = DOCUMENT_NOUN.matcher(content).find();
      if (documentNoun || content.contains("绩效") || content.contains("自评")) {
        Title title = new Title(above != null && isHead(v, above) ? above : null, line);
        if (!documentNoun && !YEAR.matcher(content).find()) {
          // a web page's section (预算绩效管理) speaks of 绩效 too; the report's own title, below it, ends as a document does
          weak = weak == null ? title : weak;
          continue;
        }
        if (!sheetNames.contains(content)) {
          return Optional.of(title);
        }
        if (sheetName == null) {
          sheetName = line;
        }
      }
    }
    return weak != null ? Optional.of(weak) : Optional.ofNullable(sheetName).map(l -> new Title(null, l));
  }

  /**
   * Where a report without a title line names itself in its opening, as a letter to the office
   * that asked for it does ("现将2024年…项目绩效目标自评报告如下"): [start, end) of the name, when it
   * speaks of 绩效 or 自评.
   */
  public Optional<int[]> namedInOpening(DocumentView v) {
    String t = v.text();
    Matcher m = NAMED.matcher(t).region(0, Math.min(t.length(), OPENING));
    while (m.find()) {
      String name = m.group(1);
      if (name.contains("绩效") || name.contains("自评")) {
        return Optional.of(new int[] {m.start(1), m.end(1)});
      }
    }
    return Optional.empty();
  }

  /** Whether a line is the first of a title's two: short, unnumbered, no sentence or field, and ending where a title goes on. */
  private static boolean isHead(DocumentView v, Line line) {
    String content = v.layout().content(line).strip();
    return line.marker() == null && content.length() >= 4 && content.length() <= HEAD_LENGTH && HEAD_END.matcher(content).find()
        && !SENTENCE_OR_FIELD.matcher(content).find() && !PublishedDateFinder.isDateLine(content);
  }
}

package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.record.Count;
import dev.jixiao.text.Numbers;
import dev.jixiao.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many projects the report says it evaluated: "自评项目共36个", "共涉及62个预算项目", "专项资金
 * 项目共计 40 个", "共三十六个项目", "纳入自评的项目共1,240个", "共对15个项目开展绩效自评", "自评覆盖…的五十二个项目".
 * Counts without 共/涉及 ("48个项目全部完成") are parts, not the total.
 */
public final class ProjectCountStatement implements StatementExtractor<Count> {
  // a county's summary counts its departments' projects in thousands (纳入自评的项目共1,240个)
  private static final String N = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,5}|[一二两三四五六七八九十百千]{1,7})";
  private static final Pattern[] FORMS = {
    Pattern.compile("项目[^,;。:]{0,6}?(?:共计|共有|合计|总计|共)[ ]*" + N + "[ ]*个"),
    Pattern.compile("(?:共计|共有|共|合计|总计)?(?:涉及|包括|开展)[ ]*" + N + "[ ]*个[^,;。:]{0,8}?项目"),
    Pattern.compile("(?:共计|共有|共|合计|总计)[ ]*" + N + "[ ]*个[^,;。:]{0,8}?项目"),
    Pattern.compile("(?:共计|共有|共)[^,;。:\\d]{0,24}?项目[ ]*" + N + "[ ]*个"),
    // the projects the evaluation was made of: 共对15个项目开展绩效自评, 对全镇15个项目进行了自评, 对2024年度实施的15个项目开展了绩效自评
    // (not 对3个重点项目: a choice)
    Pattern.compile("对(?:(?:19|20)\\d{2}年度?)?(?:(?!重点|抽)[^,;。:\\d]){0,8}?" + N
        + "[ ]*个(?:(?!重点|抽)[^,;。:]){0,8}?项目(?:支出)?(?:开展|进行|实施)了?(?:绩效)?(?:自评|评价)"),
    // the projects a self-evaluation covered: 本次自评覆盖县直二十七个部门（单位）的五十二个项目
    Pattern.compile("(?:评价|自评)[^,;。:\\d]{0,4}覆盖[^,;。:]{0,16}?的" + N + "[ ]*个[^,;。:]{0,6}?项目"),
  };

  /**
   * A count of the projects of some grades or scores only (等级为“优”和“良”的项目共10个, 自评得分低于80分的项目共六个), not of
   * them all.
   */
  private static final Pattern SOME_ONLY = Pattern.compile(GradeWords.SOME_BY_GRADE + "|" + GradeWords.SOME_BY_SCORE);

  @Override
  public List<Count> extract(DocumentView v, Sentence s) {
    if (!s.containsWord(v.text(), "个") || !s.containsWord(v.text(), "项目")) {
      return List.of(); // every form has both; their leading alternations are slow to fail on every sentence
    }
    List<Count> out = new ArrayList<>();
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(v.text()).region(s.start(), s.end());
      if (m.find() && !SOME_ONLY.matcher(v.text()).region(Math.max(s.start(), m.start() - 16), m.start("n")).find()) {
        int end = v.text().indexOf('个', m.end("n"));
        out.add(new Count(v.original(m.start("n"), end + 1), Numbers.parse(m.group("n")).intValueExact(),
            v.evidence(m.start("n"), end + 1)));
        break;
      }
    }
    return out;
  }
}

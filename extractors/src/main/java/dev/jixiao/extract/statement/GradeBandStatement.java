package dev.jixiao.extract.statement;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.GradeWords;
import dev.jixiao.record.GradeBand;
import dev.jixiao.text.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade bands a report states: "90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分
 * 以下为差" (or 80分（含）至90分为良, 80—90分为良). A range includes its lower bound, and its upper bound only when that is the top score
 * or says (含): 80-90 is 良 up to but not including 90, which is 优. 以上/以下 include the number
 * itself, as Chinese legal usage defines them (民法典 第一千二百五十九条).
 */
public final class GradeBandStatement implements StatementExtractor<GradeBand> {
  private static final String GRADE = "(?<g>" + GradeWords.ALTERNATIVES + ")";
  private static final Pattern RANGE = Pattern.compile(
      "(?<lo>\\d+(?:\\.\\d+)?)[ ]*(?:\\(含\\))?[ ]*分?[ ]*(?:\\(含\\))?[ ]*(?:-|~|至|到|—|–)[ ]*"
          + "(?<hi>\\d+(?:\\.\\d+)?)[ ]*(?<hiInc>\\(含\\))?[ ]*分?[ ]*(?:\\(含\\))?[ ]*(?:为|是|:|的为)[ ]*[\"“]?" + GRADE);
  private static final Pattern ABOVE = Pattern.compile(
      "(?<lo>\\d+(?:\\.\\d+)?)[ ]*分?[ ]*(?:\\(含\\))?[ ]*(?<dir>及以上|以上|及以下|以下)[ ]*(?:的)?(?:为|是|:)[ ]*[\"“]?" + GRADE);

  @Override
  public List<GradeBand> extract(DocumentView v, Sentence s) {
    // Both patterns try at every digit of every sentence; a sentence without what each must
    // contain is passed over (this was a fifth of extraction).
    boolean range = containsAny(v.text(), s.start(), s.end(), "-~至到—–");
    boolean above = s.containsWord(v.text(), "以上") || s.containsWord(v.text(), "以下");
    if (!range && !above) {
      return List.of();
    }
    List<GradeBand> out = new ArrayList<>();
    Matcher m = RANGE.matcher(v.text()).region(s.start(), s.end());
    while (range && m.find()) {
      BigDecimal hi = new BigDecimal(m.group("hi"));
      boolean hiInclusive = m.group("hiInc") != null || hi.compareTo(new BigDecimal(100)) >= 0;
      out.add(new GradeBand(m.group("g"), new BigDecimal(m.group("lo")), true, hi, hiInclusive,
          v.evidence(m.start(), m.end())));
    }
    m = ABOVE.matcher(v.text()).region(s.start(), s.end());
    while (above && m.find()) {
      BigDecimal bound = new BigDecimal(m.group("lo"));
      boolean upward = m.group("dir").endsWith("以上");
      out.add(upward
          ? new GradeBand(m.group("g"), bound, true, null, true, v.evidence(m.start(), m.end()))
          : new GradeBand(m.group("g"), null, true, bound, true, v.evidence(m.start(), m.end())));
    }
    out.sort(java.util.Comparator.comparingInt(b -> b.evidence().start()));
    return out;
  }

  private static boolean containsAny(String text, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}

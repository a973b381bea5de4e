package dev.jixiao.check.rules;

import dev.jixiao.check.Figures;
import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleInfo;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Report;
import dev.jixiao.record.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result said to stand against its target, right after it, against the two figures: 知晓率87.20%，高于85%的目标值 says 87.20 is
 * above 85, and 满意度93.5%，未达到95%的目标 that 93.5 is below 95. Where the figures say the other (87.20%，高于88%的目标值) the text
 * contradicts itself: an error, where {@code target.missed} only warns of a target missed. The target is as set, exactly; the
 * result keeps its rounding, so 95.00%，高于95%的目标 is let pass. 达到 a bound of at most (达到不高于2%的目标) says the result is
 * at or below it.
 */
@RuleInfo(
    id = "target.claim",
    severity = Severity.ERROR,
    zh = "文中所述实际值与目标值的高低与两数不符",
    en = "a result said to be above, at or below its target against the two figures")
public final class TargetClaimRule implements Rule {
  /** Between the result and the target: the claim, and the target's bound (，高于, ，达到不低于, ，未达到). */
  private static final Pattern CLAIM = Pattern.compile(
      "^\\s*[,，]?\\s*(?<claim>高于|超过|超出|优于|好于|达到|完成|未达到|未完成|低于)了?\\s*(?:年度|全年)?\\s*"
          + "(?<bound>不低于|不少于|≥|>=|不高于|不超过|≤|<=)?\\s*$");
  /** After the target: what it is, the target (的目标值, 的年度目标, 以上的目标). */
  private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*(?:以上|以下|以内)?\\s*的?\\s*(?:年度|全年)?\\s*(?:目标|计划|预期)");
  /** The target's words, then the share of it done (完成3万亩目标的92.00%): a completion rate, no claim of reaching it. */
  private static final Pattern SHARE_OF_IT =
      Pattern.compile("\\s*的?\\s*(?:年度|全年)?\\s*(?:目标|计划|预期)(?:值|数|任务)?的\\s*\\d+(?:\\.\\d+)?\\s*[%％]");
  /** A completion rate's label (满意度88.48%，完成率98.31%，未达到90%的目标): the level is the figure before it. */
  private static final Pattern COMPLETION = Pattern.compile("^[,，]?(?:目标)?" + SpendingLabels.COMPLETION_RATE);
  /** A change on an earlier year: 比上年增加, 较去年提高. */
  private static final Pattern CHANGE = Pattern.compile("^(?:比|较)(?:上年|去年|上年度|上一年|同期)?(?:增加|增长|减少|下降|提高|降低|多|少)");
  private static final Pattern AT_MOST = Pattern.compile("不高于|不超过|≤|<=");
  /** The base of a comparison (比上年的12,486人次): no total a claim is of. */
  private static final Pattern COMPARED_WITH = Pattern.compile("(?:比|较|同比)");
  /** Units of time, which a result is better for being less of (平均抢通时间18小时，优于24小时的目标). */
  private static final Pattern TIME_UNIT = Pattern.compile("小时|分钟|秒|天|日|个?工作日|个月|月");
  /** Measures a result is better for being less of: how long something took, how often something went wrong. */
  private static final Pattern LESS_IS_BETTER = Pattern.compile("时间|时长|用时|时限|周期|天数|投诉|事故|差错|故障|损失|空置|辍学|死亡|返工|超支");

  /**
   * The figure a 其中 follows in the claim's sentence, before the figure at i, where no link says so (受益群众7347人，其中白石村⏎1862人、
   * …、岭脚村712人，超过7000人的目标: a page's layout broke the list's first label), or null. Not one whose 其中 opens figures of
   * another measure (回收率96.40%，其中表示满意的427份，满意度88.59%，未达到≥90%的目标: the 427 of the questionnaires).
   */
  private static Figure wholeBeforeWhich(List<Figure> fs, int i, String text) {
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(i)); k--) {
      if (Figures.sameMeasure(fs.get(k), fs.get(i)) && Figures.sameMeasure(fs.get(k), fs.get(k + 1))
          && Sentences.WHICH.matcher(Sentences.between(text, fs.get(k), fs.get(k + 1))).lookingAt()) {
        return fs.get(k);
      }
    }
    return null;
  }

  @Override
  public List<Finding> check(Report report) {
    List<Finding> out = new ArrayList<>();
    String text = report.text();
    List<Figure> fs = report.figures();
    Map<String, Figure> byId = new HashMap<>();
    fs.forEach(f -> byId.put(f.id(), f));
    for (int i = 0; text != null && i + 1 < fs.size(); i++) {
      Figure target = fs.get(i + 1);
      Figure before = fs.get(i);
      // the claim's words first: few pairs of figures have them between, and the result is looked for only where they do
      if (target.evidence().end() > text.length()) {
        continue;
      }
      Matcher claim = CLAIM.matcher(Sentences.between(text, before, target));
      if (!claim.matches() || !TARGET_AFTER.matcher(text).region(target.evidence().end(), text.length()).lookingAt()
          || SHARE_OF_IT.matcher(text).region(target.evidence().end(), text.length()).lookingAt()) {
        continue;
      }
      // the last part of a list before the claim is not what it claims of (活动23场，其中：…界别协商会5场，超过20场的目标值): the whole is
      Figure whole = before.partOf() == null ? wholeBeforeWhich(fs, i, text) : byId.get(before.partOf());
      Figure result = whole != null && Sentences.oneStatement(text, whole, target) ? whole : before;
      // nor the change on the year before the claim (每千人口托位数3.21个，比上年增加0.61个，完成3.2个的目标): the level before it is
      // and so is the level before a share of the target (满意度90.4%，为目标值的98.26%，未达到92%的目标)
      if (result == before && i > 0 && (CHANGE.matcher(SpendingLabels.label(before)).lookingAt()
              || SpendingLabels.SHARE_OF_TARGET.matcher(SpendingLabels.label(before)).matches()
              || COMPLETION.matcher(SpendingLabels.label(before)).matches())
          && Figures.sameMeasure(fs.get(i - 1), before) && Sentences.oneStatement(text, fs.get(i - 1), before)) {
        result = fs.get(i - 1);
      }
      if (result.op() != null || !Figures.sameMeasure(result, target)) {
        continue;
      }
      Interval r = Figures.of(result);
      BigDecimal t = Figures.isMoney(target) ? target.yuan() : Figures.ones(target);
      String word = claim.group("claim");
      boolean atMost = claim.group("bound") != null && AT_MOST.matcher(claim.group("bound")).matches();
      String said = said(word, atMost, lessIsBetter(result));
      if (said == null || holds(said, r, t) || result == before && ProductRule.isAverageCount(before) && ofTheTotalBefore(fs, i, text, said, t)) {
        continue;
      }
      out.add(FindingBuilder.of(this)
          .subject(SpendingLabels.label(result).isEmpty() ? "目标" : SpendingLabels.label(result))
          .message("文中说" + result.text() + word + "目标" + target.text() + "，但" + result.text() + zh(said) + target.text() + "。",
              "The text says " + result.text() + " is " + en(said) + " the target of " + target.text() + ", which it is not.")
          .stated(result.text())
          .expected(said + target.text())
          .evidence(result.evidence(), target.evidence())
          .build());
    }
    return out;
  }

  /**
   * Whether a total before the average at i in its statement, no comparison's base, holds the claim (累计服务2,146小时，平均每人46.65小时，
   * 达到2,000小时的目标; 达13,904人次，比上年的12,486人次增长11.36%，平均每场活动82.76人次，达到13,000人次的目标): the claim may be of it.
   */
  private static boolean ofTheTotalBefore(List<Figure> fs, int i, String text, String said, BigDecimal target) {
    Figure average = fs.get(i);
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), average); k--) {
      Figure f = fs.get(k);
      if (f.op() == null && Figures.sameMeasure(f, average) && !ProductRule.isAverageCount(f)
          && !COMPARED_WITH.matcher(SpendingLabels.label(f)).lookingAt() && holds(said, Figures.of(f), target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the claim says of the result against the target: above, at least, at most or below; null for none of these. Better
   * (优于, 好于) is below for a measure that is better for being less.
   */
  private static String said(String word, boolean atMost, boolean lessIsBetter) {
    return switch (word) {
      case "优于", "好于" -> atMost ? null : lessIsBetter ? "<" : ">";
      case "高于", "超过", "超出" -> atMost ? null : ">";
      case "达到", "完成" -> atMost ? "≤" : "≥";
      case "未达到", "未完成" -> atMost ? null : "<";
      case "低于" -> "<";
      default -> null;
    };
  }

  private static boolean lessIsBetter(Figure result) {
    return result.unit() != null && TIME_UNIT.matcher(result.unit()).matches()
        || LESS_IS_BETTER.matcher(SpendingLabels.label(result)).find();
  }

  /** Whether some value the result may stand for is as the claim says of the target. */
  private static boolean holds(String said, Interval result, BigDecimal target) {
    return switch (said) {
      case ">" -> result.hi().compareTo(target) > 0;
      case "≥" -> result.hi().compareTo(target) >= 0;
      case "≤" -> result.lo().compareTo(target) <= 0;
      default -> result.lo().compareTo(target) < 0;
    };
  }

  /** What the figures say instead, in Chinese. */
  private static String zh(String said) {
    return switch (said) {
      case ">" -> "并不高于";
      case "≥" -> "低于";
      case "≤" -> "高于";
      default -> "并不低于";
    };
  }

  private static String en(String said) {
    return switch (said) {
      case ">" -> "above";
      case "≥" -> "at or above";
      case "≤" -> "at or below";
      default -> "below";
    };
  }
}

package dev.jixiao.check.rules;

import dev.jixiao.check.FindingBuilder;
import dev.jixiao.check.Figures;
import dev.jixiao.check.Interval;
import dev.jixiao.check.Rule;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Finding;
import dev.jixiao.record.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An average per unit against the total and the count of units stated before it in its sentence,
 * for {@link ProductRule} (培训45期，培训农民2760人次，平均每期培训61.33人次; 贷款3920.00万元，196笔，笔均20.00万元):
 * the units are those the
 * average is per (期), the total in the average's own measure and no part of another.
 */
final class AveragesPerUnit {
  /**
   * An average per a unit: 平均每期, 平均每人次 (per time served, as 救治213人次 counts), 每户平均, 笔均 (a loan's), 次均 (a claim's), 台均 (a
   * machine's); 人均 and 户均 are rates of their own.
   */
  private static final Pattern AVERAGE_PER = Pattern.compile("平均每(人次|户次|\\p{IsHan})|每(\\p{IsHan})平均|(笔|件|期|场|批|次|台)均");

  /** The word 个 counts in an average per 个 (平均每个村, 每个站点平均): its first character. */
  private static final Pattern NAMED_AFTER_GE = Pattern.compile("每个(\\p{IsHan})");
  /** A target the total is set against (为目标值4,000人次的108.80%): no total of the average's. */
  /** What is paid out per unit: a subsidy, an award, interest paid for the borrower. */
  private static final Pattern PAID_PER_UNIT = Pattern.compile("贴息|补贴|补助|奖补|奖励");
  /** Money that is no such payment: what was lent, invested or earned. */
  private static final Pattern NOT_PAID = Pattern.compile("本金|贷款|投资|产值|营业收入|销售");
  /** How many characters of what an average gives each a count's label must end with to count that (采样点 of 布设土壤采样点). */
  private static final int GIVEN_WORDS = 3;
  /** How far after a count the noun it counts may come (14个初步调查地块). */
  private static final int NOUN_REACH = 8;
  private static final Pattern TARGET = Pattern.compile("(?:目标|计划)(?:值|数)?(?:为|是|的)?$");

  /** The words of a line before its amount: an item's marker and the item's name, no figure. */
  private static final Pattern ITEM_NAME = Pattern.compile("^\\s*" + Sentences.ITEM_MARKER + "[^\\d\\n]{1,30}$");
  /** Words of an item's amount that is no spending the average is of: a budget, a plan, a rate, a part. */
  private static final Pattern NOT_AN_ITEMS = Pattern.compile("预算|计划|安排|每|均|其中|结余");

  /** Words of an average of any kind (人均救助3,201.29元, 户均, 平均): no total another average is of. */
  private static final Pattern ANY_AVERAGE = Pattern.compile("\\p{IsHan}均|平均");

  /** A bare rate per a unit: 每人次, 每批次, 每户. */
  private static final Pattern BARE_PER = Pattern.compile("^每(人次|户次|批次|\\p{IsHan})$");

  private AveragesPerUnit() {}

  /** Whether the figure is itself an average (全年住院救助3,962人、5,318人次，人均救助3,201.29元，次均救助2,385.01元). */
  private static boolean anAverage(Figure f) {
    return f.label() != null && f.label().indexOf('均') >= 0 && ANY_AVERAGE.matcher(f.label()).find();
  }

  /** Whether the figure is an average per unit this class checks (平均每户, 笔均), not a rate of ProductRule's own. */
  static boolean isAverage(Figure f) {
    return f.label() != null && f.label().indexOf('均') >= 0 && AVERAGE_PER.matcher(f.label()).find();
  }

  /**
   * Whether a count's unit counts what an average is per: 期 in 期, 户 in 万户, 次 in 人次 or 万人次 (次均报销3570.47元), 场 in
   * 场次 (场均80人次). People and households are not counted in 人次 or 户次, which count one each time it was paid or served
   * (每月发放，全年共发放5,256人次…，平均每人全年领取1,200元 is of the 438 people).
   */
  private static boolean countedIn(String per, String unit) {
    String ones = unit.length() > 1 && unit.startsWith("万") ? unit.substring(1) : unit;
    return ones.equals(per) || ones.equals(per + "次") && !"人".equals(per) && !"户".equals(per) || "次".equals(per) && ones.endsWith("次");
  }

  /**
   * The units an average is per when its own clause counts none: the one count of them in an earlier clause of its sentence that
   * is no part of another (新建9处，改造23处，合计32处；铺设管网156.8公里，平均每处4.9公里: the 合计, not the 23 right before).
   * None when that sentence has two such counts, which of them the average is per being the reader's guess.
   */
  private static Figure theOneWholeCountBefore(List<Figure> fs, int i, String unit, String text) {
    boolean byNoun = oneCountNamed(fs, i, unit, text);
    Figure found = null;
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(i)); k--) {
      Figure f = fs.get(k);
      if (f.op() == null && f.partOf() == null && countsUnits(text, f, unit, byNoun) && !oneOfSeveralFactors(fs, f, fs.get(i), text)) {
        if (found != null) {
          return null;
        }
        found = f;
      }
    }
    return found;
  }

  /**
   * Whether a count is a factor of one of several products written out in the average's sentence (按每亩80元×126,005亩计算；…按每亩40元
   * ×71,970亩计算；两项合计12,959,200元，平均每亩补助65.46元): each is the units of its own product's amount, and the average of their
   * sum is per the units in all (the 197,975亩 stated before them). One product's factor is the units of its result (每人每月100元×438人
   * ×12个月发放…，平均每人全年领取1,200元).
   */
  private static boolean oneOfSeveralFactors(List<Figure> fs, Figure f, Figure average, String text) {
    if (!aFactor(text, f)) {
      return false;
    }
    long factors = fs.stream().filter(g -> g != f && Figure.COUNT.equals(g.kind()) && f.unit().equals(g.unit())
        && g.evidence().start() < average.evidence().start() && Sentences.oneStatement(text, g, average) && aFactor(text, g)).count();
    return factors > 0;
  }

  /** Whether a sign of multiplication stands right before or right after the figure (×10万元, 4家×). */
  private static boolean aFactor(String text, Figure f) {
    int k = f.evidence().start();
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    int e = f.evidence().end();
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    return k > 0 && "×*xX".indexOf(text.charAt(k - 1)) >= 0 || e < text.length() && "×*".indexOf(text.charAt(e)) >= 0;
  }

  private static boolean inTenThousands(Figure f) {
    return f.unit() != null && f.unit().startsWith("万");
  }

  /** Whether {@code f} may be the total an average is of: of its measure, neither a target the total is set against nor an average. */
  private static boolean aTotalItMayBeOf(Figure average, Figure f) {
    String label = f.label() == null ? "" : f.label();
    // (nor money of another kind than a subsidy per unit is: 贷款本金4,150.00万元，平均每笔贴息5,324.85元)
    boolean anotherKind = PAID_PER_UNIT.matcher(average.label()).find() && NOT_PAID.matcher(label).find();
    return Figures.sameMeasure(average, f) && !TARGET.matcher(label).find() && !anAverage(f) && !anotherKind;
  }

  /** The amounts of the average's measure in its sentence before it that are no part of another: wholes it may be of. */
  private static List<Figure> wholeAmountsBefore(List<Figure> fs, int i, String text) {
    Figure average = fs.get(i);
    List<Figure> out = new ArrayList<>();
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), average); k--) {
      Figure f = fs.get(k);
      if (f.op() == null && f.partOf() == null && aTotalItMayBeOf(average, f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether the count may count the thing the average is per, where one is named: not a count of what the average gives each (平均每个村
   * （社区）配备网格员1.89人 is not per the 6个网格 of 析出6个网格).
   */
  private static boolean countsThe(String text, Figure count, String noun, Figure average) {
    if (noun == null) {
      return true;
    }
    int end = count.evidence().end();
    if (end + 2 > text.length() || text.startsWith(noun, end) || nounWithin(text, end, noun)) {
      return true;
    }
    // named before it as what the average gives each (…共布设土壤采样点412个、…，平均每个地块布设土壤采样点29.43个): the total, not the units
    String label = average.label().strip();
    String gives = label.substring(label.indexOf("每个" + noun) + 2 + noun.length());
    if (gives.length() >= GIVEN_WORDS && count.label() != null && count.label().strip().endsWith(gives.substring(gives.length() - GIVEN_WORDS))) {
      return false;
    }
    String after = text.substring(end, end + 2);
    return !(Character.isIdeographic(after.codePointAt(0)) && Character.isIdeographic(after.codePointAt(1))
        && average.label().contains(after));
  }

  /** Whether the words right after a count, up to a mark, name the noun (14个初步调查地块 for 地块). */
  private static boolean nounWithin(String text, int end, String noun) {
    int k = end;
    while (k < text.length() && k - end < NOUN_REACH && Character.isIdeographic(text.codePointAt(k))) {
      k++;
    }
    return text.substring(end, k).contains(noun);
  }

  /**
   * Whether the figure counts a whole number of the units an average is per (45期 for 平均每期), or, {@code byNoun}, counts in 个 or 家
   * the thing its noun right after it names (7个村集体 for 平均每村; 36家规模养殖场 for 场均).
   */
  private static boolean countsUnits(String text, Figure f, String unit, boolean byNoun) {
    return Figure.COUNT.equals(f.kind()) && (countedIn(unit, f.unit()) || byNoun && namedByItsNoun(text, f, unit)) && f.value().signum() > 0
        && Figures.ones(f).stripTrailingZeros().scale() <= 0;
  }

  /** Whether a count in 个 or 家 names right after it a noun holding the unit an average is per (村 of 7个村集体). */
  private static boolean namedByItsNoun(String text, Figure f, String unit) {
    return ("个".equals(f.unit()) || "家".equals(f.unit())) && unit.length() == 1 && !"个".equals(unit)
        && nounWithin(text, f.evidence().end(), unit);
  }

  /**
   * Whether the one count before the average in its sentence naming what it is per by its noun is the only count there: parts counted
   * apart (共修复雨量站7个、水位站3个，平均每站1.79万元 is of their sum) or two such counts leave the units to the reader's guess.
   */
  private static boolean oneCountNamed(List<Figure> fs, int i, String unit, String text) {
    int named = 0;
    int counts = 0;
    for (int k = i - 1; k >= 0 && Sentences.oneStatement(text, fs.get(k), fs.get(i)); k--) {
      Figure f = fs.get(k);
      if (Figure.COUNT.equals(f.kind())) {
        counts++;
        named += namedByItsNoun(text, f, unit) ? 1 : 0;
      }
    }
    return named == 1 && counts == 1;
  }

  /**
   * The amount a numbered item's line opens with (（八）日常零星维修1,028,650元。), where the line states no other money before the
   * average at i nor after it, and the amount is no plan, no rate and no part; else null. Other averages are no amount (全年住院救助3,962人、
   * 5,318人次，人均救助3,201.29元，次均救助2,385.01元), nor are the parts a sentence opening with 其中 tells right after the average's (3.住院救助
   * 支出1,268.35万元，…。全年住院救助…5,318人次，…次均救助2,385.01元。其中：特困人员1,102人次，支出386.21万元，…).
   */
  private static Figure theItemsAmount(List<Figure> fs, int i, String text) {
    Figure average = fs.get(i);
    int lineStart = text.lastIndexOf('\n', average.evidence().start() - 1) + 1;
    int lineEnd = text.indexOf('\n', average.evidence().end());
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int sentenceEnd = text.indexOf('。', average.evidence().end());
    if (sentenceEnd >= 0 && sentenceEnd < lineEnd && text.startsWith("其中", sentenceEnd + 1)) {
      lineEnd = sentenceEnd;
    }
    Figure item = null;
    for (Figure f : fs) {
      if (f == average || f.evidence().start() < lineStart || f.evidence().end() > lineEnd || !Figures.isMoney(f) || anAverage(f)) {
        continue;
      }
      if (item != null) {
        return null;
      }
      item = f;
    }
    return item != null && item.op() == null && item.label() != null && !NOT_AN_ITEMS.matcher(item.label()).find()
        && aTotalItMayBeOf(average, item) && item.partOf() == null
        && item.evidence().start() < average.evidence().start()
        && ITEM_NAME.matcher(text.substring(lineStart, item.evidence().start())).matches() ? item : null;
  }

  /**
   * Whether only counts and averages stand between the amount at k and the average at i, the units' among them: the amount is what
   * those units were counted of (公务接待费6,200元，共接待…11批次68人次，平均每批次563.64元、每人次91.18元), though it is a part of another,
   * where it is the one part its sentence states.
   */
  private static boolean unitsRightAfter(List<Figure> fs, int k, int i, Figure units, String text) {
    if (units == null) {
      return false;
    }
    for (int j = k + 1; j < i; j++) {
      if (!Figure.COUNT.equals(fs.get(j).kind()) && !anAverage(fs.get(j))) {
        return false;
      }
    }
    // the one part of its sentence (其中：A 6,200元，B 1,000元，共接待11批次 may be of both)
    Figure part = fs.get(k);
    for (int j = k - 1; j >= 0 && Sentences.together(text, fs.get(j), part); j--) {
      if (Figures.isMoney(fs.get(j)) && part.partOf().equals(fs.get(j).partOf())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unit of a bare rate per unit right after an average, joined to it by 、 (平均每批次563.64元、每人次91.18元): the 平均 is of both; else
   * null.
   */
  private static String perUnitAfterAnAverage(List<Figure> fs, int i, String text) {
    Figure f = fs.get(i);
    Figure before = fs.get(i - 1);
    if (f.op() != null || f.label() == null || !Figures.isMoney(f) || !isAverage(before) || !Figures.isMoney(before)) {
      return null;
    }
    Matcher bare = BARE_PER.matcher(f.label().strip());
    return bare.matches() && Sentences.between(text, before, f).strip().equals("、" + f.label().strip()) ? bare.group(1) : null;
  }

  /** Averages per unit (平均每期61.33人次) against the total and the count of units before them in their sentence. */
  static List<Finding> check(Rule rule, List<Figure> fs, String text) {
    List<Finding> out = new ArrayList<>();
    for (int i = 2; i < fs.size(); i++) {
      Figure average = fs.get(i);
      // every alternative holds 均: most labels are passed over without the regex
      Matcher per = !isAverage(average) || average.op() != null ? null : AVERAGE_PER.matcher(average.label());
      String unit;
      if (per != null && per.find() && !Figure.PERCENT.equals(average.kind())) {
        unit = per.group(1) != null ? per.group(1) : per.group(2) != null ? per.group(2) : per.group(3);
      } else if ((unit = perUnitAfterAnAverage(fs, i, text)) == null) {
        continue;
      }
      // 个 before the word of what it counts (平均每个村（社区）): a count of 个 of another thing (析出6个网格) is not of them
      Matcher named = NAMED_AFTER_GE.matcher(average.label());
      String noun = "个".equals(unit) && named.find() ? named.group(1) : null;
      boolean byNoun = oneCountNamed(fs, i, unit, text);
      Figure units = null;
      Figure total = null;
      // every count and amount the average may be of: where any pair of them gives it, the report may mean that pair (…服务人口41500人
      // （…金竹镇8640人），平均每处水源地服务1804人 is of the 23处 and the 41500人, not of the nearest; 总投资53.60万元，补助以外的3.60万元…，
      // 平均每个5.36万元)
      List<Figure> allUnits = new ArrayList<>();
      List<Figure> allTotals = new ArrayList<>();
      // units and their amounts given in pairs (7所…补助140,000.00元，12所…补助144,000.00元，18所…补助108,000.00元，平均每所10,594.59元):
      // the average may be of all the pairs together
      Interval pairedUnits = null;
      Interval pairedTotals = null;
      int pairs = 0;
      for (int k = i - 1; k >= 0 && Sentences.together(text, fs.get(k), average); k--) {
        Figure f = fs.get(k);
        // (nor by how much the work fell short or went beyond: 举办5期、培训486人次，比目标少1期、少114人次，…平均每期97.2人次)
        if (f.op() != null || f.label() != null && Sentences.SHORT_OR_BEYOND.matcher(f.label().strip()).find()) {
          continue;
        }
        boolean unitsCounted = countsUnits(text, f, unit, byNoun) && !oneOfSeveralFactors(fs, f, average, text) && countsThe(text, f, noun, average);
        // (nor a factor of a product written out: 县级示范社14家×2万元=28.00万元，平均每家示范社获得奖补4.15万元)
        boolean anAmount = aTotalItMayBeOf(average, f) && !aFactor(text, f);
        if (unitsCounted) {
          allUnits.add(f);
        } else if (anAmount) {
          allTotals.add(f);
          Figure before = k > 0 ? fs.get(k - 1) : null;
          if (before != null && before.op() == null && countsUnits(text, before, unit, byNoun) && Sentences.together(text, before, average)) {
            pairedUnits = pairedUnits == null ? Figures.of(before) : pairedUnits.plus(Figures.of(before));
            pairedTotals = pairedTotals == null ? Figures.of(f) : pairedTotals.plus(Figures.of(f));
            pairs++;
          }
        }
        if (units == null && unitsCounted) {
          units = f;
        } else if (total == null && anAmount && (f.partOf() == null || k > 0 && countsUnits(text, fs.get(k - 1), unit, byNoun)
            || unitsRightAfter(fs, k, i, units, text))) {
          // a part is the total where it is the units' own (…其中：演练6场，支出4.20万元，场均0.70万元; 其中：公务接待费6,200元，共接待
          // 11批次68人次，平均每批次563.64元)
          total = f;
        }
      }
      // no amount in its sentence: the amount of the numbered item its line opens with, where the line states no other money
      // (2.医疗救治22.34万元。全年送医救治38人次，…，平均每人次5,878.95元)
      if (total == null && units != null) {
        total = theItemsAmount(fs, i, text);
        if (total != null) {
          allTotals.add(total);
        }
      }
      // the one whole count of the sentence may be what the average is per, where the nearest count is a part of it
      Figure wholeCount = total == null ? null : theOneWholeCountBefore(fs, i, unit, text);
      wholeCount = wholeCount != null && countsThe(text, wholeCount, noun, average) ? wholeCount : null;
      if (wholeCount != null) {
        allUnits.add(wholeCount);
        // and then of the whole amount of that sentence too (培训经费23.40万元：…专家授课费每期5,000元，共12期，计6.00万元；场地租用3.00万元，
        // 平均每期1.95万元 is the 23.40万元 over the 12期)
        allTotals.addAll(wholeAmountsBefore(fs, i, text));
      }
      if (units == null) {
        units = wholeCount;
      }
      // or of the amount its sentence states right after it (共4,800册，平均每册21.25元，支出102,000.00元)
      for (int k = i + 1; k < fs.size() && k <= i + 2 && Sentences.together(text, average, fs.get(k)); k++) {
        Figure f = fs.get(k);
        if (f.op() == null && aTotalItMayBeOf(average, f)) {
          allTotals.add(f);
        }
      }
      // an average is a quotient rounded as written, though it counts whole people (平均每处服务1804人: 41500 ÷ 23 is 1804.3)
      Interval averaged = Figure.COUNT.equals(average.kind()) && average.value().scale() <= 0 && !inTenThousands(average)
          ? Interval.written(average.value()) : Figures.of(average);
      if (units == null || total == null || allUnits.stream().anyMatch(u -> allTotals.stream()
          .anyMatch(t -> averaged.times(Figures.of(u)).intersects(Figures.of(t))))
          || pairs > 1 && averaged.times(pairedUnits).intersects(pairedTotals)) {
        continue;
      }
      int decimals = Math.max(2, average.value().scale());
      BigDecimal quotient = Figures.written(total).divide(Figures.ones(units), decimals, java.math.RoundingMode.HALF_UP);
      String expected = Figures.isMoney(average)
          ? Figures.money(quotient, MoneyUnit.of(average.unit()), Math.max(0, average.value().scale()))
          : quotient.stripTrailingZeros().toPlainString() + average.unit();
      out.add(FindingBuilder.of(rule)
          .subject(average.label().strip())
          .message(total.text() + " ÷ " + units.text() + " 约为" + expected + "，报告写的是" + average.text() + "。",
              total.text() + " over " + units.text() + " is about " + expected + ", not the stated " + average.text() + ".")
          .stated(average.text())
          .expected(expected)
          .evidence(average.evidence(), total.evidence(), units.evidence())
          .build());
    }
    return out;
  }

}

package dev.jixiao.generator;

import dev.jixiao.unit.Division;
import dev.jixiao.unit.DivisionIndex;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Composes plausible township self-evaluation reports from a seed: a real township (one whose name
 * is unique in the national list), a year, projects with budgets, spending and rates, totals, the
 * grade distribution, the score with its components. Two writing styles as real reports have them
 * (budget paragraphs; numbered entries), with varied wording, order, units (万元 or 元), spacing
 * and Chinese numerals for counts, set in the prose real reports surround their figures with
 * ({@link Narrative}), so that a report is about as long as a real one. With probability {@code plantRate} a report gets one to three
 * planted inconsistencies, each noted in its truth with the rule that should find it.
 */
public final class ReportGenerator {
  static final String[] TOPICS = {"乡村振兴", "人居环境整治", "农村公路养护", "防汛抗旱", "秸秆禁烧", "村级组织运转", "计划生育",
    "民政救助", "森林防火", "农村饮水安全", "高标准农田建设", "生活垃圾清运", "路灯维护", "文化惠民", "退役军人服务", "信访维稳",
    "综合治理", "安全生产", "疫情防控", "美丽乡村建设", "农村公厕保洁", "耕地地力保护", "河道清淤", "村卫生室运行", "残疾人帮扶",
    "驻村工作队", "老年人福利", "危房改造", "集体经济发展", "殡葬改革"};
  static final String[] SUFFIXES = {"经费", "专项资金", "补助资金", "项目资金", "工作经费", "工程"};
  static final String[] SOURCES = {"", "", "", "(上级补助)", "(非税收入)", "(超收分成)"};
  static final String[] COMPONENTS = {"履职效能", "管理效率", "产出效益", "社会效应"};
  static final String[] GRADES = {"优", "良", "中", "差"};

  private final List<Division> townships;

  public ReportGenerator() {
    DivisionIndex index = DivisionIndex.bundled();
    List<Division> unique = new ArrayList<>();
    for (Division d : index.all(Division.Level.TOWNSHIP)) {
      String name = d.township();
      if (name != null && (name.endsWith("镇") || name.endsWith("乡")) && name.length() >= 3 && d.county() != null
          && index.townships(name).size() == 1) {
        unique.add(d);
      }
    }
    this.townships = unique;
  }

  /** Report {@code n} of the corpus made with {@code seed}: the same arguments give the same report. */
  public Composed compose(long seed, int n, double plantRate) {
    Random rnd = new Random(seed * 1_000_003L + n);
    Division place = townships.get(rnd.nextInt(townships.size()));
    int year = 2021 + rnd.nextInt(4);
    boolean wan = rnd.nextInt(5) > 0; // 万元 mostly, 元 sometimes
    String style = rnd.nextBoolean() ? "paragraphs" : "numbered";
    int count = 3 + rnd.nextInt(rnd.nextInt(4) == 0 ? 30 : 10);

    List<Truth.Project> projects = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    BigDecimal budgetSum = BigDecimal.ZERO;
    BigDecimal spentSum = BigDecimal.ZERO;
    int[] grades = new int[4];
    for (int i = 1; i <= count; i++) {
      String name;
      do {
        name = projectName(rnd, place.township(), year);
      } while (!names.add(name));
      BigDecimal budgetWan = BigDecimal.valueOf(50 + rnd.nextInt(rnd.nextBoolean() ? 3000 : 60000), 2); // 0.50–600 万元
      int pct = rnd.nextInt(3) == 0 ? 100 : 20 + rnd.nextInt(81);
      BigDecimal spentWan = budgetWan.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      BigDecimal rate = rate(spentWan, budgetWan);
      budgetSum = budgetSum.add(budgetWan);
      spentSum = spentSum.add(spentWan);
      grades[gradeOf(rate)]++;
      projects.add(new Truth.Project(i, name, amount(budgetWan, wan), amount(spentWan, wan), plain(rate)));
    }
    BigDecimal totalRate = rate(spentSum, budgetSum);
    Truth.Totals totals = new Truth.Totals(count, amount(budgetSum, wan), amount(spentSum, wan), plain(totalRate));
    List<Truth.GradeCount> distribution = new ArrayList<>();
    for (int g = 0; g < 4; g++) {
      distribution.add(new Truth.GradeCount(GRADES[g], grades[g], plain(BigDecimal.valueOf(grades[g] * 100L)
          .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP))));
    }
    BigDecimal total = BigDecimal.valueOf(8000 + rnd.nextInt(1900), 2); // 80.00–98.99
    BigDecimal first = total.multiply(BigDecimal.valueOf(45 + rnd.nextInt(15))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    List<Truth.Component> components = List.of(new Truth.Component(COMPONENTS[0], plain(first)),
        new Truth.Component(COMPONENTS[1], plain(total.subtract(first))));
    Truth.Score score = new Truth.Score(plain(total), total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : "良", components);

    Truth truth = new Truth(null, null, style, new Truth.Place(place.province(), place.city(), place.county(), place.township(),
        place.code()), year, totals, projects, score, distribution, new ArrayList<>());
    Planting planting = new Planting(rnd, rnd.nextDouble() < plantRate ? 1 + rnd.nextInt(3) : 0);
    return new ReportWriter(rnd, truth, wan, planting).compose();
  }

  private static String projectName(Random rnd, String township, int year) {
    StringBuilder b = new StringBuilder();
    switch (rnd.nextInt(4)) {
      case 0 -> b.append(township);
      case 1 -> b.append(year).append("年");
      default -> { }
    }
    b.append(TOPICS[rnd.nextInt(TOPICS.length)]).append(SUFFIXES[rnd.nextInt(SUFFIXES.length)]);
    if (rnd.nextInt(4) == 0) {
      b.append("一二三四五六七八九".charAt(rnd.nextInt(9)));
    }
    return b.append(SOURCES[rnd.nextInt(SOURCES.length)]).toString();
  }

  static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  static int gradeOf(BigDecimal rate) {
    return rate.compareTo(BigDecimal.valueOf(90)) >= 0 ? 0 : rate.compareTo(BigDecimal.valueOf(80)) >= 0 ? 1
        : rate.compareTo(BigDecimal.valueOf(60)) >= 0 ? 2 : 3;
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static Truth.Amount amount(BigDecimal wan, boolean inWan) {
    BigDecimal yuan = wan.multiply(BigDecimal.valueOf(10000));
    String y = plain(yuan);
    return inWan ? new Truth.Amount(wan.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), "万元", y)
        : new Truth.Amount(y, "元", y);
  }

  /** How many inconsistencies this report gets, and which. */
  static final class Planting {
    final Random rnd;
    final Set<String> rules = new LinkedHashSet<>();

    Planting(Random rnd, int count) {
      this.rnd = rnd;
      List<String> all = new ArrayList<>(List.of("project.rate", "total.sum", "total.count", "total.rate", "grade.count", "score.sum",
          "breakdown.share", "change.rate", "spending.rate", "plan.rate", "count.rate", "breakdown.sum",
          "audit.reduction"));
      for (int i = 0; i < count; i++) {
        rules.add(all.remove(rnd.nextInt(all.size())));
      }
    }

    boolean has(String rule) {
      return rules.contains(rule);
    }
  }
}

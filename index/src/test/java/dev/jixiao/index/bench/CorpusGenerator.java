package dev.jixiao.index.bench;

import dev.jixiao.index.GoldRecords;
import dev.jixiao.record.Evidence;
import dev.jixiao.record.Finding;
import dev.jixiao.record.Money;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.record.Percent;
import dev.jixiao.record.PlainNumber;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Score;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import dev.jixiao.record.Totals;
import dev.jixiao.record.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic synthetic records for the benchmark: unit names, project names and sentences from the
 * samples' vocabulary, random figures. Deterministic for a seed.
 */
final class CorpusGenerator {
  static final String[][] PLACES = {
    // province, city, county, townships
    {"安徽省", "淮北市", "烈山区", "古饶镇,宋疃镇,烈山镇,华家湖镇"},
    {"安徽省", "淮北市", "濉溪县", "濉溪镇,韩村镇,刘桥镇,五沟镇,临涣镇"},
    {"河北省", "保定市", "徐水区", "漕河镇,安肃镇,崔庄镇,大因镇,遂城镇"},
    {"河北省", "保定市", "涞源县", "南屯镇,银坊镇,走马驿镇,水堡镇"},
    {"河北省", "石家庄市", "正定县", "正定镇,新城铺镇,新安镇"},
    {"广东省", "广州市", "番禺区", "新造镇,化龙镇,石楼镇,石碁镇,沙湾街道"},
    {"广东省", "韶关市", "乐昌市", "坪石镇,黄圃镇,五山镇"},
    {"湖南省", "常德市", "桃源县", "郑家驿镇,漳江街道,陬市镇,热市镇,茶庵铺镇"},
    {"湖南省", "常德市", "汉寿县", "龙阳街道,沧港镇,岩汪湖镇"},
    {"湖南省", "长沙市", "浏阳市", "大瑶镇,永安镇,沙市镇,官渡镇"},
    {"四川省", "成都市", "金堂县", "赵镇街道,淮口街道,竹篙镇"},
    {"河南省", "郑州市", "新郑市", "龙湖镇,辛店镇,梨河镇"},
  };
  static final String[] TOPICS = {"乡村振兴", "人居环境整治", "美丽乡村建设", "计生专项", "驻村工作队", "危房改造",
    "秸秆禁烧", "防汛抢险", "信访稳定", "村级组织办公", "农村户厕整改", "耕地地力保护", "生态修复工程", "疫情防控",
    "退役军人专项岗位", "医保筹资运行", "大气污染防治", "基层宗教事务管理", "综合工作", "聘用人员", "春节慰问",
    "民政统筹", "卫生补助", "公务用车购置", "无人机购买", "土地流转绿化", "高标准农田建设", "三公经费"};
  static final String[] SUFFIX = {"经费", "资金", "项目", "补助经费", "专项经费", "工程款", "奖补资金"};
  static final String[] SOURCE = {"", "", "(非税收入)", "(超收分成)", "(上级补助)", "（运转保障）", "(区级追加)"};
  static final String[] RULES = {"total.sum", "total.rate", "project.rate", "project.duplicate", "amount.magnitude",
    "grade.count", "restated", "breakdown.sum", "target.missed"};

  private final Random random;
  private final List<String> sentences;

  CorpusGenerator(long seed) {
    this.random = new Random(seed);
    this.sentences = new ArrayList<>();
    for (String s : GoldRecords.SEEDS) {
      for (String sent : GoldRecords.record(s).text().split("(?<=[。；])|\n")) {
        String t = sent.strip();
        if (t.length() >= 12 && t.length() <= 200) {
          sentences.add(t);
        }
      }
    }
  }

  /** The i-th report; projects per report vary around {@code meanProjects}. */
  Report report(int i, int projects) {
    String[] place = PLACES[random.nextInt(PLACES.length)];
    String[] towns = place[3].split(",");
    String town = towns[random.nextInt(towns.length)];
    int year = 2019 + random.nextInt(6);
    ReportKind kind = switch (random.nextInt(3)) {
      case 0 -> ReportKind.DEPARTMENT_OVERALL;
      case 1 -> ReportKind.PROJECT;
      default -> ReportKind.SPECIAL_FUND;
    };
    StringBuilder text = new StringBuilder();
    String title = place[2] + town + year + "年度" + (kind == ReportKind.DEPARTMENT_OVERALL ? "部门整体支出" : "项目支出") + "绩效自评报告";
    text.append(title).append('\n');
    String name = place[2] + town + "人民政府";
    int unitAt = text.length();
    text.append("单位名称：").append(name).append('\n');
    for (int k = 0; k < 3 + random.nextInt(4); k++) {
      text.append(sentences.get(random.nextInt(sentences.size())));
    }
    text.append('\n');
    List<Project> ps = new ArrayList<>();
    BigDecimal sumB = BigDecimal.ZERO;
    BigDecimal sumE = BigDecimal.ZERO;
    for (int p = 0; p < projects; p++) {
      String pname = TOPICS[random.nextInt(TOPICS.length)] + SUFFIX[random.nextInt(SUFFIX.length)]
          + SOURCE[random.nextInt(SOURCE.length)];
      BigDecimal b = BigDecimal.valueOf(Math.exp(random.nextDouble() * Math.log(3000)) + 0.5).setScale(2, RoundingMode.HALF_UP);
      double r = random.nextDouble() < 0.7 ? 60 + random.nextDouble() * 40 : random.nextDouble() * 60;
      BigDecimal e = b.multiply(BigDecimal.valueOf(r / 100)).setScale(2, RoundingMode.HALF_UP);
      BigDecimal rate = e.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP);
      int start = text.length();
      text.append(year).append("年我镇");
      int nameAt = text.length();
      text.append(pname).append("全年预算为").append(b.toPlainString()).append("万元。根据支出进度表，该项支出预算按照序时进度完成")
          .append(e.toPlainString()).append("万元，").append(year).append("年底完成项目的").append(rate.toPlainString()).append("%。");
      int end = text.length();
      text.append('\n');
      ps.add(new Project(p + 1, pname, Money.of(b + "万元", b, MoneyUnit.WAN_YUAN, null),
          Money.of(e + "万元", e, MoneyUnit.WAN_YUAN, null), new Percent(rate + "%", rate, null), null, null, 1, null,
          new Evidence(nameAt, nameAt + pname.length(), null, pname), new Evidence(start, end, null, null)));
      sumB = sumB.add(b);
      sumE = sumE.add(e);
    }
    text.append(sentences.get(random.nextInt(sentences.size())));
    List<Finding> findings = new ArrayList<>();
    if (random.nextInt(5) == 0) {
      String rule = RULES[random.nextInt(RULES.length)];
      findings.add(new Finding(rule, random.nextBoolean() ? Severity.ERROR : Severity.WARNING, null, "合计与明细不符", "1", "2", List.of()));
    }
    Score score = random.nextInt(3) == 0 ? null : new Score(
        new PlainNumber("", BigDecimal.valueOf(70 + random.nextInt(3000) / 100.0), null),
        new String[] {"优", "良", "中", null}[random.nextInt(4)], List.of(), List.of(), null);
    String sha = String.format("%016x", (long) i * 0x9E3779B97F4A7C15L) + String.format("%048d", i);
    Source source = new Source("/bench/" + i + ".txt", sha, text.length() * 3L, "txt", false, null, "UTF-8", "zho", "simplified");
    Unit unit = new Unit(name, town, place[2], place[1], place[0], null, List.of(), new Evidence(unitAt, unitAt + 5, null, null));
    Totals totals = new Totals(null, Money.of(sumB + "万元", sumB, MoneyUnit.WAN_YUAN, null),
        Money.of(sumE + "万元", sumE, MoneyUnit.WAN_YUAN, null), null, Map.of());
    return new Report(Report.SCHEMA, source, Status.OK, List.of(), title, unit, year, kind, null, totals, score, List.of(),
        ps, List.of(), findings, text.toString());
  }

  int projectCount(int mean) {
    return Math.max(1, mean - 5 + random.nextInt(11));
  }

  String topic() {
    return TOPICS[random.nextInt(TOPICS.length)];
  }

  String[] place() {
    return PLACES[random.nextInt(PLACES.length)];
  }

  int nextInt(int n) {
    return random.nextInt(n);
  }
}

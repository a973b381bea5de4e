package dev.jixiao.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The prose around a report's figures: the unit's organisation and staff, its duties, its
 * performance targets (output, benefit and satisfaction indicators) and how far they were met,
 * the causes of its problems and the next steps. Real reports spend most of their length on this
 * (2,000–9,000 characters in the shared corpus, against about 1,000 for the figures alone), with
 * numbers of their own: staff, inspections, 亩, 公里, 人次, 合格率 and 满意度. None of it states a
 * budget, a spending, an execution rate, a project count, a score or a grade, so the record the
 * report should give is still its figures' alone; an extractor that takes a staff count or a
 * satisfaction rate for one of them is wrong, and the round trip says so.
 */
final class Narrative {
  private static final String[] OFFICES = {"党政综合办公室", "党建工作办公室", "经济发展办公室", "社会事务办公室", "平安建设办公室",
    "自然资源和生态环境办公室", "应急管理办公室", "乡村振兴办公室"};
  private static final String[] CENTRES = {"农业综合服务中心", "社会事务综合服务中心", "退役军人服务站", "综合行政执法队", "便民服务中心",
    "生态事务中心"};
  private static final String[] DUTIES = {
    "贯彻执行党和国家的路线方针政策，落实上级党委、政府的决策部署，执行本级人民代表大会的决议。",
    "统筹辖区经济社会发展，组织实施发展规划，推动产业结构调整，促进农民持续增收。",
    "负责辖区公共服务和社会管理，做好社会保障、民政救助、文化教育、医疗卫生等民生工作。",
    "加强基层党组织建设，抓好党员教育管理，指导村（社区）两委开展工作。",
    "负责辖区安全生产、防汛抗旱、森林防火和应急处置，维护社会和谐稳定。",
    "抓好生态环境保护和人居环境整治，推进美丽乡村建设。",
    "做好矛盾纠纷排查调处和信访维稳工作，推进平安建设和法治建设。",
    "管理本级财政资金和国有资产，规范财务管理，提高资金使用效益。",
    "完成上级党委、政府交办的其他工作任务。"};
  /** An output indicator: what is done, the unit it is counted in, and the range it takes. */
  private record Quantity(String indicator, String unit, int min, int max) {}

  private static final Quantity[] QUANTITIES = {new Quantity("开展安全隐患排查", "次", 20, 80),
    new Quantity("走访慰问困难群众", "人次", 300, 1500), new Quantity("完成农村公路养护", "公里", 10, 120),
    new Quantity("粮食播种面积达到", "亩", 8000, 90000), new Quantity("发放政策宣传资料", "份", 800, 6000),
    new Quantity("完成河道清淤", "处", 5, 40), new Quantity("完成农村危房改造", "户", 5, 60), new Quantity("组织党员集中学习", "次", 6, 24),
    new Quantity("开展森林防火巡查", "次", 30, 200), new Quantity("新增油茶种植", "亩", 100, 900),
    new Quantity("培训农村实用人才", "人次", 50, 600)};
  private static final String[] QUALITY = {"工程验收合格率", "资金使用合规率", "宣传覆盖率", "村级考核达标率", "政策知晓率"};
  private static final String[] TIMELINESS = {"资金拨付及时率", "补贴发放及时率", "应急处置及时率", "工程完工及时率"};
  private static final String[] BENEFITS = {
    "经济效益方面，强化产业支撑，扶持特色种养和农产品加工，带动群众就近就业，农民收入稳步提高。",
    "社会效益方面，全年未发生重大安全事故和群体性事件，矛盾纠纷化解及时，社会治安形势持续向好。",
    "生态效益方面，持续开展农村人居环境整治，村庄环境明显改善，河道水质保持稳定。",
    "可持续影响方面，建立健全长效管护机制，落实专人负责，确保各项设施长期发挥作用。",
    "民生保障方面，兜牢困难群众基本生活底线，及时足额发放各类救助补贴，群众获得感不断增强。",
    "基层治理方面，推行网格化管理，村（社区）干部包片联户，群众反映的问题做到件件有回音。",
    "产业发展方面，引导土地有序流转，培育家庭农场和农民专业合作社，村集体经济收入稳步增长。",
    "公共服务方面，便民服务中心推行一窗受理、限时办结，群众办事少跑腿，服务效率明显提升。"};
  private static final String[] CAUSES = {
    "一是部分同志对绩效管理认识不足，“重投入、轻管理”的观念仍然存在。",
    "二是财务人员少、业务多，专业能力有待提高，难以对项目实施全过程跟踪。",
    "三是与业务部门衔接不够紧密，绩效目标由财务人员单独填报，与实际工作脱节。",
    "四是部分项目受天气和上级资金下达时间影响，实施进度滞后。"};
  private static final String[] MEASURES = {
    "强化预算绩效意识，组织干部职工学习绩效管理相关政策，把绩效理念贯穿资金使用全过程。",
    "细化绩效目标，做到目标可衡量、可考核，并与年度工作计划相衔接。",
    "加强绩效运行监控，定期对照目标检查项目进度，发现偏差及时纠正。",
    "做好自评结果运用，将自评发现的问题与下一年度资金安排挂钩，切实整改到位。",
    "健全内部控制制度，规范资金审批和支付流程，确保资金安全。"};

  /** A management area (管理情况) and the sentences of which a report writes some, in its own order. */
  private record Area(String heading, String... sentences) {}

  private static final Area[] MANAGEMENT = {
    new Area("预算管理情况", "严格执行预算管理制度，坚持先有预算、后有支出，无预算不开支。", "年中确需调整的事项，按规定程序报批后执行。",
      "按月分析收支进度，及时向主要领导报告资金使用情况。", "严格控制一般性支出，压减非急需、非刚性开支。"),
    new Area("财务管理情况", "落实财务审批制度，每笔支出均经经办人、审核人和分管领导签字后报销。", "会计核算规范，凭证附件齐全，账实相符。",
      "严格执行公务卡结算制度，现金支付控制在规定范围内。", "主动接受审计和财政监督，对发现的问题逐项整改销号。"),
    new Area("资产管理情况", "建立固定资产台账，做到账、卡、物一致。", "资产购置按规定履行政府采购程序，处置按程序报批。",
      "每年组织一次资产清查盘点，及时核销报废资产。", "办公用房和公务用车按标准配置使用，无超标准情况。"),
    new Area("绩效管理情况", "按要求申报绩效目标，目标与年度工作任务相衔接。", "年中开展绩效运行监控，对进度偏慢的事项督促整改。",
      "年终对照绩效目标逐项开展自评，自评结果在政府网站公开。", "将绩效评价结果作为下一年度安排资金的重要依据。")};
  private static final String[] STEPS = {
    "成立由主要负责人任组长、分管负责人任副组长，财政所和各办（站、所）负责人为成员的绩效自评工作领导小组。",
    "收集整理预算批复、资金拨付凭证、项目实施资料和验收报告，核实资金使用情况。",
    "对照年初设定的绩效目标，采用比较法和因素分析法，逐项对产出和效益进行评价。",
    "深入村组和项目现场，通过实地查看、座谈和问卷调查了解群众意见。",
    "汇总分析评价情况，形成自评报告，经领导小组审定后报县财政局备案。"};

  private final Random rnd;
  private final String township;

  Narrative(Random rnd, String township) {
    this.rnd = rnd;
    this.township = township;
  }

  /** 单位概况: the offices and centres, the staff, the duties as a numbered list. */
  List<Composed.Block> unit(int year) {
    List<Composed.Block> out = new ArrayList<>();
    out.add(h2("（一）机构设置及人员情况"));
    List<String> offices = pick(OFFICES, 3 + rnd.nextInt(4));
    List<String> centres = pick(CENTRES, 2 + rnd.nextInt(3));
    out.add(p(township + "人民政府内设" + offices.size() + "个办公室：" + String.join("、", offices) + "；下设" + centres.size()
        + "个事业站所：" + String.join("、", centres) + "。"));
    int posts = 40 + rnd.nextInt(60);
    int staff = posts - 1 - rnd.nextInt(10);
    int admin = 15 + rnd.nextInt(20);
    out.add(p("截至" + year + "年12月底，全镇核定编制" + posts + "个，实有在编人员" + staff + "人，其中行政编制" + admin + "个、事业编制"
        + (posts - admin) + "个；另有编外聘用人员" + (3 + rnd.nextInt(20)) + "人。"));
    out.add(h2("（二）主要职责"));
    List<String> duties = pick(DUTIES, 5 + rnd.nextInt(5));
    String[] marks = rnd.nextBoolean() ? new String[] {"", "."} : new String[] {"（", "）"};
    for (int i = 0; i < duties.size(); i++) {
      out.add(p(marks[0] + (i + 1) + marks[1] + duties.get(i)));
    }
    return out;
  }

  /** 年度绩效目标 and how far each was met: quantities, quality, timeliness, benefits, satisfaction. */
  List<Composed.Block> targets(int year) {
    List<Composed.Block> out = new ArrayList<>();
    List<Quantity> quantities = pick(QUANTITIES, 4 + rnd.nextInt(5));
    int[] planned = new int[quantities.size()];
    int[] done = new int[quantities.size()];
    for (int i = 0; i < quantities.size(); i++) {
      Quantity q = quantities.get(i);
      planned[i] = q.min() + rnd.nextInt(q.max() - q.min() + 1);
      done[i] = rnd.nextInt(3) == 0 ? planned[i] * (100 + rnd.nextInt(15)) / 100 : planned[i];
    }
    List<String> quality = pick(QUALITY, 2 + rnd.nextInt(3));
    List<String> timely = pick(TIMELINESS, 1 + rnd.nextInt(3));
    int satisfaction = 85 + rnd.nextInt(10);

    out.add(h2("（一）" + year + "年度绩效目标"));
    out.add(p("1.数量指标。" + quantities(quantities, planned)));
    out.add(p("2.质量指标。" + String.join("，", quality) + "均达到100%。"));
    out.add(p("3.时效指标。" + String.join("，", timely) + "均不低于95%。"));
    out.add(p("4.满意度指标。服务对象满意度不低于" + satisfaction + "%。"));
    out.add(h2("（二）绩效目标完成情况"));
    out.add(p("1.数量指标完成情况。" + quantities(quantities, done)));
    out.add(p("2.质量指标完成情况。" + String.join("，", quality) + "均为100%，达到年初目标。"));
    out.add(p("3.时效指标完成情况。" + String.join("，", timely) + "均为100%。"));
    out.add(p("4.效益指标完成情况。" + String.join("", pick(BENEFITS, 4 + rnd.nextInt(5)))));
    out.add(p("5.满意度。通过入户走访和问卷调查，服务对象满意度为" + (satisfaction + rnd.nextInt(6)) + "%。"));
    return out;
  }

  /** How the self-evaluation was done, step by step. */
  List<Composed.Block> process() {
    List<Composed.Block> out = new ArrayList<>();
    int steps = 3 + rnd.nextInt(STEPS.length - 2);
    for (int i = 0; i < steps; i++) {
      out.add(p("（" + Numerals.chinese(i + 1) + "）" + STEPS[i]));
    }
    return out;
  }

  /** 部门整体支出管理情况: budget, accounts, assets and performance management, in words. */
  List<Composed.Block> management() {
    List<Composed.Block> out = new ArrayList<>();
    int n = 0;
    for (Area area : MANAGEMENT) {
      if (n > 0 && rnd.nextInt(4) == 0) {
        continue; // a report leaves an area out, never all of them
      }
      out.add(h2("（" + Numerals.chinese(++n) + "）" + area.heading()));
      List<String> sentences = pick(area.sentences(), 2 + rnd.nextInt(area.sentences().length - 1));
      out.add(p(String.join("", sentences)));
    }
    return out;
  }

  /** 存在的问题 (the one the report states), then 原因分析 and 下一步改进措施. */
  List<Composed.Block> problems(String stated) {
    List<Composed.Block> out = new ArrayList<>();
    out.add(h2("（一）存在的问题"));
    out.add(p(stated));
    out.add(h2("（二）原因分析"));
    int causes = 2 + rnd.nextInt(CAUSES.length - 1);
    for (int i = 0; i < causes; i++) {
      out.add(p(CAUSES[i]));
    }
    out.add(h2("（三）下一步改进措施"));
    List<String> measures = pick(MEASURES, 2 + rnd.nextInt(4));
    for (int i = 0; i < measures.size(); i++) {
      out.add(p(Numerals.chinese(i + 1) + "是" + measures.get(i)));
    }
    return out;
  }

  private String quantities(List<Quantity> quantities, int[] values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < quantities.size(); i++) {
      Quantity q = quantities.get(i);
      b.append(q.indicator()).append(values[i]).append(q.unit()).append(i == quantities.size() - 1 ? "。" : "；");
    }
    return b.toString();
  }

  private <T> List<T> pick(T[] from, int n) {
    List<T> all = new ArrayList<>(List.of(from));
    Collections.shuffle(all, rnd);
    return all.subList(0, Math.min(n, all.size()));
  }

  private static Composed.Block h2(String text) {
    return new Composed.Block(2, text);
  }

  private static Composed.Block p(String text) {
    return new Composed.Block(0, text);
  }
}

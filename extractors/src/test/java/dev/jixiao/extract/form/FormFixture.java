package dev.jixiao.extract.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * 项目支出绩效自评表 laid out as the Ministry of Finance's template has it (财预〔2020〕10号, 附件2:
 * nine columns; 项目资金 and 绩效指标 label blocks of rows merged down the first column; the funds
 * header 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分; indicator rows 一级 · 二级 · 三级指标 ·
 * 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因; 总分 last), written as a web page, a Word file and a
 * spreadsheet the way each keeps merged cells: HTML and Word leave the covered cells out of a row
 * (Word keeps an empty cell where a block continues down), a sheet keeps every column.
 */
public final class FormFixture {
  /** One indicator row: names, target and actual as written, weight and score. */
  public record Indicator(String level1, String level2, String name, String target, String actual, int weight, String score, String reason) {}

  /**
   * A filled form; {@code fundScore} and {@code total} as written (a test may write them wrong).
   * {@code department}: the 部门整体支出绩效自评表 of the unit {@code name}, else a project's form.
   */
  public record Form(String name, String budget, String spent, String rate, String fundScore, List<Indicator> indicators, String total,
      boolean department, String[] carryover, Layout layout) {
    /** A project's form as its filler computes it: 10 points × the execution rate, and the sum of the scores. */
    public static Form of(String name, String budget, String spent, String rate, List<Indicator> indicators) {
      return computed(name, budget, spent, rate, indicators, false);
    }

    /** A unit's form for its whole budget, computed alike. */
    public static Form ofDepartment(String unit, String budget, String spent, String rate, List<Indicator> indicators) {
      return computed(unit, budget, spent, rate, indicators, true);
    }

    private static Form computed(String name, String budget, String spent, String rate, List<Indicator> indicators, boolean department) {
      BigDecimal fund = BigDecimal.TEN.multiply(new BigDecimal(rate)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
      BigDecimal total = fund;
      for (Indicator i : indicators) {
        total = total.add(new BigDecimal(i.score()));
      }
      return new Form(name, budget, spent, rate, fund.toPlainString(), indicators, total.toPlainString(), department, null, Layout.MINISTRY);
    }

    public Form withTotal(String value) {
      return new Form(name, budget, spent, rate, fundScore, indicators, value, department, carryover, layout);
    }

    /**
     * The funds row's 得分 written as {@code value}, and carried into 总分 as a filler who typed it
     * wrong would: the sum still holds, 分值 × 执行率 does not.
     */
    public Form withFundScore(String value) {
      String carried = new BigDecimal(total).subtract(new BigDecimal(fundScore)).add(new BigDecimal(value)).toPlainString();
      return new Form(name, budget, spent, rate, value, indicators, carried, department, carryover, layout);
    }

    public Form withRate(String value) {
      return new Form(name, budget, spent, value, fundScore, indicators, total, department, carryover, layout);
    }

    /**
     * The project's funds with a 上年结转资金 of {@code budget} and {@code spent} beside its 当年财政拨款,
     * which still says the whole of the funds: the rows under 年度资金总额 then add up to more than it.
     */
    public Form withCarryover(String budget, String spent) {
      return new Form(name, this.budget, this.spent, rate, fundScore, indicators, total, department, new String[] {budget, spent}, layout);
    }

    /** The same form laid out as {@code layout} lays it out. */
    public Form in(Layout layout) {
      return new Form(name, budget, spent, rate, fundScore, indicators, total, department, carryover, layout);
    }

    String title() {
      return layout == Layout.SICHUAN ? "部门预算项目支出绩效自评表" : department ? "部门整体支出绩效自评表" : TITLE;
    }
  }

  /**
   * How a form is laid out: the Ministry of Finance's template, or Sichuan's project form
   * (部门预算项目支出绩效自评表, its province-wide system's layout): the funds under 年度预算数（万元）
   * · 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分 · 原因, labelled 总额, then
   * 其中：财政资金, 财政专户管理资金, 单位资金, 其他资金; each target in three cells (指标性质 ≥, 指标值 98,
   * 度量单位 %) with its 完成值 a bare number; 权重 for 分值; the score in a 合计 row.
   */
  public enum Layout {
    MINISTRY,
    SICHUAN,
    /**
     * Hunan's department form (部门整体支出绩效自评表 under 预算部门、单位名称): the funds header under
     * 年度预算申请（万元）, 得分 as 自评得分, and under 年度资金总额 the funds broken down in cells of a
     * label and a figure: 按收入性质分 (the budget: 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款,
     * 其他资金) beside 按支出性质分 (the spending: 基本支出, 项目支出). A project's form in Hunan is the
     * Ministry's, so this layout is for departments only.
     */
    HUNAN
  }

  /** Indicators of a sanitation project: one of them short of its target (96% against ≥98%). */
  public static List<Indicator> indicators() {
    return List.of(
        new Indicator("产出指标", "数量指标", "保洁公厕数量", "≥30座", "32座", 20, "20", ""),
        new Indicator("产出指标", "质量指标", "保洁合格率", "≥98%", "96%", 20, "18", "个别公厕保洁不及时"),
        new Indicator("产出指标", "时效指标", "完成及时率", "100%", "100%", 10, "10", ""),
        new Indicator("效益指标", "社会效益指标", "农村人居环境改善", "有效改善", "有效改善", 20, "20", ""),
        new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 20, "20", ""));
  }

  /**
   * The form of one of guraozhen-2024's projects, with its budget, spending and rate as the report
   * states them (the sample's project table) and {@link #indicators()}.
   */
  public static Form ofSampleProject(String name) {
    try {
      for (String line : java.nio.file.Files.readAllLines(dev.jixiao.read.Samples.path("tables/guraozhen-2024-projects.csv"))) {
        String[] f = line.split(",");
        if (f.length == 5 && f[1].equals(name)) {
          return Form.of(f[1], f[2], f[3], f[4], indicators());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no project " + name + " in the sample's table");
  }

  static final String UNIT = "烈山区古饶镇人民政府";
  static final String YEAR = "（2024年度）";
  static final String TITLE = "项目支出绩效自评表";

  private FormFixture() {}

  /** The form's grid, row by row: each cell's text and how many columns and rows it spans (0 rows: covered). */
  private record Cell(String text, int cols, int rows) {
    static Cell of(String text) {
      return new Cell(text, 1, 1);
    }
  }

  private static List<List<Cell>> grid(Form f) {
    if (f.layout() == Layout.SICHUAN) {
      return sichuanGrid(f);
    }
    if (f.layout() == Layout.HUNAN) {
      return hunanGrid(f);
    }
    List<List<Cell>> g = new ArrayList<>();
    String[] parts = f.department() ? new String[] {"其中：基本支出", "项目支出", "其他资金"} : new String[] {"其中：当年财政拨款", "上年结转资金", "其他资金"};
    if (f.department()) {
      g.add(List.of(Cell.of("部门（单位）名称"), new Cell(f.name(), 8, 1)));
    } else {
      g.add(List.of(Cell.of("项目名称"), new Cell(f.name(), 8, 1)));
      g.add(List.of(Cell.of("主管部门"), new Cell(UNIT, 3, 1), new Cell("实施单位", 2, 1), new Cell("古饶镇财政所", 3, 1)));
    }
    g.add(List.of(new Cell(f.department() ? "年度部门整体支出预算执行情况（万元）" : "项目资金（万元）", 1, 5), Cell.of(""), Cell.of("年初预算数"),
        Cell.of("全年预算数"), Cell.of("全年执行数"), Cell.of("分值"), Cell.of("执行率"), new Cell("得分", 2, 1)));
    g.add(List.of(new Cell("", 1, 0), Cell.of("年度资金总额"), Cell.of(f.budget()), Cell.of(f.budget()), Cell.of(f.spent()),
        Cell.of("10"), Cell.of(f.rate() + "%"), new Cell(f.fundScore(), 2, 1)));
    for (int i = 0; i < parts.length; i++) {
      boolean all = i == 0 && !f.department(); // 当年财政拨款 is all of a project's funds here
      boolean carried = i == 1 && f.carryover() != null;
      String b = all ? f.budget() : carried ? f.carryover()[0] : "";
      String sp = all ? f.spent() : carried ? f.carryover()[1] : "";
      g.add(List.of(new Cell("", 1, 0), Cell.of(parts[i]), Cell.of(b), Cell.of(b), Cell.of(sp), Cell.of("—"), Cell.of("—"),
          new Cell("—", 2, 1)));
    }
    targetsAndIndicators(f, g);
    return g;
  }

  /** The rows from 年度总体目标 to 总分, as the Ministry's form has them. */
  private static void targetsAndIndicators(Form f, List<List<Cell>> g) {
    g.add(List.of(new Cell("年度总体目标", 1, 2), new Cell("预期目标", 4, 1), new Cell("实际完成情况", 4, 1)));
    g.add(List.of(new Cell("", 1, 0), new Cell("保障全镇农村公厕日常保洁，公厕干净整洁。", 4, 1),
        new Cell("全年完成农村公厕日常保洁，群众满意。", 4, 1)));
    List<Indicator> ind = f.indicators();
    g.add(List.of(new Cell("绩效指标", 1, ind.size() + 1), Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"),
        Cell.of("年度指标值"), Cell.of("实际完成值"), Cell.of("分值"), Cell.of("得分"), Cell.of("偏差原因分析及改进措施")));
    for (int i = 0; i < ind.size(); i++) {
      Indicator x = ind.get(i);
      int level1Rows = level1Rows(ind, i);
      List<Cell> row = new ArrayList<>();
      row.add(new Cell("", 1, 0));
      row.add(level1Rows > 0 ? new Cell(x.level1(), 1, level1Rows) : new Cell("", 1, 0));
      row.add(Cell.of(x.level2()));
      row.add(Cell.of(x.name()));
      row.add(Cell.of(x.target()));
      row.add(Cell.of(x.actual()));
      row.add(Cell.of(Integer.toString(x.weight())));
      row.add(Cell.of(x.score()));
      row.add(Cell.of(x.reason()));
      g.add(row);
    }
    g.add(List.of(new Cell("总分", 6, 1), Cell.of("100"), Cell.of(f.total()), Cell.of("")));
  }

  /**
   * Hunan's department form: the budget is all 一般公共预算 (a carryover goes to 其他资金, beside
   * funds that are already the whole), the spending 45% 基本支出 and the rest 项目支出.
   */
  private static List<List<Cell>> hunanGrid(Form f) {
    if (!f.department()) {
      throw new IllegalArgumentException("Hunan's layout is its department form; a project's form there is the Ministry's");
    }
    BigDecimal spent = new BigDecimal(f.spent());
    BigDecimal basic = spent.multiply(new BigDecimal("0.45")).setScale(2, RoundingMode.HALF_UP);
    String other = f.carryover() == null ? "" : f.carryover()[0];
    List<List<Cell>> g = new ArrayList<>();
    g.add(List.of(Cell.of("预算部门、单位名称"), new Cell(f.name(), 8, 1)));
    g.add(List.of(new Cell("年度预算申请（万元）", 1, 7), Cell.of(""), Cell.of("年初预算数"), Cell.of("全年预算数"), Cell.of("全年执行数"),
        Cell.of("分值"), Cell.of("执行率"), new Cell("自评得分", 2, 1)));
    g.add(List.of(new Cell("", 1, 0), Cell.of("年度资金总额"), Cell.of(f.budget()), Cell.of(f.budget()), Cell.of(f.spent()),
        Cell.of("10"), Cell.of(f.rate() + "%"), new Cell(f.fundScore(), 2, 1)));
    String[][] splits = {
        {"按收入性质分：" + f.budget(), "按支出性质分：" + f.spent()},
        {"其中：一般公共预算：" + f.budget(), "其中：基本支出：" + basic.toPlainString()},
        {"政府性基金拨款：", "项目支出：" + spent.subtract(basic).toPlainString()},
        {"纳入专户管理的非税收入拨款：", ""},
        {"其他资金：" + other, ""}};
    for (String[] row : splits) {
      g.add(List.of(new Cell("", 1, 0), new Cell(row[0], 3, 1), new Cell(row[1], 5, 1)));
    }
    targetsAndIndicators(f, g);
    return g;
  }

  /** How many rows the 一级指标 cell of indicator {@code i} spans: its run of rows of one 一级指标, or 0 under the run's first (covered). */
  private static int level1Rows(List<Indicator> ind, int i) {
    if (i > 0 && ind.get(i - 1).level1().equals(ind.get(i).level1())) {
      return 0;
    }
    int run = 1;
    while (i + run < ind.size() && ind.get(i + run).level1().equals(ind.get(i).level1())) {
      run++;
    }
    return run;
  }

  private static final Pattern WRITTEN_TARGET = Pattern.compile("^(≥|≤|>|<)?(\\d+(?:\\.\\d+)?)(\\D*)$");

  private static List<List<Cell>> sichuanGrid(Form f) {
    List<List<Cell>> g = new ArrayList<>();
    g.add(List.of(Cell.of("项目名称"), new Cell(f.name(), 10, 1)));
    g.add(List.of(Cell.of("主管部门"), new Cell(UNIT, 4, 1), new Cell("实施单位（盖章）", 2, 1), new Cell("古饶镇财政所", 4, 1)));
    g.add(List.of(new Cell("预算执行情况（10分）", 1, 6), Cell.of("年度预算数（万元）"), Cell.of("年初预算"), Cell.of("调整后预算数"),
        Cell.of("预算执行数"), Cell.of("预算执行率"), Cell.of("权重"), Cell.of("得分"), new Cell("原因", 3, 1)));
    g.add(List.of(new Cell("", 1, 0), Cell.of("总额"), Cell.of(f.budget()), Cell.of(f.budget()), Cell.of(f.spent()), Cell.of(f.rate() + "%"),
        Cell.of("10"), Cell.of(f.fundScore()), new Cell("预算执行率=预算执行数/调整后预算数。", 3, 5)));
    g.add(List.of(new Cell("", 1, 0), Cell.of("其中：财政资金"), Cell.of(f.budget()), Cell.of(f.budget()), Cell.of(f.spent()),
        Cell.of(f.rate() + "%"), Cell.of("/"), Cell.of("/"), new Cell("", 3, 0)));
    for (String part : new String[] {"财政专户管理资金", "单位资金"}) {
      g.add(List.of(new Cell("", 1, 0), Cell.of(part), Cell.of("0.00"), Cell.of("0.00"), Cell.of("0.00"), Cell.of("0.00%"), Cell.of("/"),
          Cell.of("/"), new Cell("", 3, 0)));
    }
    // a carryover beside funds that are already the whole goes where Sichuan's form has room for it
    String[] other = f.carryover() == null ? new String[] {"", ""} : f.carryover();
    g.add(List.of(new Cell("", 1, 0), Cell.of("其他资金"), Cell.of(other[0]), Cell.of(other[0]), Cell.of(other[1]), Cell.of(""), Cell.of("/"),
        Cell.of("/"), new Cell("", 3, 0)));
    List<Indicator> ind = f.indicators();
    g.add(List.of(new Cell("绩效指标（90分）", 1, ind.size() + 1), Cell.of("一级指标"), Cell.of("二级指标"), Cell.of("三级指标"),
        Cell.of("指标性质"), Cell.of("指标值"), Cell.of("度量单位"), Cell.of("完成值"), Cell.of("权重"), Cell.of("得分"), Cell.of("未完成原因分析")));
    for (int i = 0; i < ind.size(); i++) {
      Indicator x = ind.get(i);
      int level1Rows = level1Rows(ind, i);
      Matcher target = WRITTEN_TARGET.matcher(x.target());
      boolean quantitative = target.matches();
      String op = !quantitative ? "定性" : target.group(1) == null ? "=" : target.group(1);
      String unit = quantitative ? target.group(3) : "";
      List<Cell> row = new ArrayList<>();
      row.add(new Cell("", 1, 0));
      row.add(level1Rows > 0 ? new Cell(x.level1(), 1, level1Rows) : new Cell("", 1, 0));
      row.add(Cell.of(x.level2()));
      row.add(Cell.of(x.name()));
      row.add(Cell.of(op));
      row.add(Cell.of(quantitative ? target.group(2) : x.target()));
      row.add(Cell.of(unit));
      row.add(Cell.of(quantitative && x.actual().endsWith(unit) ? x.actual().substring(0, x.actual().length() - unit.length()) : x.actual()));
      row.add(Cell.of(Integer.toString(x.weight())));
      row.add(Cell.of(x.score()));
      row.add(Cell.of(x.reason()));
      g.add(row);
    }
    g.add(List.of(new Cell("合计", 8, 1), Cell.of("100"), Cell.of(f.total()), Cell.of("")));
    return g;
  }

  /**
   * A project's form laid out as some cities lay it out (after a city's 2020 form for a services
   * fund; the project and figures here are made up): no 分值 column, the funds row's points in its
   * score header's formula, 得分（20分*执行率）, under a 预算执行情况（万元）（20分） label; 预算数（A）,
   * 执行数（B）, 执行率（B/A）; indicators under 年初目标值（A）, 实际完成值（B）, 得分, also without 分值.
   */
  public static String formulaHeaderHtml(String budget, String spent, String rate, String fundScore, String total) {
    return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>项目自评表</title></head><body>
        <h2>2023年社区养老服务补助资金项目自评表</h2>
        <p>单位名称：区民政局　填报日期：2024年4月10日</p>
        <table border="1">
        <tr><td>项目名称</td><td colspan="6">2023年社区养老服务补助资金</td></tr>
        <tr><td>主管部门</td><td colspan="2">区民政局</td><td>项目实施单位</td><td colspan="3">区养老服务中心</td></tr>
        <tr><td rowspan="2">预算执行情况（万元）（20分）</td><td></td><td>预算数（A）</td><td>执行数（B）</td><td>执行率（B/A）</td><td colspan="2">得分（20分*执行率）</td></tr>
        <tr><td>年度财政资金总额</td><td>%s</td><td>%s</td><td>%s%%</td><td colspan="2">%s</td></tr>
        <tr><td rowspan="4">年度绩效目标（80分）</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年初目标值（A）</td><td>实际完成值（B）</td><td>得分</td></tr>
        <tr><td>产出指标（60分）</td><td>数量指标</td><td>补助养老服务站点数（个）</td><td>12</td><td>12</td><td>30</td></tr>
        <tr><td></td><td>时效指标</td><td>资金拨付及时率</td><td>≥95%%</td><td>100%%</td><td>30</td></tr>
        <tr><td>效益指标（20分）</td><td>满意度指标</td><td>老年人满意度</td><td>≥90%%</td><td>93%%</td><td>18</td></tr>
        <tr><td>总分</td><td colspan="6">%s</td></tr>
        </table></body></html>
        """.formatted(budget, spent, rate, fundScore, total);
  }

  /** A web page of the forms, one table each under its title. */
  public static String html(List<Form> forms) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + TITLE + "</title></head><body>\n");
    for (Form f : forms) {
      s.append("<h2>").append(f.title()).append("</h2>\n<p>").append(YEAR).append("</p>\n<table border=\"1\">\n");
      for (List<Cell> row : grid(f)) {
        s.append("<tr>");
        for (Cell c : row) {
          if (c.rows() == 0) {
            continue;
          }
          s.append("<td");
          if (c.cols() > 1) {
            s.append(" colspan=\"").append(c.cols()).append('"');
          }
          if (c.rows() > 1) {
            s.append(" rowspan=\"").append(c.rows()).append('"');
          }
          s.append('>').append(c.text()).append("</td>");
        }
        s.append("</tr>\n");
      }
      s.append("</table>\n");
    }
    return s.append("</body></html>\n").toString();
  }

  /**
   * Markdown of the forms as a converter writes it: a pipe table each, every cell of the grid its
   * own cell (a merged cell's text in its first, the cells it covers empty), a delimiter row under
   * the first row, short rows padded with empty cells to the table's width.
   */
  public static String markdown(List<Form> forms) {
    StringBuilder s = new StringBuilder();
    for (Form f : forms) {
      s.append("## ").append(f.title()).append("\n\n").append(YEAR).append("\n\n");
      List<List<Cell>> g = grid(f);
      int width = g.stream().mapToInt(r -> r.stream().mapToInt(Cell::cols).sum()).max().orElse(0);
      for (int r = 0; r < g.size(); r++) {
        List<String> cells = new ArrayList<>();
        for (Cell c : g.get(r)) {
          cells.add(c.rows() == 0 ? "" : c.text());
          for (int k = 1; k < c.cols(); k++) {
            cells.add("");
          }
        }
        while (cells.size() < width) {
          cells.add("");
        }
        s.append("| ").append(String.join(" | ", cells)).append(" |\n");
        if (r == 0) {
          s.append("|").append("---|".repeat(width)).append("\n");
        }
      }
      s.append("\n");
    }
    return s.toString();
  }

  public static byte[] docx(List<Form> forms) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Form f : forms) {
        doc.createParagraph().createRun().setText(f.title());
        doc.createParagraph().createRun().setText(YEAR);
        List<List<Cell>> g = grid(f);
        XWPFTable table = doc.createTable();
        for (int r = 0; r < g.size(); r++) {
          XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
          while (!row.getTableCells().isEmpty()) {
            row.removeCell(0);
          }
          for (Cell c : g.get(r)) {
            XWPFTableCell cell = row.addNewTableCell();
            cell.setText(c.text());
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            if (c.cols() > 1) {
              pr.addNewGridSpan().setVal(BigInteger.valueOf(c.cols()));
            }
            if (c.rows() > 1) {
              pr.addNewVMerge().setVal(STMerge.RESTART);
            } else if (c.rows() == 0) {
              pr.addNewVMerge(); // continues the block above
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PDF of the forms as a word processor prints them: one page each, every cell ruled on its
   * four sides (a merged cell has no lines inside it), its text wrapped inside it from the top
   * left, in the CJK font the system has (fonts-wqy-zenhei, which .ci/install-deps installs).
   */
  public static byte[] pdf(List<Form> forms) {
    float size = 9;
    float lead = 11;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.font.PDType0Font font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc,
          new org.apache.fontbox.ttf.TrueTypeCollection(new java.io.File(CJK_FONT)).getFontByName("WenQuanYiZenHei"), true);
      for (Form f : forms) {
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
        doc.addPage(page);
        try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          float top = page.getMediaBox().getHeight() - 60;
          text(cs, font, 14, 240, top, f.title());
          text(cs, font, 10, 262, top - 20, YEAR);
          top -= 40;
          List<List<Cell>> g = grid(f);
          float[] widths = f.layout() == Layout.SICHUAN ? new float[] {50, 48, 48, 64, 36, 40, 36, 40, 34, 34, 55}
              : new float[] {58, 70, 55, 70, 55, 55, 40, 40, 72};
          float[] heights = new float[g.size()];
          for (int r = 0; r < g.size(); r++) {
            int lines = 1;
            int col = 0;
            for (Cell c : g.get(r)) {
              if (c.rows() == 1) {
                lines = Math.max(lines, wrap(font, size, c.text(), span(widths, col, c.cols())).size());
              }
              col += c.cols();
            }
            heights[r] = lines * lead + 6;
          }
          float y = top;
          for (int r = 0; r < g.size(); r++) {
            float x = 40;
            int col = 0;
            for (Cell c : g.get(r)) {
              float w = span(widths, col, c.cols());
              if (c.rows() > 0) {
                float h = 0;
                for (int k = r; k < r + c.rows(); k++) {
                  h += heights[k];
                }
                cs.addRect(x, y - h, w, h);
                cs.stroke();
                float ty = y - 3 - size;
                for (String line : wrap(font, size, c.text(), w)) {
                  text(cs, font, size, x + 3, ty, line);
                  ty -= lead;
                }
              }
              x += w;
              col += c.cols();
            }
            y -= heights[r];
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

  private static float span(float[] widths, int from, int count) {
    float w = 0;
    for (int i = from; i < from + count; i++) {
      w += widths[i];
    }
    return w;
  }

  private static void text(org.apache.pdfbox.pdmodel.PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font, float size,
      float x, float y, String s) throws IOException {
    if (s.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** The cell's text in lines that fit its width, less its padding; a number is never broken. */
  private static List<String> wrap(org.apache.pdfbox.pdmodel.font.PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String piece : text.split("(?<=[^0-9.%])|(?=[^0-9.%])")) {
      if (line.length() > 0 && font.getStringWidth(line + piece) / 1000 * size > width - 6) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(piece);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Figures as numbers with the decimals shown as written, as a filler's spreadsheet has them; words as text. */
  private static void cell(Workbook wb, Row row, int col, String text) {
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d+))?(%?)").matcher(text);
    if (!m.matches()) {
      cell.setCellValue(text);
      return;
    }
    int decimals = m.group(2) == null ? 0 : m.group(2).length();
    String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    boolean percent = !m.group(3).isEmpty();
    BigDecimal value = new BigDecimal(text.replace("%", ""));
    cell.setCellValue((percent ? value.movePointLeft(2) : value).doubleValue());
    org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(percent ? format + "%" : format));
    cell.setCellStyle(style);
  }

  /** A workbook of one sheet a form, the merged blocks as merged regions. */
  public static byte[] xlsx(List<Form> forms) {
    return workbook(new XSSFWorkbook(), forms, false);
  }

  /** A workbook of one sheet with every form, one under another, a blank row between them. */
  public static byte[] xlsxOneSheet(List<Form> forms) {
    return workbook(new XSSFWorkbook(), forms, true);
  }

  /** The same as {@link #xlsx} in Excel 97's format (.xls), as older county offices still save. */
  public static byte[] xls(List<Form> forms) {
    return workbook(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), forms, false);
  }

  private static byte[] workbook(Workbook book, List<Form> forms, boolean oneSheet) {
    try (Workbook wb = book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = null;
      int top = 0;
      for (int k = 0; k < forms.size(); k++) {
        if (sheet == null || !oneSheet) {
          sheet = wb.createSheet(forms.get(k).title() + (forms.size() > 1 && !oneSheet ? Integer.toString(k + 1) : ""));
          top = 0;
        }
        sheet.createRow(top).createCell(0).setCellValue(forms.get(k).title());
        sheet.addMergedRegion(new CellRangeAddress(top, top, 0, 8));
        sheet.createRow(top + 1).createCell(0).setCellValue(YEAR);
        sheet.addMergedRegion(new CellRangeAddress(top + 1, top + 1, 0, 8));
        List<List<Cell>> g = grid(forms.get(k));
        for (int r = 0; r < g.size(); r++) {
          Row row = sheet.createRow(top + r + 2);
          int col = 0;
          for (Cell c : g.get(r)) {
            if (c.rows() != 0) {
              cell(wb, row, col, c.text());
              if (c.cols() > 1 || c.rows() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + r + 2, top + r + 2 + Math.max(1, c.rows()) - 1, col, col + c.cols() - 1));
              }
            }
            col += c.cols();
          }
        }
        top += g.size() + 3;
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

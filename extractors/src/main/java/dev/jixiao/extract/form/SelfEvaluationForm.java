package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 项目支出绩效自评表 as its cells: the form every project's self-evaluation fills in (the Ministry
 * of Finance's template, 财预〔2020〕10号), published alone, as a report's appendix, or one per sheet;
 * or the 部门整体支出绩效自评表 a unit fills in for its whole budget, laid out alike. Its rows say what
 * its cells are: 项目名称 (or 部门（单位）名称) and the name; the funds header (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分) over the 年度资金总额 row; the indicators' header (三级指标, 年度指标值,
 * 实际完成值, 分值, 得分) over one row per indicator; 总分 last. Cells the form leaves out are null.
 *
 * @param rows the form's rows: in a table, from the title rows above it to its 总分; read from lines
 *     ({@link FormLines}), a row of one cell a line
 * @param funds the 年度资金总额 row: its label and its cells by the column they fall under
 * @param headers the funds header's cells by their column (全年预算数 …)
 * @param fundParts the rows under 年度资金总额 that break it down (其中：当年财政拨款, 上年结转资金, 其他资金;
 *     a department's 基本支出, 项目支出), in a table
 * @param fundSplits the breakdowns under 年度资金总额 written as a label and its figure in one cell
 *     (按收入性质分：2030.12 over 其中：一般公共预算：1325.68 …), in a table
 * @param unit the unit the funds are in (项目资金（万元）), or null when the form names none
 */
public record SelfEvaluationForm(
    Kind kind,
    List<TableRow> rows,
    TableCell name,
    FundsRow funds,
    Map<FundColumn, TableCell> headers,
    List<FundsRow> fundParts,
    List<Split> fundSplits,
    MoneyUnit unit,
    List<Indicator> indicators,
    TableCell totalScore) {

  /**
   * A project's form (项目名称), or the department's (部门（单位）名称: 部门整体支出绩效自评表), whose
   * funds are the whole budget of the unit.
   */
  public enum Kind {
    PROJECT,
    DEPARTMENT
  }

  /** The columns of the funds rows, by the words of their header. */
  public enum FundColumn {
    INITIAL_BUDGET,
    BUDGET,
    SPENT,
    WEIGHT,
    RATE,
    SCORE;

    /**
     * The column a header names (全年预算数（A）, 执行率（B/A）…), or null. 预算 with 执行 is not the
     * budget column but the rows' label, as in 年度部门整体支出预算执行情况（万元）; 得分 or 权重 with
     * 执行率 is the score or the weight, as in 得分（20分*执行率） and 执行率权重.
     */
    public static FundColumn of(String header) {
      return header.contains("得分") ? SCORE
          : header.contains("分值") || header.contains("权重") ? WEIGHT
          : header.contains("执行率") ? RATE
          : header.contains("执行数") ? SPENT
          : header.contains("年初") && header.contains("预算") ? INITIAL_BUDGET
          : header.contains("预算") && !header.contains("执行") ? BUDGET
          : null;
    }

    /**
     * A funds header's cells by the column each heads, in the header's order: each column its first
     * cell, but of two budget cells the later, since the earlier heads the labels' column
     * (年度预算数（万元） over 总额, 其中：财政资金 …, then 年初预算 and 调整后预算数, in Sichuan's form).
     */
    static <T> Map<FundColumn, T> inHeader(List<T> cells, Function<T, String> words) {
      Map<FundColumn, Integer> at = new EnumMap<>(FundColumn.class);
      for (int i = 0; i < cells.size(); i++) {
        FundColumn column = of(words.apply(cells.get(i)));
        if (column == BUDGET) {
          at.remove(BUDGET);
        }
        if (column != null) {
          at.putIfAbsent(column, i);
        }
      }
      Map<FundColumn, T> out = new LinkedHashMap<>();
      at.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> out.put(e.getKey(), cells.get(e.getValue())));
      return out;
    }
  }

  /** A row of the funds: its label cell and its cells by the column they fall under. */
  public record FundsRow(TableCell label, Map<FundColumn, TableCell> cells) {
    public FundsRow {
      cells = Map.copyOf(cells);
    }
  }

  /**
   * A breakdown that a department's form writes one column of cells wide, each cell a label and its
   * figure: Hunan's 按收入性质分：2030.12 over 其中：一般公共预算：1325.68, 政府性基金拨款：118.82 …, and
   * beside it 按支出性质分：1925.67 over 基本支出 and 项目支出. The parts are those with a figure.
   */
  public record Split(Labelled total, List<Labelled> parts) {
    public Split {
      parts = List.copyOf(parts);
    }
  }

  /** A cell's label (without 其中 and the colon) and its figure: two spans of the one cell. */
  public record Labelled(TableCell label, TableCell figure) {}

  /**
   * One indicator row: its name (三级指标), target (年度指标值), actual (实际完成值), weight (分值) and
   * score (得分); where the form writes a target's bound and unit in cells of their own (指标性质 ≥,
   * 指标值 95, 度量单位 %, as Sichuan's form does), those cells too, else null.
   */
  public record Indicator(TableCell name, TableCell target, TableCell actual, TableCell weight, TableCell score, TableCell bound,
      TableCell unit) {}

  /** A score header's formula, 20分*执行率 (× or x for *, 分 left out), in normalised text. */
  private static final Pattern WEIGHT_TIMES_RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分?\\s*[*×xX]\\s*(?:预算)?执行率");

  public SelfEvaluationForm {
    rows = List.copyOf(rows);
    headers = Map.copyOf(headers);
    fundParts = List.copyOf(fundParts);
    fundSplits = List.copyOf(fundSplits);
    indicators = List.copyOf(indicators);
  }

  public TableCell fund(FundColumn column) {
    return funds.cells().get(column);
  }

  /** The cell that names the funds row (年度资金总额). */
  public TableCell fundsLabel() {
    return funds.label();
  }

  /** The budget: 全年预算数, which 执行率 is reckoned against; a form without that column has only 年初预算数. */
  public TableCell budget() {
    return funds.cells().containsKey(FundColumn.BUDGET) ? fund(FundColumn.BUDGET) : fund(FundColumn.INITIAL_BUDGET);
  }

  /**
   * The funds row's 分值: its cell, or, on a form without that column, the points its score header
   * reckons with (得分（20分*执行率）: 20), where the header is written.
   */
  public Quantity fundWeight(DocumentView v) {
    TableCell header = headers.get(FundColumn.SCORE);
    if (headers.containsKey(FundColumn.WEIGHT) || header == null) {
      return TableCells.number(v, fund(FundColumn.WEIGHT), null, Quantity.Kind.SCORE);
    }
    Matcher m = WEIGHT_TIMES_RATE.matcher(v.normalized(header.start(), header.end()));
    if (!m.find()) {
      return null;
    }
    int start = header.start() + m.start(1);
    int end = header.start() + m.end(1);
    return new Quantity(start, end, start, end, new BigDecimal(m.group(1)), null, Quantity.Kind.SCORE, null);
  }

  /** The funds row's 执行率. */
  public Quantity rate(DocumentView v) {
    return TableCells.number(v, fund(FundColumn.RATE), null, Quantity.Kind.PERCENT);
  }

  /** A funds cell's amount in the form's unit; null when the form names no unit or the cell holds no figure. */
  public Quantity money(DocumentView v, TableCell cell) {
    return TableCells.number(v, cell, unit, Quantity.Kind.MONEY);
  }

  /** Where the form starts and ends in the text. */
  public int start() {
    return rows.get(0).cells().get(0).start();
  }

  public int end() {
    List<TableCell> last = rows.get(rows.size() - 1).cells();
    return Math.max(start(), last.get(last.size() - 1).end());
  }

  public boolean contains(int pos) {
    return pos >= start() && pos < end();
  }
}

package dev.jixiao.extract.form;

import dev.jixiao.extract.DocumentView;
import dev.jixiao.extract.TableCells;
import dev.jixiao.extract.statement.FigureStatement;
import dev.jixiao.read.Table;
import dev.jixiao.read.TableCell;
import dev.jixiao.read.TableRow;
import dev.jixiao.record.Figure;
import dev.jixiao.record.MoneyUnit;
import dev.jixiao.text.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of what was bought or built, each row an item with its quantity, unit price and amount (建设内容 | 数量 |
 * 单价（万元） | 金额（万元）), perhaps with a 合计 row. Its cells hold bare numbers whose unit the header names, so the
 * sentence scanner reads none of them (or reads a row as one label): here each row gives its quantity, its
 * {@code 单价} and its {@code 金额} under the item's name, in the row's order, so that {@code product} checks quantity ×
 * price against the amount, and the 合计 row's amount is the whole its rows' amounts make up ({@link #linked}).
 */
public final class ItemTables {
  /** The rows before a header that may still be a title over it. */
  private static final int HEADER_WITHIN = 3;
  private static final Pattern QUANTITY = Pattern.compile("^(?:数量|工程量|建设规模|规模)(?:[(（]([^()（）]{1,3})[)）])?$");
  private static final Pattern PRICE = Pattern.compile("^(?:单价|单位价格|综合单价)(?:[(（](万元|千元|元)(?:/\\S{1,2})?[)）])?$");
  private static final Pattern AMOUNT = Pattern.compile("^(?:金额|合价|总价|资金|投资|投资额|支出|支出金额|费用)(?:[(（](万元|千元|元)[)）])?$");
  private static final Pattern NAME = Pattern.compile("内容|名称|项目|品名|事项|类别|品目");
  /** A column of the items' kinds before the column naming each item (类别 | 品名): the kind groups rows, the item names them. */
  private static final Pattern KIND = Pattern.compile("^(?:类别|类型|分类|大类|品类)$");
  /** A column giving each row's unit of count when the quantity's header gives none (数量 | 单位). */
  private static final Pattern UNIT = Pattern.compile("^(?:单位|计量单位)$");
  private static final Pattern ROW_UNIT = Pattern.compile("^\\p{IsHan}{1,3}$");

  private ItemTables() {}

  /** A table of items: where its text lies, its figures, and which amounts its 合计 and 小计 rows' amounts are the wholes of. */
  public record Found(int start, int end, List<Figure> figures, List<TableWholes.Whole> wholes) {}

  /** The tables of items in the document that hold no part of a form. */
  public static List<Found> find(DocumentView v, List<SelfEvaluationForm> forms) {
    List<Found> out = new ArrayList<>();
    for (Table t : v.document().tables()) {
      List<TableRow> rows = t.rows();
      int[] span = TableCells.span(t);
      if (span == null) {
        continue;
      }
      int start = span[0];
      int end = span[1];
      if (forms.stream().anyMatch(f -> f.contains(start) || f.contains(end - 1))) {
        continue;
      }
      Columns c = null;
      int header = 0;
      for (; header < Math.min(rows.size(), HEADER_WITHIN) && c == null; header++) {
        c = Columns.of(v, rows.get(header));
      }
      if (c != null) {
        out.add(read(v, c, rows.subList(header, rows.size()), start, end));
      }
    }
    return out;
  }

  /** The figures with each table's 合计 row's amount the whole of its rows' amounts. */
  public static List<Figure> linked(List<Found> tables, List<Figure> figures) {
    return TableWholes.linked(tables.stream().flatMap(t -> t.wholes().stream()).filter(w -> w.parts().size() >= 2).toList(), figures);
  }

  /**
   * The rows' figures. A 小计 row closes the group of items above it and is the whole of their amounts; the 合计 row is then the
   * whole of the subtotals and of any items after the last of them, else of every item.
   */
  private static Found read(DocumentView v, Columns c, List<TableRow> rows, int start, int end) {
    List<Figure> figures = new ArrayList<>();
    List<TableWholes.Whole> wholes = new ArrayList<>();
    List<Figure> group = new ArrayList<>();
    List<Figure> subtotals = new ArrayList<>();
    String groupKind = "";
    boolean totalled = false;
    for (TableRow row : rows) {
      TableCell nameCell = TableCells.at(row, c.name());
      if (nameCell == null || row.header()) {
        continue;
      }
      TableCell kindCell = c.kind() < 0 ? null : TableCells.at(row, c.kind());
      String kind = kindCell == null ? "" : TableCells.text(v, kindCell);
      String name = TableCells.text(v, nameCell);
      Quantity amount = TableCells.number(v, TableCells.at(row, c.amount()), c.amountUnit(), Quantity.Kind.MONEY);
      TableCell sumCell = sums(name) ? nameCell : sums(kind) ? kindCell : null;
      if (sumCell != null) {
        int[] span = TableCells.label(v, sumCell);
        String written = v.name(span[0], span[1]);
        if (amount == null) {
          continue;
        }
        if (TableWholes.TOTAL_ROW.matcher(TableCells.text(v, sumCell)).matches()) {
          if (!totalled) {
            totalled = true;
            Figure total = FigureStatement.figure(v, amount, written, null);
            figures.add(total);
            List<Figure> parts = new ArrayList<>(subtotals);
            parts.addAll(group);
            wholes.add(new TableWholes.Whole(total, parts));
          }
        } else {
          // a bare 小计 is named for its group's kind (防护用品小计), so that two groups' subtotals are not one figure twice
          Figure subtotal = FigureStatement.figure(v, amount, written.equals("小计") ? groupKind + written : written, null);
          figures.add(subtotal);
          wholes.add(new TableWholes.Whole(subtotal, List.copyOf(group)));
          subtotals.add(subtotal);
          group.clear();
        }
        continue;
      }
      if (name.isEmpty()) {
        continue;
      }
      if (!kind.isEmpty()) {
        groupKind = kind;
      }
      int[] span = TableCells.label(v, nameCell);
      String written = v.name(span[0], span[1]);
      String rowUnit = c.quantityUnit();
      if (rowUnit == null && c.unit() >= 0 && TableCells.at(row, c.unit()) != null) {
        String u = TableCells.text(v, TableCells.at(row, c.unit()));
        rowUnit = ROW_UNIT.matcher(u).matches() ? u : null;
      }
      Quantity quantity = quantity(v, TableCells.at(row, c.quantity()), rowUnit);
      Quantity price = TableCells.number(v, TableCells.at(row, c.price()), c.priceUnit(), Quantity.Kind.MONEY);
      if (quantity != null) {
        figures.add(FigureStatement.figure(v, quantity, written, null));
      }
      if (price != null) {
        figures.add(FigureStatement.figure(v, price, written + "单价", null));
      }
      if (amount != null) {
        Figure f = FigureStatement.figure(v, amount, written + "金额", null);
        figures.add(f);
        group.add(f);
      }
    }
    return new Found(start, end, figures, wholes);
  }

  /** A quantity cell: a count with its unit written (35套), or a bare whole number in the header's unit. */
  private static Quantity quantity(DocumentView v, TableCell cell, String headerUnit) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    List<Quantity> written = v.quantitiesIn(cell.start(), cell.end());
    if (written.size() == 1 && written.get(0).kind() == Quantity.Kind.COUNT && written.get(0).op() == null) {
      return written.get(0);
    }
    Quantity bare = headerUnit == null ? null : TableCells.number(v, cell, null, Quantity.Kind.COUNT);
    return bare == null || bare.value().scale() > 0 ? null
        : new Quantity(bare.start(), bare.end(), bare.numberStart(), bare.numberEnd(), bare.value(), headerUnit, Quantity.Kind.COUNT, null);
  }

  /** Whether a row's name says it sums rows above it: 合计, 小计. */
  private static boolean sums(String name) {
    return TableWholes.TOTAL_ROW.matcher(name).matches() || TableWholes.SUBTOTAL_ROW.matcher(name).matches();
  }

  /** A header cell's words, its spaces left out (单 价 for 单价). */
  private static String header(DocumentView v, TableRow row, int column) {
    return TableCells.text(v, row.cell(column)).replaceAll("\\s", "");
  }

  /**
   * Where a header row names the item, its quantity, its unit price and its amount, each money column with its unit; and, if
   * it has them, the items' kinds and units of count (-1 when it has not).
   */
  private record Columns(int name, int kind, int quantity, String quantityUnit, int unit, int price, MoneyUnit priceUnit, int amount,
      MoneyUnit amountUnit) {
    static Columns of(DocumentView v, TableRow row) {
      int name = -1;
      int kind = -1;
      int unit = -1;
      int quantity = -1;
      int price = -1;
      int amount = -1;
      String quantityUnit = null;
      MoneyUnit priceUnit = null;
      MoneyUnit amountUnit = null;
      for (int i = 0; i < row.cells().size(); i++) {
        String h = header(v, row, i);
        Matcher m;
        if ((m = QUANTITY.matcher(h)).matches() && quantity < 0) {
          quantity = i;
          quantityUnit = m.group(1);
        } else if ((m = PRICE.matcher(h)).matches() && price < 0) {
          price = i;
          priceUnit = m.group(1) == null ? null : MoneyUnit.of(m.group(1));
        } else if ((m = AMOUNT.matcher(h)).matches() && amount < 0) {
          amount = i;
          amountUnit = m.group(1) == null ? null : MoneyUnit.of(m.group(1));
        } else if (UNIT.matcher(h).matches() && unit < 0) {
          unit = i;
        } else if (NAME.matcher(h).find() && (name < 0 || kind < 0 && KIND.matcher(header(v, row, name)).matches())) {
          kind = name;
          name = i;
        }
      }
      boolean whole = name >= 0 && quantity >= 0 && price >= 0 && amount >= 0 && priceUnit != null && amountUnit != null;
      return whole ? new Columns(name, kind, quantity, quantityUnit, unit, price, priceUnit, amount, amountUnit) : null;
    }
  }
}

package dev.jixiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts written as bare numbers under a line that declares their unit, as a report copies a
 * table's figures into text: "（单位：万元）" then "年初预算：1,234.56；调整后预算：1,300.00" or a rate's
 * formula "预算执行率=1,250.00÷1,300.00×100%=96.15%". Only a number after a label's colon, or one
 * side of a division, is read so, up to the next heading: other bare numbers under the line (a
 * table's columns, ordinals, years) are no amounts.
 */
public final class DeclaredUnits {
  /** A line that ends with the unit's declaration, alone or after a title: （单位：万元）, 表1 收支情况（单位:元）. */
  private static final Pattern DECLARATION = Pattern.compile("^[^:;。]{0,40}?[(]?(?:金额)?单位[ ]*:[ ]*(万元|千元|元|亿元)[ ]*[)]?[ ]*$");
  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  /** A number after a label's colon, ending its clause: 年初预算:1,234.56; */
  private static final Pattern AFTER_COLON =
      Pattern.compile("(?<=\\p{IsHan}[ ]?:[ ]?)(" + NUMBER + ")(?=[ ]*(?:[,;。]|$))", Pattern.MULTILINE);
  /** Fields whose numbers are no amounts though a unit is declared above them: 年度:2024, 编号:3, 联系电话:…. */
  private static final Pattern NOT_AN_AMOUNT = Pattern.compile("(?:年度|年份|年|编号|序号|电话|日期|代码|页码|人数|个数)[ ]?:[ ]?$");
  /** Either side of a division: 1,250.00÷1,300.00, 50.00/1,300.00 (not a rate per 10万 people: 205.36/10万). */
  private static final Pattern DIVISION =
      Pattern.compile("(?<![\\d.,/])(" + NUMBER + ")[ ]*[÷/][ ]*(" + NUMBER + ")(?![\\d.,%/万千百亿])");

  private DeclaredUnits() {}

  /** The bare amounts under each declaration of the text, in order. */
  public static List<Quantity> scan(String text, Layout layout) {
    List<Quantity> out = new ArrayList<>();
    if (!text.contains("单位")) {
      return out;
    }
    List<Line> lines = layout.lines();
    String[] declared = new String[lines.size()];
    for (int l = 0; l < lines.size(); l++) {
      declared[l] = unitDeclared(layout.content(lines.get(l)));
    }
    for (int l = 0; l < lines.size(); l++) {
      String unit = declared[l];
      if (unit == null) {
        continue;
      }
      int from = lines.get(l).end();
      int to = text.length();
      for (int next = l + 1; next < lines.size(); next++) {
        // a heading ends what the declaration covers, and so does the next declaration, which covers what follows it
        if (lines.get(next).isHeading() || declared[next] != null) {
          to = lines.get(next).start();
          break;
        }
      }
      List<Quantity> found = new ArrayList<>();
      Matcher colon = AFTER_COLON.matcher(text).region(from, to);
      while (colon.find()) {
        if (!NOT_AN_AMOUNT.matcher(text).region(Math.max(from, colon.start() - 6), colon.start()).find()) {
          found.add(amount(colon, 1, unit));
        }
      }
      Matcher division = DIVISION.matcher(text).region(from, to);
      while (division.find()) {
        found.add(amount(division, 1, unit));
        found.add(amount(division, 2, unit));
      }
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (Quantity q : found) {
        if (out.isEmpty() || out.get(out.size() - 1).start() != q.start()) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /** The unit a line declares, or null. */
  private static String unitDeclared(String content) {
    // the pattern's lazy lead tries every length up to 40 on every line before it fails
    if (!content.contains("单位")) {
      return null;
    }
    Matcher m = DECLARATION.matcher(content);
    return m.matches() ? m.group(1) : null;
  }

  private static Quantity amount(Matcher m, int group, String unit) {
    int start = m.start(group);
    int end = m.end(group);
    return new Quantity(start, end, start, end, Numbers.parse(m.group(group)), unit, Quantity.Kind.MONEY, null);
  }
}

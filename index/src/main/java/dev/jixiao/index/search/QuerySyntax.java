package dev.jixiao.index.search;

import dev.jixiao.index.Fields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the search syntax (docs/search.md): free text, {@code field:value} filters,
 * {@code figure:>N} ranges, {@code type:}, {@code sort:}. Parts are separated by spaces (also
 * the ideographic space); {@code "…"} or {@code “…”} quote a phrase or a value with spaces; a
 * leading {@code -} excludes. A part whose prefix is not a known field is free text.
 */
public final class QuerySyntax {
  /** Longest query accepted, in characters. */
  public static final int MAX_LENGTH = 1000;
  /** Most parts in one query. */
  public static final int MAX_PARTS = 64;

  private static final Map<String, String> KEYWORD_FIELDS = new LinkedHashMap<>();
  private static final List<String> FIGURES = Fields.FIGURES;

  static {
    for (String f : List.of(Fields.UNIT, Fields.TOWNSHIP, Fields.COUNTY, Fields.CITY, Fields.PROVINCE, Fields.YEAR,
        Fields.KIND, Fields.GRADE, Fields.RULE, Fields.SEVERITY, Fields.TYPE, Fields.STATUS, Fields.FILE, Fields.ID)) {
      KEYWORD_FIELDS.put(f, f);
    }
    KEYWORD_FIELDS.put("report", Fields.REPORT_ID);
    KEYWORD_FIELDS.put("code", Fields.DIVISION_CODE);
  }

  private QuerySyntax() {}

  public static ParsedQuery parse(String query) {
    if (query == null) {
      query = "";
    }
    if (query.length() > MAX_LENGTH) {
      throw new QuerySyntaxException("the query has " + query.length() + " characters; at most " + MAX_LENGTH);
    }
    List<ParsedQuery.TextPart> text = new ArrayList<>();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    Map<String, List<String>> excluded = new LinkedHashMap<>();
    List<ParsedQuery.Range> ranges = new ArrayList<>();
    SortSpec sort = null;
    List<Part> parts = split(query);
    if (parts.size() > MAX_PARTS) {
      throw new QuerySyntaxException("the query has " + parts.size() + " parts; at most " + MAX_PARTS);
    }
    for (Part p : parts) {
      String s = p.text;
      boolean negated = false;
      if (s.startsWith("-") && s.length() > 1 && !p.quotedWhole) {
        negated = true;
        s = s.substring(1);
      }
      int colon = p.quotedWhole ? -1 : indexOfColon(s);
      String field = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : null;
      String value = colon > 0 ? unquote(s.substring(colon + 1)) : null;
      if (field != null && field.equals("sort")) {
        sort = SortSpec.parse(value);
      } else if (field != null && FIGURES.contains(field)) {
        if (negated) {
          throw new QuerySyntaxException("a range cannot be excluded: -" + s + "; write the opposite range");
        }
        ranges.add(range(field, value));
      } else if (field != null && field.equals(Fields.YEAR) && isComparison(value)) {
        if (negated) {
          throw new QuerySyntaxException("a range cannot be excluded: -" + s);
        }
        ranges.add(range(field, value));
      } else if (field != null && KEYWORD_FIELDS.containsKey(field)) {
        if (value.isEmpty()) {
          throw new QuerySyntaxException("no value after " + field + ":");
        }
        String f = KEYWORD_FIELDS.get(field);
        (negated ? excluded : filters).computeIfAbsent(f, k -> new ArrayList<>()).add(keyword(f, value));
      } else {
        String t = p.quotedWhole ? p.text : unquote(s);
        if (!t.isBlank()) {
          text.add(new ParsedQuery.TextPart(t, p.quotedWhole || p.quoted, negated));
        }
      }
    }
    return new ParsedQuery(List.copyOf(text), filters, excluded, List.copyOf(ranges), sort);
  }

  /** A keyword value in its indexed form: ids in lower case, Chinese aliases of kind and type. */
  static String keyword(String field, String value) {
    String v = value.strip();
    switch (field) {
      case Fields.KIND:
        return switch (v) {
          case "部门整体支出", "整体支出", "部门整体" -> "department_overall";
          case "项目支出", "项目" -> "project";
          case "专项资金", "专项" -> "special_fund";
          default -> v.toLowerCase(Locale.ROOT);
        };
      case Fields.TYPE:
        return switch (v) {
          case "报告" -> Fields.TYPE_REPORT;
          case "项目" -> Fields.TYPE_PROJECT;
          default -> {
            String t = v.toLowerCase(Locale.ROOT);
            if (!t.equals(Fields.TYPE_REPORT) && !t.equals(Fields.TYPE_PROJECT)) {
              throw new QuerySyntaxException("type must be report or project: " + v);
            }
            yield t;
          }
        };
      case Fields.SEVERITY, Fields.STATUS, Fields.RULE, Fields.ID, Fields.REPORT_ID:
        return v.toLowerCase(Locale.ROOT);
      case Fields.YEAR:
        if (!v.matches("\\d{4}")) {
          throw new QuerySyntaxException("year must be four digits, or a range (year:>=2023, year:2023..2024): " + v);
        }
        return v;
      default:
        return v;
    }
  }

  private static boolean isComparison(String v) {
    return v.startsWith(">") || v.startsWith("<") || v.startsWith("≥") || v.startsWith("≤") || v.contains("..");
  }

  static ParsedQuery.Range range(String field, String value) {
    String v = value.strip();
    try {
      if (v.contains("..")) {
        int i = v.indexOf("..");
        String lo = v.substring(0, i).strip();
        String hi = v.substring(i + 2).strip();
        return new ParsedQuery.Range(field, lo.isEmpty() ? null : number(field, lo), true,
            hi.isEmpty() ? null : number(field, hi), true);
      }
      if (v.startsWith(">=") || v.startsWith("≥")) {
        return new ParsedQuery.Range(field, number(field, v.substring(v.startsWith("≥") ? 1 : 2)), true, null, false);
      }
      if (v.startsWith("<=") || v.startsWith("≤")) {
        return new ParsedQuery.Range(field, null, false, number(field, v.substring(v.startsWith("≤") ? 1 : 2)), true);
      }
      if (v.startsWith(">")) {
        return new ParsedQuery.Range(field, number(field, v.substring(1)), false, null, false);
      }
      if (v.startsWith("<")) {
        return new ParsedQuery.Range(field, null, false, number(field, v.substring(1)), false);
      }
      double x = number(field, v.startsWith("=") ? v.substring(1) : v);
      return new ParsedQuery.Range(field, x, true, x, true);
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException("not a number in " + field + ":" + value
          + " (write e.g. " + field + ":>100, " + field + ":<=50, " + field + ":10..20)");
    }
  }

  /** A number in the field's unit: money in 万元 (元, 千元 and 亿元 are converted), rates in %. */
  static double number(String field, String s) {
    String t = s.strip().replace(",", "").replace("，", "");
    BigDecimal factor = BigDecimal.ONE;
    if (field.equals(Fields.BUDGET) || field.equals(Fields.EXPENDITURE)) {
      if (t.endsWith("万元") || t.endsWith("万")) {
        t = t.substring(0, t.length() - (t.endsWith("万元") ? 2 : 1));
      } else if (t.endsWith("亿元") || t.endsWith("亿")) {
        t = t.substring(0, t.length() - (t.endsWith("亿元") ? 2 : 1));
        factor = new BigDecimal("10000");
      } else if (t.endsWith("千元")) {
        t = t.substring(0, t.length() - 2);
        factor = new BigDecimal("0.1");
      } else if (t.endsWith("元")) {
        t = t.substring(0, t.length() - 1);
        factor = new BigDecimal("0.0001");
      }
    } else if (field.equals(Fields.RATE)) {
      t = t.endsWith("%") || t.endsWith("％") ? t.substring(0, t.length() - 1) : t;
    } else if (field.equals(Fields.SCORE)) {
      t = t.endsWith("分") ? t.substring(0, t.length() - 1) : t;
    } else if (field.equals(Fields.YEAR)) {
      t = t.endsWith("年") ? t.substring(0, t.length() - 1) : t;
    }
    return new BigDecimal(t.strip()).multiply(factor).doubleValue();
  }

  private static int indexOfColon(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '：') {
        return i;
      }
      if (c == '"' || c == '“') {
        return -1;
      }
    }
    return -1;
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("“") && t.endsWith("”"))) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private record Part(String text, boolean quoted, boolean quotedWhole) {}

  /** Splits at unquoted spaces; a part that is wholly quoted is a phrase. */
  private static List<Part> split(String q) {
    List<Part> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean inQuote = false;
    boolean sawQuote = false;
    boolean whole = false;
    char close = '"';
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (inQuote) {
        if (c == close) {
          inQuote = false;
          if (whole) {
            // "…" ends the part unless it is a field value (county:"…")
            continue;
          }
          cur.append(c);
        } else {
          cur.append(c);
        }
        continue;
      }
      if (c == '"' || c == '“') {
        inQuote = true;
        sawQuote = true;
        close = c == '"' ? '"' : '”';
        if (cur.length() == 0 || cur.toString().equals("-")) {
          whole = true;
        } else {
          cur.append(c);
        }
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u3000') {
        flush(parts, cur, sawQuote, whole);
        sawQuote = false;
        whole = false;
        continue;
      }
      cur.append(c);
    }
    if (inQuote) {
      throw new QuerySyntaxException("a quote is not closed: " + q);
    }
    flush(parts, cur, sawQuote, whole);
    return parts;
  }

  private static void flush(List<Part> parts, StringBuilder cur, boolean quoted, boolean whole) {
    if (cur.length() > 0 || whole) {
      String t = cur.toString();
      if (whole && t.startsWith("-")) {
        // -"…": an excluded phrase
        parts.add(new Part("-" + t.substring(1), true, false));
      } else {
        parts.add(new Part(t, quoted, whole));
      }
    }
    cur.setLength(0);
  }
}

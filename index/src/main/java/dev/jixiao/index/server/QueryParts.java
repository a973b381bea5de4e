package dev.jixiao.index.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query string as its space-separated parts, the way {@code QuerySyntax} splits it (quotes keep
 * spaces), so the server can drop or add one filter without reparsing: an export of "reports"
 * replaces any {@code type:} part, the severity facet is counted without the query's own
 * {@code severity:} parts. The page does the same in {@code query.js}.
 */
final class QueryParts {
  private QueryParts() {}

  /** The parts, each as written (quotes kept). */
  static List<String> split(String q) {
    List<String> parts = new ArrayList<>();
    if (q == null) {
      return parts;
    }
    StringBuilder cur = new StringBuilder();
    char close = 0;
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      if (close != 0) {
        cur.append(c);
        if (c == close) {
          close = 0;
        }
        continue;
      }
      if (c == '"' || c == '“') {
        close = c == '"' ? '"' : '”';
        cur.append(c);
      } else if (Character.isWhitespace(c) || c == '\u3000') {
        if (cur.length() > 0) {
          parts.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      parts.add(cur.toString());
    }
    return parts;
  }

  /** The field a part filters on ({@code county} for {@code -county:"X"}), or null for free text. */
  static String field(String part) {
    String p = part.startsWith("-") ? part.substring(1) : part;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == ':' || c == '：') {
        return i == 0 ? null : p.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (c == '"' || c == '“') {
        return null;
      }
    }
    return null;
  }

  /** The query without the parts that filter on {@code field}. */
  static String without(String q, String field) {
    List<String> keep = new ArrayList<>();
    for (String p : split(q)) {
      if (!field.equals(field(p))) {
        keep.add(p);
      }
    }
    return String.join(" ", keep);
  }

  /** The query with one more part. */
  static String and(String q, String part) {
    return q == null || q.isBlank() ? part : q.strip() + " " + part;
  }
}

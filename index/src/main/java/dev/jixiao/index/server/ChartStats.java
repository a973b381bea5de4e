package dev.jixiao.index.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the page's charts show, over the reports of a result set (a project hit stands for its
 * report): each report's execution rate, its findings by rule and severity, and its budget and
 * spending summed by township and by year. Reports are read from their stored records.
 *
 * <p>One report is often ingested in several formats (the samples have each in .txt, .pdf, .docx
 * …); copies with the same unit, year, kind, totals and findings are counted once ({@code
 * copies} says how many there were), so sums are not multiplied by the number of formats.
 *
 * <p>Bounded: at most {@link #MAX_HITS} hits are scanned and {@link #MAX_REPORTS} reports read;
 * {@code capped} says when the result set was larger.
 */
final class ChartStats {
  static final int MAX_HITS = 10_000;
  static final int MAX_REPORTS = 500;
  private static final BigDecimal WAN = new BigDecimal("10000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private ChartStats() {}

  /** A report as the charts see it. */
  private record Rep(String id, String label, String township, Integer year, String kind, BigDecimal budget,
      BigDecimal expenditure, BigDecimal rate, boolean rateDerived, List<String[]> findings, String key) {}

  private static final class Sum {
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal expenditure = BigDecimal.ZERO;
    int reports;
    int withBudget;
    int withExpenditure;
  }

  static ObjectNode compute(ReportSearcher searcher, String query, ObjectMapper json) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    long total = 0;
    int scanned = 0;
    boolean capped = false;
    for (int offset = 0; offset < MAX_HITS && ids.size() < MAX_REPORTS; offset += SearchRequest.MAX_LIMIT) {
      SearchResult r = searcher.search(new SearchRequest(query, null, offset, SearchRequest.MAX_LIMIT, false, 0));
      total = r.total();
      for (SearchResult.Hit h : r.hits()) {
        scanned++;
        if (ids.size() >= MAX_REPORTS) {
          capped = true;
          break;
        }
        ids.add(h.reportId());
      }
      if (r.hits().size() < SearchRequest.MAX_LIMIT) {
        break;
      }
    }
    capped |= scanned < total;

    Map<String, Rep> distinct = new LinkedHashMap<>();
    Map<String, Integer> copies = new LinkedHashMap<>();
    for (String id : ids) {
      Optional<String> stored = searcher.report(id, false);
      if (stored.isEmpty()) {
        continue;
      }
      Rep rep = rep(id, json.readTree(stored.get()).get("record"));
      distinct.putIfAbsent(rep.key, rep);
      copies.merge(rep.key, 1, Integer::sum);
    }

    ObjectNode out = json.createObjectNode();
    out.put("query", query);
    out.put("hits", total);
    out.put("scanned", scanned);
    out.put("reports", ids.size());
    out.put("distinct", distinct.size());
    out.put("capped", capped);

    ArrayNode units = out.putArray("units");
    Map<String, int[]> rules = new TreeMap<>();
    Map<String, Sum> townships = new LinkedHashMap<>();
    Map<Integer, Sum> years = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    for (Rep r : distinct.values()) {
      ObjectNode u = units.addObject();
      u.put("reportId", r.id);
      u.put("label", r.label);
      if (r.year != null) {
        u.put("year", r.year);
      } else {
        u.putNull("year");
      }
      u.put("kind", r.kind);
      u.put("rate", plain(r.rate));
      u.put("rateDerived", r.rateDerived);
      u.put("budget", plain(r.budget));
      u.put("expenditure", plain(r.expenditure));
      u.put("copies", copies.get(r.key));
      for (String[] f : r.findings) {
        int[] c = rules.computeIfAbsent(f[0], k -> new int[3]);
        c[switch (f[1]) {
          case "error" -> 0;
          case "warning" -> 1;
          default -> 2;
        }]++;
      }
      add(townships.computeIfAbsent(r.township, k -> new Sum()), r);
      add(years.computeIfAbsent(r.year, k -> new Sum()), r);
    }

    ArrayNode rs = out.putArray("rules");
    rules.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1] + e.getValue()[2]))
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> rs.addObject().put("rule", e.getKey()).put("error", e.getValue()[0])
            .put("warning", e.getValue()[1]).put("info", e.getValue()[2]));
    sums(out.putArray("townships"), "township", townships);
    Map<String, Sum> byYear = new LinkedHashMap<>();
    years.forEach((y, s) -> byYear.put(y == null ? null : y.toString(), s));
    sums(out.putArray("years"), "year", byYear);
    return out;
  }

  private static void add(Sum s, Rep r) {
    s.reports++;
    if (r.budget != null) {
      s.budget = s.budget.add(r.budget);
      s.withBudget++;
    }
    if (r.expenditure != null) {
      s.expenditure = s.expenditure.add(r.expenditure);
      s.withExpenditure++;
    }
  }

  private static void sums(ArrayNode a, String name, Map<String, Sum> m) {
    m.forEach((k, s) -> {
      ObjectNode o = a.addObject();
      o.put(name, k);
      o.put("budget", s.withBudget == 0 ? null : plain(s.budget));
      o.put("expenditure", s.withExpenditure == 0 ? null : plain(s.expenditure));
      o.put("reports", s.reports);
      o.put("withBudget", s.withBudget);
      o.put("withExpenditure", s.withExpenditure);
    });
  }

  private static Rep rep(String id, JsonNode r) {
    JsonNode u = r.path("unit");
    String township = text(u, "township");
    String place = township != null ? township : text(u, "name") != null ? text(u, "name") : text(u, "county");
    String label = place == null ? "（单位未识别）" : place;
    Integer year = r.path("fiscalYear").isInt() ? r.get("fiscalYear").asInt() : null;
    String kind = text(r, "reportKind");
    JsonNode t = r.path("totals");
    BigDecimal budget = wan(t.path("budget"));
    BigDecimal expenditure = wan(t.path("expenditure"));
    BigDecimal rate = null;
    boolean derived = false;
    if (t.path("executionRate").hasNonNull("value")) {
      rate = new BigDecimal(t.get("executionRate").get("value").asText());
    } else if (budget != null && expenditure != null && budget.signum() > 0) {
      rate = expenditure.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
      derived = true;
    }
    List<String[]> findings = new ArrayList<>();
    StringBuilder fkey = new StringBuilder();
    for (JsonNode f : r.path("findings")) {
      String rule = text(f, "rule");
      if (rule != null) {
        String sev = text(f, "severity") == null ? "info" : text(f, "severity");
        findings.add(new String[] {rule, sev});
        fkey.append(rule).append('/').append(sev).append(',');
      }
    }
    String key = String.join("|", label, String.valueOf(year), String.valueOf(kind), String.valueOf(plain(budget)),
        String.valueOf(plain(expenditure)), String.valueOf(plain(rate)), fkey);
    return new Rep(id, label, township == null ? label : township, year, kind, budget, expenditure, rate, derived,
        findings, key);
  }

  private static BigDecimal wan(JsonNode money) {
    return money.hasNonNull("yuan") ? new BigDecimal(money.get("yuan").asText()).divide(WAN) : null;
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String plain(BigDecimal v) {
    if (v == null) {
      return null;
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}

package dev.jixiao.gold;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a record with a gold record of {@code corpus-samples/expected/} field by field, as
 * that folder's README defines: scalars exactly, amounts by value and unit, projects entry by
 * entry in order, figures as a minimum set (value, unit and comparison exact; label loosely;
 * （目标）/（实际） in a gold label require that role). Findings belong to the cross-check tests.
 */
public final class GoldComparator {

  /** What matched and what did not, for one record. */
  public static final class Tally {
    private int matched;
    private int total;
    private final List<String> misses = new ArrayList<>();

    void check(String what, boolean ok, String detail) {
      total++;
      if (ok) {
        matched++;
      } else {
        misses.add(what + ": " + detail);
      }
    }

    public int matched() {
      return matched;
    }

    public int total() {
      return total;
    }

    public List<String> misses() {
      return misses;
    }

    public boolean allMatched() {
      return matched == total;
    }
  }

  private GoldComparator() {}

  /** The fields of one area ("unit", "year", "kind", "title", "date", "totals", "score", "grades", "projects", "figures"). */
  public static Tally compare(JsonNode gold, Report record, Set<String> areas) {
    return compare(gold, (JsonNode) RecordJson.mapper().valueToTree(record.withoutText()), areas);
  }

  /** The same, for a record in its JSON form (as the CLI prints it). */
  public static Tally compare(JsonNode gold, JsonNode rec, Set<String> areas) {
    Tally t = new Tally();
    if (areas.contains("title")) {
      scalar(t, "title", gold.get("title"), rec.get("title"));
    }
    if (areas.contains("year")) {
      scalar(t, "fiscalYear", gold.get("fiscalYear"), rec.get("fiscalYear"));
    }
    if (areas.contains("date")) {
      scalar(t, "publishedDate", gold.get("publishedDate"), rec.get("publishedDate"));
    }
    if (areas.contains("kind")) {
      scalar(t, "reportKind", gold.get("reportKind"), rec.get("reportKind"));
    }
    if (areas.contains("unit")) {
      unit(t, gold.get("unit"), rec.get("unit"));
    }
    if (areas.contains("totals")) {
      totals(t, gold.get("totals"), rec);
    }
    if (areas.contains("score")) {
      score(t, gold.get("score"), rec.get("score"));
    }
    if (areas.contains("grades")) {
      grades(t, gold.get("gradeDistribution"), rec.get("gradeDistribution"));
    }
    if (areas.contains("projects")) {
      projects(t, gold.get("projects"), rec.get("projects"));
    }
    if (areas.contains("figures")) {
      figures(t, gold.get("figures"), rec.get("figures"));
    }
    return t;
  }

  public static final Set<String> ALL_BUT_FINDINGS =
      Set.of("title", "year", "date", "kind", "unit", "totals", "score", "grades", "projects", "figures");

  /** The fields the formats must agree on (the title and date of a web page may differ). */
  public static final Set<String> CORE = Set.of("unit", "year", "kind", "totals", "score", "grades", "projects");

  private static void scalar(Tally t, String what, JsonNode gold, JsonNode rec) {
    String g = text(gold);
    String r = text(rec);
    t.check(what, g == null ? r == null : g.equals(r), "want " + g + " got " + r);
  }

  private static void unit(Tally t, JsonNode gold, JsonNode rec) {
    if (gold == null || gold.isNull()) {
      return;
    }
    rec = rec == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : rec;
    for (String k : List.of("name", "township", "county", "city", "province", "divisionCode")) {
      scalar(t, "unit." + k, gold.get(k), rec.get(k));
    }
    JsonNode gc = gold.get("candidates");
    if (gc != null && gc.size() > 0) {
      Set<String> want = new HashSet<>();
      gc.forEach(c -> want.add(c.get("divisionCode").asText()));
      Set<String> got = new HashSet<>();
      if (rec.get("candidates") != null) {
        rec.get("candidates").forEach(c -> got.add(c.get("divisionCode").asText()));
      }
      t.check("unit.candidates", want.equals(got), "want " + want + " got " + got);
    }
  }

  private static void totals(Tally t, JsonNode gold, JsonNode rec) {
    JsonNode rt = rec.get("totals");
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      JsonNode g = e.getValue();
      boolean fixed = List.of("projectCount", "budget", "expenditure", "executionRate").contains(k);
      if (fixed) {
        t.check("totals." + k, sameQuantity(g, rt.get(k)), "want " + g + " got " + brief(rt.get(k)));
      } else if (!g.isNull()) {
        boolean found = sameQuantity(g, rt.get(k));
        for (JsonNode f : rec.get("figures")) {
          found |= sameQuantity(g, f);
        }
        t.check("totals." + k + " (in totals or figures)", found, "want " + g);
      }
    }
  }

  private static void score(Tally t, JsonNode gold, JsonNode rec) {
    boolean recHasTotal = rec != null && !rec.isNull() && rec.get("total") != null && !rec.get("total").isNull();
    if (gold == null || gold.isNull()) {
      t.check("score", !recHasTotal && (rec == null || rec.isNull() || rec.get("components").isEmpty()),
          "want no score, got " + brief(rec));
      return;
    }
    t.check("score.total", recHasTotal && decimalEquals(gold.get("total"), rec.get("total").get("value")),
        "want " + gold.get("total") + " got " + brief(rec));
    scalar(t, "score.grade", gold.get("grade"), rec == null ? null : rec.get("grade"));
    JsonNode gc = gold.get("components");
    JsonNode rc = rec == null ? null : rec.get("components");
    t.check("score.components.size", rc != null && rc.size() == gc.size(), "want " + gc.size() + " got " + brief(rc));
    for (int i = 0; i < gc.size(); i++) {
      JsonNode r = rc != null && i < rc.size() ? rc.get(i) : null;
      boolean ok = r != null && text(gc.get(i).get("name")).equals(text(r.get("name")))
          && decimalEquals(gc.get(i).get("score"), r.get("score").get("value"));
      t.check("score.components[" + i + "]", ok, "want " + gc.get(i) + " got " + brief(r));
    }
  }

  private static void grades(Tally t, JsonNode gold, JsonNode rec) {
    t.check("gradeDistribution.size", rec.size() == gold.size(), "want " + gold.size() + " got " + rec.size());
    for (int i = 0; i < gold.size(); i++) {
      JsonNode g = gold.get(i);
      JsonNode r = i < rec.size() ? rec.get(i) : null;
      boolean ok = r != null && text(g.get("grade")).equals(text(r.get("grade"))) && g.get("count").asInt() == r.get("count").get("value").asInt()
          && (g.get("percent").isNull() ? r.get("percent").isNull() : decimalEquals(g.get("percent"), r.get("percent").get("value")));
      t.check("grade[" + i + "] " + text(g.get("grade")), ok, "want " + g + " got " + brief(r));
    }
  }

  private static void projects(Tally t, JsonNode gold, JsonNode rec) {
    t.check("projects.size", rec.size() == gold.size(), "want " + gold.size() + " got " + rec.size());
    int goldGroups = 0;
    int recGroups = 0;
    for (int i = 0; i < gold.size(); i++) {
      JsonNode g = gold.get(i);
      goldGroups += g.get("groupSize").asInt(1);
      JsonNode r = i < rec.size() ? rec.get(i) : null;
      String tag = "project[" + i + "] " + text(g.get("name"));
      if (r == null) {
        t.check(tag, false, "missing");
        continue;
      }
      recGroups += r.get("groupSize").asInt();
      t.check(tag + " name", strip(text(g.get("name"))).equals(strip(text(r.get("name")))), "got " + text(r.get("name")));
      scalar(t, tag + " seq", g.get("seq"), r.get("seq"));
      t.check(tag + " budget", sameQuantity(g.get("budget"), r.get("budget")), "want " + g.get("budget") + " got " + brief(r.get("budget")));
      t.check(tag + " expenditure", sameQuantity(g.get("expenditure"), r.get("expenditure")), "want " + g.get("expenditure") + " got " + brief(r.get("expenditure")));
      t.check(tag + " completionRate", sameQuantity(g.get("completionRate"), r.get("completionRate")), "want " + g.get("completionRate") + " got " + brief(r.get("completionRate")));
      t.check(tag + " groupSize", g.get("groupSize").asInt(1) == r.get("groupSize").asInt(), "want " + g.get("groupSize") + " got " + r.get("groupSize"));
    }
    for (int i = gold.size(); i < rec.size(); i++) {
      recGroups += rec.get(i).get("groupSize").asInt();
    }
    t.check("projects Σ groupSize", goldGroups == recGroups, "want " + goldGroups + " got " + recGroups);
  }

  private static void figures(Tally t, JsonNode gold, JsonNode rec) {
    List<JsonNode> unused = new ArrayList<>();
    rec.forEach(unused::add);
    for (JsonNode g : gold) {
      JsonNode hit = null;
      for (JsonNode r : unused) {
        if (figureMatches(g, r)) {
          hit = r;
          break;
        }
      }
      if (hit != null) {
        unused.remove(hit);
      }
      t.check("figure " + text(g.get("label")), hit != null,
          "want " + text(g.get("value")) + text(g.get("unit")) + (g.has("op") ? " op " + text(g.get("op")) : ""));
    }
  }

  static boolean figureMatches(JsonNode g, JsonNode r) {
    String unit = text(g.get("unit"));
    if (!unit.equals(text(r.get("unit"))) || !decimalEquals(g.get("value"), r.get("value"))) {
      return false;
    }
    String op = g.has("op") ? text(g.get("op")) : null;
    if (!java.util.Objects.equals(op, text(r.get("op")))) {
      return false;
    }
    String label = text(g.get("label"));
    String role = r.hasNonNull("role") ? r.get("role").asText() : null;
    if (label.contains("（目标）") && !"target".equals(role) || label.contains("（实际）") && !"actual".equals(role)) {
      return false;
    }
    return Labels.loose(label, text(r.get("context")), text(r.get("label")));
  }

  /** Same value (and same money unit) for money, percent, count or score, in gold or record form. */
  static boolean sameQuantity(JsonNode gold, JsonNode rec) {
    boolean gNull = gold == null || gold.isNull();
    boolean rNull = rec == null || rec.isNull();
    if (gNull || rNull) {
      return gNull == rNull;
    }
    JsonNode gv = gold.isObject() ? gold.get("value") : gold;
    JsonNode rv = rec.isObject() ? rec.get("value") : rec;
    if (gold.isObject() && gold.has("unit") && !text(gold.get("unit")).equals(text(rec.get("unit")))) {
      return false;
    }
    return decimalEquals(gv, rv);
  }

  /** Equal as decimals and written with the same decimals ("5.00" ≠ "5"). */
  static boolean decimalEquals(JsonNode a, JsonNode b) {
    if (a == null || b == null || a.isNull() || b.isNull()) {
      return false;
    }
    try {
      BigDecimal x = new BigDecimal(a.asText().replace(",", ""));
      BigDecimal y = new BigDecimal(b.asText().replace(",", ""));
      return x.equals(y) || x.scale() == 0 && y.scale() == 0 && x.compareTo(y) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String strip(String s) {
    return s == null ? null : s.replaceAll("\\s+", "");
  }

  private static String brief(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    }
    String s = n.toString();
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}

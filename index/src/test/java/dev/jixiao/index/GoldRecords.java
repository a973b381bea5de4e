package dev.jixiao.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.record.Count;
import dev.jixiao.record.DivisionRef;
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
import dev.jixiao.record.ScoreComponent;
import dev.jixiao.record.Severity;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import dev.jixiao.record.Totals;
import dev.jixiao.record.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records of the five sample reports built from the gold fixtures ({@code
 * corpus-samples/expected/*.json}) and their texts ({@code corpus-samples/text/}): what the
 * extraction stage will produce, with evidence found in the text. Lets the index be tested on
 * realistic records before the real extraction lands.
 */
public final class GoldRecords {
  public static final List<String> SEEDS =
      List.of("caohezhen-2023", "guraozhen-2024", "nantunzhen-2023", "xinzaozhen-2024-ocr", "zhengjiayizhen-2024");

  private GoldRecords() {}

  public static Path samples() {
    String p = System.getProperty("jixiao.samples");
    Path dir = p != null ? Path.of(p) : Path.of("../corpus-samples");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("corpus-samples");
    }
    return dir.toAbsolutePath().normalize();
  }

  public static Path textFile(String seed) {
    Path t = samples().resolve("text").resolve(seed + ".txt");
    return Files.exists(t) ? t : samples().resolve("text").resolve(seed + ".md");
  }

  /** The five records, keyed by seed name. */
  public static Map<String, Report> all() {
    Map<String, Report> m = new LinkedHashMap<>();
    for (String s : SEEDS) {
      m.put(s, record(s));
    }
    return m;
  }

  /** Puts the five records into an index under their seed names (not committed). */
  public static void putAll(IndexUpdater u) throws IOException {
    for (var e : all().entrySet()) {
      u.put(e.getKey(), e.getValue());
    }
  }

  /** An index in {@code dir} holding the five records, committed. */
  public static void index(Path dir) throws IOException {
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      putAll(u);
      u.commit();
    }
  }

  public static String id(String seed) {
    return RecordDocuments.reportId(Sha256.of(bytes(textFile(seed))));
  }

  public static Report record(String seed) {
    try {
      Path file = textFile(seed);
      byte[] bytes = bytes(file);
      String text = new String(bytes, StandardCharsets.UTF_8);
      JsonNode g = new ObjectMapper().readTree(samples().resolve("expected").resolve(seed + ".json").toFile());
      Source source = new Source(file.toString(), Sha256.of(bytes), bytes.length, file.toString().endsWith(".md") ? "md" : "txt",
          false, null, "UTF-8", "zho", "simplified");
      JsonNode u = g.get("unit");
      List<DivisionRef> cands = new ArrayList<>();
      if (u.has("candidates")) {
        for (JsonNode c : u.get("candidates")) {
          cands.add(new DivisionRef(s(c, "divisionCode"), s(c, "province"), s(c, "city"), s(c, "county"), s(c, "township")));
        }
      }
      Unit unit = new Unit(s(u, "name"), s(u, "township"), s(u, "county"), s(u, "city"), s(u, "province"),
          s(u, "divisionCode"), cands, find(text, s(u, "township")));
      JsonNode t = g.get("totals");
      Totals totals = new Totals(
          t.hasNonNull("projectCount") ? new Count(t.get("projectCount").asText(), t.get("projectCount").asInt(), null) : null,
          money(t.get("budget"), text), money(t.get("expenditure"), text), percent(t.get("executionRate")), Map.of());
      Score score = null;
      if (g.hasNonNull("score")) {
        JsonNode sc = g.get("score");
        List<ScoreComponent> comps = new ArrayList<>();
        for (JsonNode c : sc.get("components")) {
          comps.add(new ScoreComponent(c.get("name").asText(), number(c.get("score"))));
        }
        score = new Score(number(sc.get("total")), s(sc, "grade"), comps, List.of(), null);
      }
      List<Project> projects = new ArrayList<>();
      int from = 0;
      for (JsonNode p : g.get("projects")) {
        String name = p.get("name").asText();
        int at = text.indexOf(name, from);
        if (at < 0) {
          at = text.indexOf(name);
        }
        Evidence nameEv = null;
        Evidence ev = null;
        if (at >= 0) {
          // the entry: to its line's end, or the name alone inside an enumeration (甲、乙、丙)
          int end = text.indexOf('\n', at);
          end = end < 0 ? text.length() : end;
          int after = at + name.length();
          if (after < text.length() && "、，,".indexOf(text.charAt(after)) >= 0) {
            end = after;
          }
          nameEv = new Evidence(at, at + name.length(), null, name);
          ev = new Evidence(at, end, null, text.substring(at, end));
          from = at + name.length();
        }
        projects.add(new Project(p.hasNonNull("seq") ? p.get("seq").asInt() : null, name, money(p.get("budget"), text),
            money(p.get("expenditure"), text), percent(p.get("completionRate")), null, null,
            p.get("groupSize").asInt(), null, nameEv, ev));
      }
      List<Finding> findings = new ArrayList<>();
      for (JsonNode f : g.get("findings")) {
        String subject = s(f, "subject");
        Evidence ev = find(text, subject);
        findings.add(new Finding(f.get("rule").asText(), Severity.valueOf(f.get("severity").asText().toUpperCase(Locale.ROOT)),
            subject, subject + "：" + s(f, "note"), s(f, "stated"), s(f, "expected"), ev == null ? List.of() : List.of(ev)));
      }
      return new Report(Report.SCHEMA, source, Status.OK, List.of(), s(g, "title"), unit, g.get("fiscalYear").asInt(),
          ReportKind.valueOf(g.get("reportKind").asText().toUpperCase(Locale.ROOT)), s(g, "publishedDate"), totals, score,
          List.of(), projects, List.of(), findings, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Evidence find(String text, String s) {
    if (s == null) {
      return null;
    }
    int at = text.indexOf(s);
    return at < 0 ? null : new Evidence(at, at + s.length(), null, s);
  }

  private static Money money(JsonNode m, String text) {
    if (m == null || m.isNull()) {
      return null;
    }
    String v = m.get("value").asText();
    String u = m.get("unit").asText();
    return Money.of(v + u, new BigDecimal(v), MoneyUnit.of(u), find(text, v));
  }

  private static Percent percent(JsonNode p) {
    return p == null || p.isNull() ? null : new Percent(p.asText() + "%", new BigDecimal(p.asText()), null);
  }

  private static PlainNumber number(JsonNode p) {
    return p == null || p.isNull() ? null : new PlainNumber(p.asText(), new BigDecimal(p.asText()), null);
  }

  private static String s(JsonNode n, String f) {
    return n.hasNonNull(f) ? n.get(f).asText() : null;
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.jixiao.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.GoldRecords;
import dev.jixiao.index.IndexUpdater;
import dev.jixiao.index.RecordDocuments;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.Unit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JixiaoAnalyzer (HanLP + domain dictionary) against Lucene's SmartChineseAnalyzer on analyst
 * queries over the five sample reports and their 86 projects: the same documents, the same query
 * builder, only the analyzer differs. Writes the table to target/analyzer-comparison.md (it is
 * copied into docs/search.md) and fails if JixiaoAnalyzer does worse.
 */
class AnalyzerComparisonTest {
  @TempDir Path tmp;

  record Query(String text, List<List<String>> concepts) {}

  record Score(double precision, double recall, int found, int relevantFound) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  static List<Query> queries() throws IOException {
    List<Query> qs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        AnalyzerComparisonTest.class.getResourceAsStream("analyst-queries.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        List<List<String>> concepts = new ArrayList<>();
        for (String c : parts[1].split(";")) {
          concepts.add(List.of(c.split("\\|")));
        }
        qs.add(new Query(parts[0], concepts));
      }
    }
    return qs;
  }

  /** Document id → the text a person judges it by: unit names, title or name, and its text. */
  static Map<String, String> judged(Map<String, Report> records) {
    Map<String, String> docs = new LinkedHashMap<>();
    for (Report r : records.values()) {
      String id = RecordDocuments.reportId(r.source().sha256());
      String unit = unit(r.unit());
      docs.put(id, unit + "\n" + r.title() + "\n" + r.text());
      for (int i = 0; i < r.projects().size(); i++) {
        Project p = r.projects().get(i);
        String para = p.evidence() == null ? "" : r.text().substring(p.evidence().start(), p.evidence().end());
        docs.put(RecordDocuments.projectId(id, i + 1), unit + "\n" + p.name() + "\n" + para);
      }
    }
    return docs;
  }

  static String unit(Unit u) {
    return u == null ? "" : String.join(" ", String.valueOf(u.name()), String.valueOf(u.township()), String.valueOf(u.county()),
        String.valueOf(u.city()), String.valueOf(u.province()));
  }

  static Set<String> relevant(Query q, Map<String, String> docs) {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, String> d : docs.entrySet()) {
      if (q.concepts().stream().allMatch(alts -> alts.stream().anyMatch(d.getValue()::contains))) {
        out.add(d.getKey());
      }
    }
    return out;
  }

  static Set<String> found(ReportSearcher s, String q) throws IOException {
    Set<String> ids = new HashSet<>();
    for (SearchResult.Hit h : s.search(new SearchRequest(q, null, 0, 1000, false, 0)).hits()) {
      ids.add(h.id());
    }
    return ids;
  }

  static Score score(Set<String> found, Set<String> relevant) {
    int hit = (int) found.stream().filter(relevant::contains).count();
    double p = found.isEmpty() ? (relevant.isEmpty() ? 1 : 0) : hit / (double) found.size();
    double r = relevant.isEmpty() ? 1 : hit / (double) relevant.size();
    return new Score(p, r, found.size(), hit);
  }

  ReportSearcher index(String name, Analyzer index, Analyzer query, Map<String, Report> records) throws IOException {
    Path dir = tmp.resolve(name);
    try (IndexUpdater u = IndexUpdater.open(dir, index, 32)) {
      for (Map.Entry<String, Report> e : records.entrySet()) {
        u.put(e.getKey(), e.getValue());
      }
      u.commit();
    }
    return ReportSearcher.open(dir, index, query);
  }

  @Test
  void hanlpWithTheDomainDictionaryDoesAtLeastAsWellAsSmartCn() throws IOException {
    Map<String, Report> records = GoldRecords.all();
    Map<String, String> docs = judged(records);
    Map<String, String> labels = labels(records);
    List<Query> queries = queries();
    assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
    Set<String> dictionary = new HashSet<>(DomainDictionary.standard().words());
    StringBuilder table = new StringBuilder();
    table.append("| # | query | relevant | HanLP P | HanLP R | SmartCN P | SmartCN R | relevant documents |\n");
    table.append("|---|---|---|---|---|---|---|---|\n");
    double[] sum = new double[4];
    double[] sumOut = new double[4];
    int outOfDictionary = 0;
    try (ReportSearcher hanlp = index("hanlp", JixiaoAnalyzer.forIndex(), JixiaoAnalyzer.forQuery(), records);
        ReportSearcher smart = index("smartcn", new SmartChineseAnalyzer(), new SmartChineseAnalyzer(), records)) {
      int n = 0;
      for (Query q : queries) {
        Set<String> rel = relevant(q, docs);
        assertThat(rel).as("relevant documents of " + q.text()).isNotEmpty();
        Score h = score(found(hanlp, q.text()), rel);
        Score s = score(found(smart, q.text()), rel);
        boolean inDict = java.util.Arrays.stream(q.text().split(" ")).allMatch(dictionary::contains);
        double[] v = {h.precision(), h.recall(), s.precision(), s.recall()};
        for (int i = 0; i < 4; i++) {
          sum[i] += v[i];
          if (!inDict) {
            sumOut[i] += v[i];
          }
        }
        outOfDictionary += inDict ? 0 : 1;
        table.append(String.format(Locale.ROOT, "| %d | %s%s | %d | %.2f | %.2f | %.2f | %.2f | %s |%n", ++n, q.text(),
            inDict ? "" : " °", rel.size(), v[0], v[1], v[2], v[3], describe(rel, labels)));
      }
      int k = queries.size();
      table.append(String.format(Locale.ROOT, "| | **mean, all %d queries** | | **%.3f** | **%.3f** | **%.3f** | **%.3f** | |%n",
          k, sum[0] / k, sum[1] / k, sum[2] / k, sum[3] / k));
      table.append(String.format(Locale.ROOT, "| | **mean, %d queries ° with a word not in the domain dictionary** | | **%.3f** | **%.3f** | **%.3f** | **%.3f** | |%n",
          outOfDictionary, sumOut[0] / outOfDictionary, sumOut[1] / outOfDictionary, sumOut[2] / outOfDictionary,
          sumOut[3] / outOfDictionary));
      Files.writeString(Path.of("target", "analyzer-comparison.md"), table.toString());
      System.out.println(table);
      double hanlpF1 = f1(sum[0] / k, sum[1] / k);
      double smartF1 = f1(sum[2] / k, sum[3] / k);
      assertThat(hanlpF1).isGreaterThanOrEqualTo(smartF1);
    }
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Short names for the table: gurao, gurao#6 (its 6th project), … */
  static Map<String, String> labels(Map<String, Report> records) {
    Map<String, String> l = new LinkedHashMap<>();
    for (Map.Entry<String, Report> e : records.entrySet()) {
      String id = RecordDocuments.reportId(e.getValue().source().sha256());
      String shortName = e.getKey().replaceAll("zhen-.*", "");
      l.put(id, shortName);
      for (int i = 1; i <= e.getValue().projects().size(); i++) {
        l.put(RecordDocuments.projectId(id, i), shortName + "#" + i);
      }
    }
    return l;
  }

  static String describe(Set<String> rel, Map<String, String> labels) {
    List<String> out = new ArrayList<>();
    for (String id : labels.keySet()) {
      if (rel.contains(id)) {
        out.add(labels.get(id));
      }
    }
    return String.join(" ", out);
  }
}

package dev.jixiao.index.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jixiao.index.search.ReportSearcher;
import dev.jixiao.index.search.SearchRequest;
import dev.jixiao.index.search.SearchResult;
import dev.jixiao.record.RecordJson;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every result of a fixed, seeded set of queries over an index (e.g. one kept by {@code
 * IndexBenchmark -Dkeep=true}), one JSON line each: run it before and
 * after a change of the searcher and diff the two files. With facets the whole result must be
 * the same; without, the hits must be, and the total where it is exact.
 *
 * <pre>java -cp … dev.jixiao.index.bench.SearchDump DIR OUT [queries per form]</pre>
 */
public final class SearchDump {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int perForm = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    ObjectMapper json = RecordJson.mapper();
    try (ReportSearcher s = ReportSearcher.open(dir);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      for (String q : queries(perForm)) {
        for (boolean facets : new boolean[] {true, false}) {
          SearchResult r = s.search(new SearchRequest(q, null, 0, 20, facets, 2));
          SearchResult shown = new SearchResult(r.query(), r.totalExact() ? r.total() : -1, r.totalExact(), r.offset(),
              r.sort(), r.hits(), r.facets());
          w.println((facets ? "F " : "- ") + json.writeValueAsString(shown));
        }
      }
    }
  }

  /** The benchmark's forms and the syntax's corners: several values, exclusions, rule with severity, phrases. */
  static List<String> queries(int perForm) {
    CorpusGenerator g = new CorpusGenerator(11);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < perForm; i++) {
      String[] p = g.place();
      String[] p2 = g.place();
      int year = 2019 + g.nextInt(6);
      out.add(g.topic());
      out.add(g.topic() + " " + g.topic());
      out.add(p[2] + " " + g.topic());
      out.add(g.topic() + " county:" + p[2] + " year:" + year + " type:project");
      out.add("city:" + p[1] + " kind:project grade:良");
      out.add("type:project budget:>" + (50 + g.nextInt(500)) + " rate:<" + (20 + g.nextInt(40)));
      out.add(g.topic() + " rate:<50 expenditure:10..300");
      out.add(g.topic() + " type:project sort:-budget");
      out.add("province:" + p[0] + " year:" + year);
      out.add("province:" + p[0] + " province:" + p2[0] + " city:" + p[1] + " -county:" + p[2]);
      out.add(g.topic() + " county:" + p[2] + " county:" + p2[2] + " year:>=" + year + " grade:优");
      out.add("rule:" + CorpusGenerator.RULES[g.nextInt(CorpusGenerator.RULES.length)] + " severity:error type:report "
          + "province:" + p[0]);
      out.add("rule:" + CorpusGenerator.RULES[g.nextInt(CorpusGenerator.RULES.length)] + " kind:special_fund "
          + "-" + g.topic());
      out.add("\"" + g.topic() + "\" -" + p[2] + " year:" + year + " sort:-rate");
      out.add("type:report sort:score year:" + year);
    }
    out.add("type:report");
    out.add("");
    return out;
  }
}

package dev.jixiao.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.index.GoldRecords;
import dev.jixiao.index.IndexUpdater;
import dev.jixiao.record.Report;
import dev.jixiao.record.ReportKind;
import dev.jixiao.record.Sha256;
import dev.jixiao.record.Source;
import dev.jixiao.record.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's rows are lines without a sentence end (a spreadsheet's, a Word or PDF table's, a
 * CSV's): a snippet is the matching row and the rows around it, whole, about as long as a
 * snippet of prose, not the whole table. The table is the sample project table
 * (corpus-samples/tables/guraozhen-2024-projects.csv), as readers write tables: a line a row,
 * cells separated by tabs.
 */
class TableSnippetTest {
  @TempDir Path dir;

  @Test
  void aSnippetInATableIsItsRowAndItsNeighbours() throws IOException {
    List<String> rows = Files.readAllLines(GoldRecords.samples().resolve("tables/guraozhen-2024-projects.csv"), StandardCharsets.UTF_8)
        .stream().filter(l -> !l.isBlank()).map(l -> l.replace(',', '\t')).toList();
    String text = "古饶镇2024年度项目支出绩效自评表\n" + rows.stream().collect(Collectors.joining("\n")) + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Source source = new Source("projects.txt", Sha256.of(bytes), bytes.length, "txt", false, null, "UTF-8", null, null);
    Report r = new Report(Report.SCHEMA, source, Status.PARTIAL, List.of(), null, null, 2024, ReportKind.UNKNOWN, null, null,
        null, List.of(), List.of(), List.of(), List.of(), text);
    try (IndexUpdater u = IndexUpdater.open(dir)) {
      u.put("projects.txt", r);
      u.commit();
    }

    try (ReportSearcher searcher = ReportSearcher.open(dir)) {
      SearchResult.Hit hit = searcher.search(SearchRequest.of("退役军人专项岗位工资")).hits().get(0);

      SearchResult.Snippet s = hit.snippets().get(0);
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text().length()).isLessThanOrEqualTo(240);
      assertThat(s.text().split("\n")).isSubsetOf(rows).contains("12\t古饶镇退役军人专项岗位工资及基础绩效奖\t49.11\t38.84\t79.09");
    }
  }
}

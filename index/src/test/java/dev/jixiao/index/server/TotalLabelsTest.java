package dev.jixiao.index.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.extract.statement.TotalKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The report page names every total extraction can give in Chinese, so a new one is not shown by its id. */
class TotalLabelsTest {
  @Test
  void everyTotalHasAChineseLabelOnTheReportPage() throws IOException {
    String js;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(WebResources.ROOT + "report.js")) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String labels = js.substring(js.indexOf("const TOTAL_LABELS"), js.indexOf("};", js.indexOf("const TOTAL_LABELS")));
    for (TotalKey k : TotalKey.values()) {
      assertThat(labels).as(k.id()).containsPattern("\\b" + k.id() + ": '\\p{IsHan}+'");
    }
  }
}

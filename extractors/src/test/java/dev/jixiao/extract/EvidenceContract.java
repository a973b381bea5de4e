package dev.jixiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.RecordJson;
import dev.jixiao.record.Report;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The contract every extractor keeps (as Lucene's BaseTokenStreamTestCase checks every token
 * stream): each evidence span lies inside the text and quotes exactly what is there.
 */
public final class EvidenceContract {
  private EvidenceContract() {}

  public static void assertEvidenceQuotesText(Report r) {
    JsonNode tree = RecordJson.mapper().valueToTree(r.withoutText());
    walk(tree, r.text());
  }

  private static void walk(JsonNode n, String text) {
    if (n.isObject()) {
      if (n.has("start") && n.has("end") && n.has("quote")) {
        Evidence e = RecordJson.mapper().convertValue(n, Evidence.class);
        assertThat(e.end()).as("evidence end within text").isLessThanOrEqualTo(text.length());
        assertThat(text.substring(e.start(), e.end())).as("evidence quote").isEqualTo(e.quote());
      }
      n.forEach(c -> walk(c, text));
    } else if (n.isArray()) {
      n.forEach(c -> walk(c, text));
    }
  }
}

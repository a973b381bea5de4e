package dev.jixiao.index.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPartsTest {
  @Test
  void splitsAtSpacesOutsideQuotes() {
    assertThat(QueryParts.split("乡村振兴  county:\"A B\"\u3000“驻村 工作队” -type:report"))
        .containsExactly("乡村振兴", "county:\"A B\"", "“驻村 工作队”", "-type:report");
    assertThat(QueryParts.split("")).isEmpty();
    assertThat(QueryParts.split(null)).isEmpty();
  }

  @Test
  void theFieldOfAPart() {
    assertThat(QueryParts.field("type:report")).isEqualTo("type");
    assertThat(QueryParts.field("-Severity：error")).isEqualTo("severity");
    assertThat(QueryParts.field("\"a:b\"")).isNull();
    assertThat(QueryParts.field("乡村振兴")).isNull();
    assertThat(QueryParts.field(":x")).isNull();
  }

  @Test
  void dropsAndAddsParts() {
    assertThat(QueryParts.without("乡村振兴 type:project county:\"A B\" -type:report", "type")).isEqualTo("乡村振兴 county:\"A B\"");
    assertThat(QueryParts.and(QueryParts.without("type:project", "type"), "type:report")).isEqualTo("type:report");
    assertThat(QueryParts.and(" 乡村振兴 ", "severity:error")).isEqualTo("乡村振兴 severity:error");
  }
}

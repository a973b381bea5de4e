package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.gold.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  @Test
  void anErrorFindingExitsOneAndIsShownWithItsQuotes() {
    CliRun r = CliRun.of("check", Samples.text("nantunzhen-2023").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR", "total.sum", "937.131003", "905.534931万元", "「937.131003 万元」");
  }

  @Test
  void warningsAloneExitZero() {
    CliRun r = CliRun.of("check", Samples.text("caohezhen-2023").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("WARNING", "amount.magnitude", "18.092382万元");
  }

  @Test
  void errorsAreListedFirst() {
    String out = CliRun.of("check", Samples.text("zhengjiayizhen-2024").toString()).out();
    assertThat(out.indexOf("ERROR")).isLessThan(out.indexOf("WARNING"));
    assertThat(out.indexOf("WARNING")).isLessThan(out.indexOf("INFO"));
  }

  @Test
  void jsonForMachines() throws IOException {
    CliRun r = CliRun.of("check", "--json", Samples.text("xinzaozhen-2024-ocr").toString());
    JsonNode o = r.lines().get(0);
    assertThat(o.get("findings").get(0).get("rule").asText()).isEqualTo("restated");
    assertThat(o.get("findings").get(0).get("evidence").get(0).get("quote").asText()).isEqualTo("49.43 分");
  }

  @Test
  void anUnreadableInputFailsTheCheck() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    assertThat(CliRun.of("check", empty.toString()).exit()).isEqualTo(1);
  }

  @Test
  void rulesPrintsTheCatalogue() {
    String out = CliRun.of("rules").out();
    assertThat(out).contains("project.rate", "target.missed", "所列项目预算（或支出）之和与所述总额不符", "stated multiplications");
  }
}

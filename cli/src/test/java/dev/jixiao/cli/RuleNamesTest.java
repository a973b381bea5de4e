package dev.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The web page names every rule of the catalogue in Chinese, so a new rule's findings are not shown by its id. */
class RuleNamesTest {
  @Test
  void everyRuleHasAShortChineseNameOnTheWebPage() throws IOException {
    String js;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/jixiao/index/web/labels.js")) {
      assertThat(in).as("labels.js on the class path").isNotNull();
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String names = js.substring(js.indexOf("const RULE_NAMES"), js.indexOf("};", js.indexOf("const RULE_NAMES")));
    for (Rule rule : RuleCatalog.standard().rules()) {
      assertThat(names).as(rule.info().id()).containsPattern("'" + rule.info().id().replace(".", "\\.") + "': '[\\p{IsHan}0-9%]+'");
    }
  }
}

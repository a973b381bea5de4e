package dev.jixiao.extract.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jixiao.extract.Extraction;
import dev.jixiao.record.Figure;
import dev.jixiao.record.Project;
import dev.jixiao.record.Report;
import dev.jixiao.record.ScoreComponent;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms saved as Word 97 (.doc) and as OpenDocument (.odt; see the README beside them): Tika's
 * parsers give their tables as the .docx's, and each form reads as it does there.
 */
class WordFormsTest {
  private static Report extract(String name) throws IOException {
    try (InputStream in = WordFormsTest.class.getResourceAsStream(name)) {
      return Extraction.of(name, in.readAllBytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ministry.doc", "ministry.odt"})
  void theMinistrysForms(String file) throws IOException {
    Report r = extract(file);

    assertThat(r.source().format()).isEqualTo(file.substring(file.indexOf('.') + 1));
    assertThat(r.projects()).extracting(Project::name, p -> p.budget().text(), p -> p.expenditure().text(), p -> p.completionRate().text(),
        p -> p.score().text()).containsExactly(tuple("人居环境整治三(非税收入)", "150", "150", "100%", "98.00"),
            tuple("信访工作经费七(超收分成)", "60", "13.53", "22.54%", "93.25"));
    assertThat(r.projects().get(1).scoreComponents()).extracting(ScoreComponent::name, c -> c.score().text(), c -> c.weight().text())
        .startsWith(tuple("年度资金总额", "2.25", "10"), tuple("保洁公厕数量", "20", "20"));
    assertThat(r.figures()).filteredOn(f -> f.label().startsWith("当年财政拨款")).extracting(Figure::text)
        .containsExactly("150", "150", "150", "60", "60", "13.53");
  }

  @Test
  void sichuansFormInWord97() throws IOException {
    Report r = extract("sichuan.doc");

    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("医保筹资运行经费");
      assertThat(p.budget().text()).isEqualTo("4.68");
      assertThat(p.expenditure().text()).isEqualTo("4.21");
      assertThat(p.score().text()).isEqualTo("97.01");
    });
    assertThat(r.score().components()).first().satisfies(c -> {
      assertThat(c.name()).isEqualTo("总额");
      assertThat(c.weight().text()).isEqualTo("10");
      assertThat(c.rate().text()).isEqualTo("90.07%");
    });
    assertThat(r.figures()).filteredOn(f -> "target".equals(f.role())).extracting(f -> f.op() + f.text() + f.unit())
        .contains("≥98%", "≥30座");
  }
}

package dev.jixiao.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jixiao.record.Evidence;
import dev.jixiao.record.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static Figure at(String text, String quote, int from) {
    int s = text.indexOf(quote, from);
    return new Figure("f", null, null, Figure.MONEY, quote, BigDecimal.ONE, "万元", null, null, null,
        new Evidence(s, s + quote.length(), null, quote), null, null, null);
  }

  /** In whichever order the record lists two figures: a form's figures follow the text's in the record but stand before them. */
  @Test
  void eitherOrderOfTheTwoFigures() {
    String text = "预算10万元，支出8万元。\n收入12万元。";
    Figure budget = at(text, "10万元", 0);
    Figure spent = at(text, "8万元", 0);
    Figure income = at(text, "12万元", 0);
    assertThat(Sentences.together(text, budget, spent)).isTrue();
    assertThat(Sentences.together(text, spent, budget)).isTrue();
    assertThat(Sentences.together(text, spent, income)).isFalse();
    assertThat(Sentences.together(text, income, spent)).isFalse();
  }

  /** A line break inside a sentence is a wrap; a blank line after it, or a colon before it, ends the paragraph. */
  @Test
  void aWrappedLineIsOneSentence() {
    String text = "预算10万\n元，支出8万元：\n收入12万元";
    assertThat(Sentences.together(text, at(text, "10万", 0), at(text, "8万元", 0))).isTrue();
    assertThat(Sentences.together(text, at(text, "8万元", 0), at(text, "12万元", 0))).isFalse();
    String blank = "预算10万元\n \u3000\r\n支出8万元";
    assertThat(Sentences.together(blank, at(blank, "10万元", 0), at(blank, "8万元", 0))).as("a blank line").isFalse();
    String semicolon = "预算10万元；支出8万元";
    assertThat(Sentences.together(semicolon, at(semicolon, "10万元", 0), at(semicolon, "8万元", 0))).isFalse();
    assertThat(Sentences.oneStatement(semicolon, at(semicolon, "10万元", 0), at(semicolon, "8万元", 0))).isTrue();
    assertThat(Sentences.paragraphBreak("元。\n\n较上年")).isTrue();
    assertThat(Sentences.paragraphBreak("万\n元，较上年")).isFalse();
  }
}

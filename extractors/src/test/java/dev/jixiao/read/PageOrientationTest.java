package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOrientationTest {
  private static final String TEXT = "根据支出进度表，该项支出预算按照序时进度完成。";

  /** Lines of the page as OCR read them: across the page, or standing as columns. */
  private static List<OcrLine> page(boolean columns, float confidence) {
    List<OcrLine> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(columns
          ? new OcrLine(TEXT, 1500 - 45 * i, 1545 - 45 * i, 180, 1030, 40, confidence)
          : new OcrLine(TEXT, 180, 1030, 180 + 45 * i, 220 + 45 * i, 40, confidence));
    }
    return lines;
  }

  @Test
  void anUprightReadingIsNotReadAgain() {
    assertThat(PageOrientation.turnsToTry(page(false, 88))).isEmpty();
  }

  /** Columns of text: the page lies on its side, most likely turned a quarter clockwise, so a quarter back first. */
  @Test
  void columnsAreReadAgainAQuarterTurnEitherWay() {
    assertThat(PageOrientation.turnsToTry(page(true, 92))).containsExactly(270, 90);
  }

  @Test
  void noiseIsReadAgainUpsideDownFirst() {
    assertThat(PageOrientation.turnsToTry(page(false, 16))).containsExactly(180, 90, 270);
  }

  /** A chart or a photo reads a few uncertain characters: no text on its side to turn up. */
  @Test
  void aPageOfHardlyAnyTextIsNotTurned() {
    assertThat(PageOrientation.turnsToTry(List.of(new OcrLine("图1", 200, 260, 300, 340, 40, 20)))).isEmpty();
  }

  @Test
  void aQuarterTurnClockwiseMovesTheTopLeftCornerToTheTopRight() {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(0, 0, 0, 200);
    BufferedImage turned = PageOrientation.turned(image, 90);
    assertThat(turned.getWidth()).isEqualTo(2);
    assertThat(turned.getHeight()).isEqualTo(3);
    assertThat(turned.getRaster().getSample(1, 0, 0)).isEqualTo(200);
    assertThat(PageOrientation.turned(image, 180).getRaster().getSample(2, 1, 0)).isEqualTo(200);
    assertThat(PageOrientation.turned(image, 270).getRaster().getSample(0, 2, 0)).isEqualTo(200);
  }
}

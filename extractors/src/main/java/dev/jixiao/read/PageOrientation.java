package dev.jixiao.read;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.List;

/**
 * Pages scanned on their side or upside down: a landscape table in a portrait report is scanned
 * turned a quarter, and a page may go through the feeder head first. Tesseract reads a page turned
 * a quarter clockwise as columns of vertical Chinese, right, but columns are not the lines a
 * layout can join; turned the other way or upside down, as noise. Either loses the page's figures.
 * Such a reading is read again turned, which costs a recognition a turn, so only a reading that
 * looks wrong is: most of its text stands in columns, or its confidence is low. (Tesseract's own
 * orientation detection was tried first: on a median-filtered page on its side it answered
 * "Latin, turn 90" with confidence 0.4, the wrong way.)
 */
final class PageOrientation {
  /** An upright page's words average 84 to 92 on the sample scans; one upside down, 16. */
  static final float DOUBTFUL_CONFIDENCE = 60f;
  /** A page reading fewer characters than this is a picture or a chart, not text on its side. */
  static final int MIN_TEXT = 50;

  private PageOrientation() {}

  /**
   * The clockwise turns worth reading the page again at, most likely first: none for a reading
   * that looks right or has hardly any text; for columns a quarter turn back first.
   */
  static List<Integer> turnsToTry(List<OcrLine> lines) {
    if (!doubtful(lines) || chars(lines) < MIN_TEXT) {
      return List.of();
    }
    return inColumns(lines) ? List.of(270, 90) : List.of(180, 90, 270);
  }

  /** Whether a page's reading suggests it was not upright. */
  static boolean doubtful(List<OcrLine> lines) {
    return !lines.isEmpty() && (inColumns(lines) || confidence(lines) < DOUBTFUL_CONFIDENCE);
  }

  private static boolean inColumns(List<OcrLine> lines) {
    int columnChars = 0;
    for (OcrLine line : lines) {
      if (line.standsOnEnd()) {
        columnChars += line.text().length();
      }
    }
    return columnChars * 2 > chars(lines);
  }

  private static int chars(List<OcrLine> lines) {
    int chars = 0;
    for (OcrLine line : lines) {
      chars += line.text().length();
    }
    return chars;
  }

  /** The mean word confidence of a reading, each line weighted by its length. */
  static float confidence(List<OcrLine> lines) {
    double sum = 0;
    int chars = 0;
    for (OcrLine line : lines) {
      sum += (double) line.confidence() * line.text().length();
      chars += line.text().length();
    }
    return chars == 0 ? 0 : (float) (sum / chars);
  }

  /** The grey page image turned clockwise by {@code degrees}: 90, 180 or 270. */
  static BufferedImage turned(BufferedImage grey, int degrees) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    boolean quarter = degrees == 90 || degrees == 270;
    BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    Raster from = grey.getRaster();
    WritableRaster to = out.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int value = from.getSample(x, y, 0);
        switch (degrees) {
          case 90 -> to.setSample(h - 1 - y, x, 0, value);
          case 180 -> to.setSample(w - 1 - x, h - 1 - y, 0, value);
          case 270 -> to.setSample(y, w - 1 - x, 0, value);
          default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
        }
      }
    }
    return out;
  }
}

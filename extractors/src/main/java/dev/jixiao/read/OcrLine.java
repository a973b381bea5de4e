package dev.jixiao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line Tesseract recognised, built from its TSV words. Tesseract separates Chinese characters
 * and digits with spaces ({@code 开展 2023 年度}); words are rejoined as the language would be
 * written ({@link Fragments#join}), so OCR text reads like the text layer of the same page.
 */
record OcrLine(String text, float left, float right, float top, float baseline, float size, float confidence) implements TextLine {

  /** A line standing on its end: OCR read a column of a page that lies on its side. */
  boolean standsOnEnd() {
    return baseline - top > 2 * (right - left);
  }

  @Override
  public boolean bold() {
    return false;
  }

  /** Parses {@code tesseract … tsv}: level 5 rows are words, keyed to their line by block, paragraph and line numbers. */
  static List<OcrLine> fromTsv(String tsv) {
    Map<String, List<String[]>> lines = new LinkedHashMap<>();
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
        continue;
      }
      lines.computeIfAbsent(f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>()).add(f);
    }
    List<OcrLine> out = new ArrayList<>();
    for (List<String[]> words : lines.values()) {
      String text = "";
      float left = Float.MAX_VALUE, right = 0, top = Float.MAX_VALUE, bottom = 0, conf = 0;
      float[] heights = new float[words.size()];
      for (int i = 0; i < words.size(); i++) {
        String[] w = words.get(i);
        float x = Float.parseFloat(w[6]);
        float y = Float.parseFloat(w[7]);
        float width = Float.parseFloat(w[8]);
        float height = Float.parseFloat(w[9]);
        text = Fragments.join(text, w[11].strip());
        left = Math.min(left, x);
        right = Math.max(right, x + width);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y + height);
        heights[i] = height;
        conf += Float.parseFloat(w[10]);
      }
      Arrays.sort(heights);
      out.add(new OcrLine(text, left, right, top, bottom, heights[heights.length / 2], conf / words.size()));
    }
    return out;
  }
}

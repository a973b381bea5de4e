package dev.jixiao.read;

import java.util.regex.Pattern;

/**
 * Drops the bullet glyph that list formatting puts before an item: Tika writes Word's bullet
 * lists as {@code "· item"}, PDFs of them carry the Symbol-font bullet U+F0B7. A bullet is layout,
 * like Markdown's {@code - }, and is not text an extractor should see. Numbering ({@code 1.},
 * {@code （一）}, {@code 1、}) is data and is kept.
 */
final class ListBullets {
  private static final Pattern BULLET =
      Pattern.compile("^[\\u00B7\\u2022\\u2023\\u25CF\\u25AA\\u25E6\\u2043\\u2219\\uF0B7\\uF0A7\\uF06C\\uF0D8\\uF0FC](?:[ \\t\\u00A0\\u3000]+|(?=\\S))");

  private ListBullets() {}

  static String strip(String line) {
    return line.isEmpty() ? line : BULLET.matcher(line).replaceFirst("");
  }
}

package dev.jixiao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: text as the programs that save it write it. {@link #wrappedInColumns} breaks lines the
 * way a page is typeset and then saved as text: a Chinese character takes two columns, a run of
 * Latin letters and digits is not split, a closing mark hangs at the end rather than start a
 * line, and a space at a break ends the line (so that joining the lines gives the text back).
 * {@link #wrappedInCharacters} cuts every {@code width}
 * characters, numbers included, as a plain wrapping tool does. Blank lines and table rows (pipes
 * or tabs) are left alone. {@link #letterSpaced} spaces out Chinese as an OCR engine's plain text
 * does, {@link #fullWidthDigits} writes numbers as a full-width input method does, and
 * {@link #pdftotextPages} pages as pdftotext does.
 */
public final class SavedText {
  private static final String CLOSING = "，。、；：？！）》」』”’,.;:?!)%";

  private SavedText() {}

  public static String wrappedInColumns(String text, int width) {
    return wrapped(text, width, SavedText::columns);
  }

  /**
   * Wrapped as a page set in a proportional font and then scanned: a digit, a Latin letter or a half-width mark takes about
   * three fifths of a Chinese character's room rather than half, so a line full of figures ends several columns short of
   * {@code width} by {@link LineWidth#COLUMNS}.
   */
  public static String wrappedInProportion(String text, int width) {
    return wrapped(text, width, token -> {
      long wide = token.chars().filter(c -> Fragments.isWide((char) c)).count();
      return 2 * wide + 1.2 * (columns(token) - 2 * wide);
    });
  }

  /** {@code text} with its lines broken where the next token's room, as {@code room} gives it, would pass {@code width}. */
  private static String wrapped(String text, int width, java.util.function.ToDoubleFunction<String> room) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (isTableRow(line)) {
        out.add(line);
        continue;
      }
      StringBuilder current = new StringBuilder();
      double used = 0;
      for (String token : tokens(line)) {
        double w = room.applyAsDouble(token);
        if (token.isBlank() && used + w > width) {
          current.append(token); // a space at a break stays at the end of its line, where it takes no room
          continue;
        }
        if (used + w > width && used > 0 && CLOSING.indexOf(token.charAt(0)) < 0) {
          out.add(current.toString());
          current.setLength(0);
          used = 0;
        }
        current.append(token);
        used += w;
      }
      out.add(current.toString());
    }
    return String.join("\n", out);
  }

  private static int columns(String token) {
    return LineWidth.COLUMNS.of(token.isBlank() ? "x".repeat(token.length()) : token);
  }

  public static String wrappedInCharacters(String text, int width) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (!isTableRow(line) && rest.length() > width) {
        out.add(rest.substring(0, width));
        rest = rest.substring(width);
      }
      out.add(rest);
    }
    return String.join("\n", out);
  }

  /**
   * A space on each side of every Chinese character and full-width mark, as Tesseract writes
   * Chinese in plain text ("预 算 金 额 24 万 元 ，"); runs of Latin letters and digits stay whole,
   * and so do table rows.
   */
  public static String letterSpaced(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (isTableRow(line)) {
        out.add(line);
        continue;
      }
      StringBuilder spaced = new StringBuilder();
      for (String token : tokens(line)) {
        boolean space = token.isBlank();
        if (!space && !spaced.isEmpty() && spaced.charAt(spaced.length() - 1) != ' '
            && (Fragments.isWide(token.charAt(0)) || Fragments.isWide(spaced.charAt(spaced.length() - 1)))) {
          spaced.append(' ');
        }
        spaced.append(token);
      }
      out.add(spaced.toString());
    }
    return String.join("\n", out);
  }

  /** Digits, decimal points and percent signs in full width (２０２３年, ３２．５％), as a full-width input method types them. */
  public static String fullWidthDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' || c == '.' || c == '%' ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  /**
   * As {@code pdftotext} writes a PDF of the text: wrapped at 76 columns, {@code linesPerPage}
   * lines a page, each page under a running head and over its number ("- 3 -"), and a form feed
   * after each page.
   */
  public static String pdftotextPages(String text, int linesPerPage) {
    String[] lines = wrappedInColumns(text, 76).split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int start = 0, page = 1; start < lines.length; start += linesPerPage, page++) {
      out.append("绩效自评报告\n\n");
      for (int i = start; i < Math.min(lines.length, start + linesPerPage); i++) {
        out.append(lines[i]).append('\n');
      }
      out.append("\n- ").append(page).append(" -\n\f");
    }
    return out.toString();
  }

  private static boolean isTableRow(String line) {
    return line.strip().startsWith("|") || line.indexOf('\t') >= 0;
  }

  /** Runs of Latin letters and digits, runs of spaces, and single other characters. */
  private static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int j = i + 1;
      if (isWordChar(line.charAt(i))) {
        while (j < line.length() && isWordChar(line.charAt(j))) {
          j++;
        }
      } else if (line.charAt(i) == ' ') {
        while (j < line.length() && line.charAt(j) == ' ') {
          j++;
        }
      }
      tokens.add(line.substring(i, j));
      i = j;
    }
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '%' || c == '_' || c == '-');
  }
}

package dev.jixiao.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The corpus samples the tests read, and the comparison the corpus README defines. */
public final class Samples {
  private static final Pattern WHITE = Pattern.compile("\\s+");
  private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
  private static final Pattern MD_BULLET = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+");

  /** The five text samples, one per seed, as their authors wrote them. */
  public static final java.util.List<String> TEXTS = java.util.List.of("text/caohezhen-2023.txt", "text/guraozhen-2024.txt",
      "text/nantunzhen-2023.md", "text/xinzaozhen-2024-ocr.txt", "text/zhengjiayizhen-2024.txt");

  private Samples() {}

  public static Path dir() {
    String configured = System.getProperty("jixiao.samples");
    Path dir = configured != null ? Path.of(configured) : Path.of("../corpus-samples");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("corpus-samples");
    }
    return dir;
  }

  public static Path path(String relative) {
    return dir().resolve(relative);
  }

  public static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String relative) {
    try {
      return Files.readString(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The README's comparison: all white space removed, and the Markdown markers of the nantunzhen
   * seed and the U+F0B7 bullets a PDF of it carries.
   */
  public static String comparable(String text, boolean markdown) {
    String s = text;
    if (markdown) {
      s = MD_HEADING.matcher(s).replaceAll("");
      s = MD_BULLET.matcher(s).replaceAll("");
      s = s.replace("**", "").replace("__", "");
    }
    s = s.replace("\uF0B7", "");
    return WHITE.matcher(s).replaceAll("");
  }

  /** Reads a sample the way the pipeline does: format from the bytes, the standard readers. */
  public static TextDocument read(Readers readers, String relative, ReadLimits limits) throws ReadFailure {
    byte[] bytes = bytes(relative);
    return readers.read(bytes, new FormatDetector().detect(bytes, path(relative).getFileName().toString()), limits);
  }
}

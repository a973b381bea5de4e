package dev.jixiao.record;

/**
 * Where a record came from. {@code format} is detected from the bytes, never from the name.
 * {@code language} and {@code script} say what the text was written in (e.g. {@code zho} and
 * {@code traditional}); extraction always runs on simplified characters.
 */
public record Source(
    String file,
    String sha256,
    long bytes,
    String format,
    boolean ocr,
    Integer pages,
    String charset,
    String language,
    String script) {

  public Source withText(String format, boolean ocr, Integer pages, String charset) {
    return new Source(file, sha256, bytes, format, ocr, pages, charset, language, script);
  }

  public Source withLanguage(String language, String script) {
    return new Source(file, sha256, bytes, format, ocr, pages, charset, language, script);
  }
}

package dev.jixiao.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language and, for Chinese, the script of a text with OpenNLP's language detector and
 * the model Apache Tika trained for it (which distinguishes zho-simp from zho-trad). The model
 * (23 MB) is loaded on first use, once per detector.
 */
public final class ScriptDetector {
  private static final String MODEL = "/opennlp-langdetect-20210413.bin";
  private static final int SAMPLE_CHARS = 4000;
  private volatile LanguageDetectorME detector;

  /** ISO 639-3 language ({@code zho}) and {@code simplified}/{@code traditional} for Chinese, else null. */
  public record Result(String language, String script) {}

  public Result detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    LanguageDetectorME d = detector();
    Language best;
    synchronized (d) { // ME detectors keep scratch state per call
      best = d.predictLanguage(sample);
    }
    String lang = best.getLang();
    return switch (lang) {
      case "zho-simp" -> new Result("zho", "simplified");
      case "zho-trad" -> new Result("zho", "traditional");
      default -> new Result(lang, null);
    };
  }

  private LanguageDetectorME detector() {
    LanguageDetectorME d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          try (InputStream in = ScriptDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            d = new LanguageDetectorME(new LanguageDetectorModel(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          detector = d;
        }
      }
    }
    return d;
  }
}

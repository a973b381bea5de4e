package dev.jixiao.extract;

import com.hankcs.hanlp.HanLP;
import dev.jixiao.text.ScriptConverter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language and, for Chinese, the script of a text from its first
 * {@value #SAMPLE_CHARS} characters.
 *
 * <p>A sample that is plainly Chinese (Han characters are at least half of its letters, and there
 * are enough of them) is decided by HanLP's traditional → simplified table: a simplified text has
 * (almost) nothing to convert, a traditional one a third or more of its characters (samples:
 * 0–1.4% against 39%). Everything else goes to OpenNLP's language detector with the model Apache
 * Tika trained for it (which also tells zho-simp from zho-trad; 23 MB, loaded on first use). The
 * model scores every 1–3 character n-gram against a hundred languages, about a millisecond per
 * thousand characters, which was a sixth of a worker's time for a question the characters answer.
 */
public final class ScriptDetector {
  private static final String MODEL = "/opennlp-langdetect-20210413.bin";
  static final int SAMPLE_CHARS = 1000;
  /** Fewer Han characters than this leave too little to count: the model decides. */
  static final int MIN_HAN = 20;
  /** Share of Han characters the traditional → simplified table changes, above which a text is traditional. */
  static final double TRADITIONAL_SHARE = 0.1;

  private volatile LanguageDetectorME detector;

  /** ISO 639-3 language ({@code zho}) and {@code simplified}/{@code traditional} for Chinese, else null. */
  public record Result(String language, String script) {}

  public Result detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Result chinese = plainlyChinese(sample);
    return chinese != null ? chinese : byModel(sample);
  }

  /** The script of a sample that is plainly Chinese, or null when the model must decide. */
  static Result plainlyChinese(String sample) {
    int letters = 0;
    int han = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c >= '\u4E00' && c <= '\u9FFC') { // the common ideographs, all assigned and Han: no lookup of their script
        letters++;
        han++;
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    if (han < MIN_HAN || han * 2 < letters) {
      return null;
    }
    String simplified = ScriptConverter.mayChange(sample) ? HanLP.convertToSimplifiedChinese(sample) : sample;
    if (simplified.length() != sample.length()) {
      return null; // a phrase changed length: positions no longer pair up
    }
    int changed = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (simplified.charAt(i) != sample.charAt(i) && Character.UnicodeScript.of(sample.charAt(i)) == Character.UnicodeScript.HAN) {
        changed++;
      }
    }
    return new Result("zho", changed > han * TRADITIONAL_SHARE ? "traditional" : "simplified");
  }

  Result byModel(String sample) {
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

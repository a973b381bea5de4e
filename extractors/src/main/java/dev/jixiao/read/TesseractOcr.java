package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Recognises the text of one page image with the {@code tesseract} command (Simplified Chinese,
 * {@code chi_sim}). Called as a process rather than through Tika's TesseractOCRParser because the
 * page images are ours (rendered by PDFBox at the scan's native resolution), the parallelism is
 * ours (pages across a pool, see {@link PageOcr}), and each call needs its own kill on
 * timeout; Tika's parser would bring another module and configuration surface for a single
 * command line. Each process runs with {@code OMP_THREAD_LIMIT=1}: Tesseract's OpenMP threads
 * made one A4 page take 13 s on two cores instead of 3 s, so the parallelism is across pages.
 * Output is TSV, so lines keep their positions and {@link Paragraphs} can rejoin them.
 */
public final class TesseractOcr {
  public static final String INSTALL = "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim";
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private final String command;
  private final String language;
  private volatile ReadFailure unavailable;
  private volatile boolean probed;

  public TesseractOcr() {
    this("tesseract", "chi_sim");
  }

  public TesseractOcr(String command, String language) {
    this.command = command;
    this.language = language;
  }

  /**
   * Fails with {@code ocr-unavailable} (naming the install command) when the binary or the
   * language data is missing. Probed once; a missing Tesseract stays missing for the process.
   */
  public void checkAvailable() throws ReadFailure {
    if (!probed) {
      synchronized (this) {
        if (!probed) {
          unavailable = probe();
          probed = true;
        }
      }
    }
    if (unavailable != null) {
      throw new ReadFailure(unavailable.code(), unavailable.getMessage());
    }
  }

  private ReadFailure probe() {
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return unavailable(command + " --list-langs did not answer");
      }
      String langs = new String(out, StandardCharsets.UTF_8);
      if (!langs.lines().map(String::strip).toList().contains(language)) {
        return unavailable("Tesseract has no '" + language + "' language data");
      }
      return null;
    } catch (IOException e) {
      return unavailable("Tesseract (" + command + ") is not installed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable("interrupted while looking for Tesseract");
    }
  }

  private static ReadFailure unavailable(String why) {
    return new ReadFailure(ErrorCode.OCR_UNAVAILABLE, why + "; OCR of scanned pages needs it: " + INSTALL);
  }

  /**
   * The recognised lines of one page image, positions in pixels.
   *
   * @param dpi the image's resolution, told to Tesseract (a PNG from ImageIO carries none)
   * @throws InterruptedException when the read is abandoned; the process is killed first
   */
  List<OcrLine> recognize(BufferedImage image, int dpi, Duration timeout) throws ReadFailure, InterruptedException {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("jixiao-ocr");
      Path png = dir.resolve("page.png");
      Path tsv = dir.resolve("page.tsv");
      Path err = dir.resolve("stderr.txt");
      ImageIO.write(image, "png", png.toFile());
      ProcessBuilder pb = new ProcessBuilder(command, png.toString(), "stdout", "-l", language, "--dpi", Integer.toString(dpi), "--psm", "3", "tsv");
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      pb.redirectOutput(tsv.toFile()).redirectError(err.toFile());
      Process process = pb.start();
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new ReadFailure(ErrorCode.TIMEOUT, "Tesseract took longer than " + timeout.toSeconds() + " s on one page");
        }
      } finally {
        if (process.isAlive()) {
          process.destroyForcibly();
        }
      }
      if (process.exitValue() != 0) {
        String message = Files.readString(err, StandardCharsets.UTF_8).strip();
        ErrorCode code = message.contains("Failed loading language") ? ErrorCode.OCR_UNAVAILABLE : ErrorCode.CORRUPT;
        throw new ReadFailure(code, "Tesseract failed (exit " + process.exitValue() + "): " + message
            + (code == ErrorCode.OCR_UNAVAILABLE ? "; " + INSTALL : ""));
      }
      return OcrLine.fromTsv(Files.readString(tsv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ReadFailure(ErrorCode.OCR_UNAVAILABLE, "cannot run Tesseract (" + command + "): " + e.getMessage() + "; " + INSTALL, e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : new ArrayList<>(files.toList())) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temp file left behind is not worth failing a read
    }
  }
}

package dev.jixiao.read;

import java.io.IOException;
import java.util.Set;

/**
 * OCR for image files, every page of them: each frame decoded at its scan's resolution (see
 * {@link ImageFrames}) and read by {@link TesseractOcr}, then put into paragraphs as a scanned
 * PDF's pages are ({@link ScannedPages}, {@link PageWriter}). The document is flagged {@code ocr}.
 */
public final class ImageOcrFallback implements FallbackReader {
  private final PageOcr ocr;

  public ImageOcrFallback() {
    this(new TesseractOcr(), Runtime.getRuntime().availableProcessors());
  }

  /** @param threads how many pages are recognised at once */
  public ImageOcrFallback(TesseractOcr tesseract, int threads) {
    this(new PageOcr(tesseract, threads));
  }

  ImageOcrFallback(PageOcr ocr) {
    this.ocr = ocr;
  }

  @Override
  public Set<String> mediaTypes() {
    return ImageReader.TYPES;
  }

  @Override
  public boolean wants(TextDocument first) {
    return first == null;
  }

  @Override
  public TextDocument complete(byte[] bytes, TextDocument first, ReadLimits limits) throws ReadFailure {
    try (ImageFrames frames = ImageFrames.open(bytes)) {
      ocr.checkAvailable();
      return ScannedPages.document(ocr.recognise(frames.count(), frames::page, limits), frames.format(), "the image", limits);
    } catch (IOException | RuntimeException e) {
      throw Failures.of(e);
    }
  }
}

package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.Set;

/**
 * Scanned or photographed pages saved as images (PNG, JPEG, TIFF with a frame per page, BMP, GIF).
 * An image has no text layer: this reader only checks that the pages can be decoded and are of a
 * size to read, and leaves the reading to {@link ImageOcrFallback}, which has OCR's time budget,
 * as a scanned PDF's pages are left to {@link PdfOcrFallback}. Without OCR the record says the
 * text could not be read ({@code empty}) rather than that the format is unknown.
 */
public final class ImageReader implements DocumentReader {
  static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif");

  @Override
  public Set<String> mediaTypes() {
    return TYPES;
  }

  @Override
  public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) throws ReadFailure {
    int pages;
    try (ImageFrames frames = ImageFrames.open(bytes)) {
      pages = frames.count();
    }
    throw new ReadFailure(ErrorCode.EMPTY, PdfReader.NO_TEXT_LAYER + " in an image (" + pages + " page" + (pages == 1 ? "" : "s")
        + "): its text is read by OCR only");
  }
}

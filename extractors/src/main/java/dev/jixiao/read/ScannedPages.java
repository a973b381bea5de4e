package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text from the lines OCR found on a document's pages: what stands at the same edge of many pages
 * (page numbers, running heads) left out, each page's lines joined into paragraphs, for a
 * {@link PageWriter} to write.
 */
final class ScannedPages {
  /** The warning code of a document whose text (some of it) came from OCR. */
  static final String OCR_UNCERTAIN = "ocr-uncertain";
  /** A scanned page is skewed, so its left margin drifts down the page: a line within a character of it starts at it. */
  static final float OCR_MARGIN_SLACK = 1f;

  private final List<List<OcrLine>> pages;
  private final PageFurniture furniture;

  ScannedPages(List<List<OcrLine>> pages) {
    this.pages = pages;
    this.furniture = PageFurniture.of(pages);
  }

  /** The paragraphs of the {@code k}-th recognised page, top to bottom. */
  List<Object> page(int k) {
    List<OcrLine> lines = pages.get(k);
    return new ArrayList<>(Paragraphs.of(furniture.strip(lines), sizeTolerance(lines), OCR_MARGIN_SLACK));
  }

  /**
   * A document of nothing but recognised pages (an image file, a Word file of scans), each page
   * written through a {@link PageWriter} so a paragraph a page break cuts is one.
   *
   * @param what what the pages are, for the failure when OCR found no text ("the image")
   */
  static TextDocument document(List<List<OcrLine>> recognised, String format, String what, ReadLimits limits) throws ReadFailure {
    ScannedPages scanned = new ScannedPages(recognised);
    PageWriter writer = new PageWriter(new TextAssembler(limits.maxChars()));
    List<Integer> pages = new ArrayList<>();
    for (int k = 0; k < recognised.size(); k++) {
      writer.page(scanned.page(k));
      pages.add(k + 1);
    }
    TextAssembler out = writer.finish();
    if (out.text().isBlank()) {
      throw new ReadFailure(ErrorCode.EMPTY, "OCR found no text in " + what + " (" + pages.size() + " page" + (pages.size() == 1 ? ")" : "s)"));
    }
    return new TextDocument(out.text(), out.pageStarts(), format, null, true, List.of(uncertain(pages)), List.of());
  }

  /** The warning every OCR record carries, naming its recognised pages (1-based). */
  static RecordError uncertain(List<Integer> pages) {
    return new RecordError(OCR_UNCERTAIN, "text of page" + (pages.size() > 1 ? "s " : " ") + PageRanges.format(pages)
        + " read by OCR (Tesseract, chi_sim): figures and names may be misread");
  }

  /** A fifth of the median line height: measured heights of one font size differ by that much. */
  private static float sizeTolerance(List<OcrLine> lines) {
    float[] sizes = new float[lines.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = lines.get(i).size();
    }
    Arrays.sort(sizes);
    return sizes.length == 0 ? 1f : Math.max(1f, sizes[sizes.length / 2] * 0.2f);
  }
}

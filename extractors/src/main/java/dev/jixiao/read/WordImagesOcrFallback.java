package dev.jixiao.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;

/**
 * OCR for a Word document that holds its report as pictures: the pages were scanned and pasted in,
 * so the document has no text, only images. Each picture of a page's size, in the order the
 * document shows them, is read as a scanned page ({@link ImageFrames}, {@link PageOcr},
 * {@link ScannedPages}); small pictures (logos, stamps) and those no decoder reads (EMF, WMF) are
 * passed over. A document with any text of its own is left to {@link WordReader}.
 */
public final class WordImagesOcrFallback implements FallbackReader {
  /** A picture whose shorter side has fewer pixels is no page: an A4 scan at 75 dpi has 620. */
  static final int MIN_PAGE_SIDE = 500;

  private final PageOcr ocr;

  public WordImagesOcrFallback(TesseractOcr tesseract, int threads) {
    this(new PageOcr(tesseract, threads));
  }

  WordImagesOcrFallback(PageOcr ocr) {
    this.ocr = ocr;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of(WordReader.DOCX, WordReader.DOC, WordReader.DOCM);
  }

  @Override
  public boolean wants(TextDocument first) {
    return first == null;
  }

  @Override
  public TextDocument complete(byte[] bytes, TextDocument first, ReadLimits limits) throws ReadFailure {
    boolean ole = isOle2(bytes);
    List<ImageFrames> opened = new ArrayList<>();
    try {
      List<ImageFrames> pages = new ArrayList<>();
      for (byte[] picture : WordImages.of(ole ? new OfficeParser() : new OOXMLParser(), bytes, limits)) {
        ImageFrames frames;
        try {
          frames = ImageFrames.open(picture);
        } catch (ReadFailure e) {
          continue; // a drawing format (EMF, WMF) or a broken picture: no page to read
        }
        opened.add(frames);
        if (frames.count() == 1 && frames.shortSide(0) >= MIN_PAGE_SIDE) {
          pages.add(frames);
        }
      }
      if (pages.isEmpty()) {
        return null;
      }
      ocr.checkAvailable();
      List<List<OcrLine>> recognised = ocr.recognise(pages.size(), i -> pages.get(i).page(0), limits);
      return ScannedPages.document(recognised, ole ? "doc" : "docx", "the document's pictures", limits);
    } catch (IOException | RuntimeException e) {
      throw Failures.of(e);
    } finally {
      opened.forEach(ImageFrames::close);
    }
  }

  /** A Word 97–2003 file is an OLE2 compound file; a .docx is a zip. */
  private static boolean isOle2(byte[] bytes) {
    return bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xe0;
  }
}

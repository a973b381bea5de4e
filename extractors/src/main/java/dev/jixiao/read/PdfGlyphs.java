package dev.jixiao.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The positioned characters of each page, as PDFBox's text stripper decodes them (ToUnicode maps,
 * duplicate overlapping glyphs of fake bold removed). Layout is left to {@link PdfLines}: the
 * stripper's own line and paragraph guesses know nothing of tables or Chinese line breaking.
 *
 * <p>The same pass notes which pages build a path at all: only those can draw a table's borders,
 * so only those need {@link PdfRulings}' second pass over the page (a quarter of laying out a
 * page that has none); and how much of each page its largest image covers, which tells a scan
 * with a few words stamped over it from a page of text.
 */
final class PdfGlyphs extends PDFTextStripper {
  /** Every operator that starts or extends a path; a ruling is drawn with some of them. */
  private static final List<String> PATH_OPERATORS = List.of(OperatorName.MOVE_TO, OperatorName.LINE_TO,
      OperatorName.CURVE_TO, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
      OperatorName.CLOSE_PATH, OperatorName.APPEND_RECT);

  /**
   * A document's glyphs per page (index 0 for page 1), the pages (numbered from 1) that build paths,
   * and the share of each page (index 0 for page 1) its largest image covers.
   */
  record Pages(List<List<TextPosition>> glyphs, BitSet drawPaths, double[] imageShare) {}

  private final Map<Integer, List<TextPosition>> byPage = new HashMap<>();
  private final BitSet drawPaths = new BitSet();
  private final Map<Integer, Double> imageShare = new HashMap<>();

  private PdfGlyphs() throws IOException {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
    for (String name : PATH_OPERATORS) {
      addOperator(new OperatorProcessor(this) {
        @Override
        public void process(Operator operator, List<COSBase> operands) {
          drawPaths.set(getCurrentPageNo());
        }

        @Override
        public String getName() {
          return name;
        }
      });
    }
    DrawObject draw = new DrawObject(this);
    addOperator(new OperatorProcessor(this) {
      @Override
      public void process(Operator operator, List<COSBase> operands) throws IOException {
        noteImage(operands);
        draw.process(operator, operands);
      }

      @Override
      public String getName() {
        return OperatorName.DRAW_OBJECT;
      }
    });
  }

  /** An image drawn: how much of the page its unit square, as placed, covers. */
  private void noteImage(List<COSBase> operands) throws IOException {
    if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || !getResources().isImageXObject(name)) {
      return;
    }
    double area = PdfPageImages.placedArea(getGraphicsState().getCurrentTransformationMatrix());
    imageShare.merge(getCurrentPageNo(), PdfPageImages.share(area, getCurrentPage()), Math::max);
  }

  static Pages of(PDDocument document) throws IOException {
    PdfGlyphs stripper = new PdfGlyphs();
    stripper.writeText(document, new StringWriter());
    List<List<TextPosition>> pages = new ArrayList<>();
    double[] shares = new double[document.getNumberOfPages()];
    for (int i = 1; i <= document.getNumberOfPages(); i++) {
      pages.add(stripper.byPage.getOrDefault(i, List.of()));
      shares[i - 1] = stripper.imageShare.getOrDefault(i, 0.0);
    }
    return new Pages(pages, stripper.drawPaths, shares);
  }

  @Override
  protected void writePage() {
    List<TextPosition> glyphs = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      glyphs.addAll(article);
    }
    byPage.put(getCurrentPageNo(), glyphs);
  }
}

package dev.jixiao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Whether a page draws any image, and at what resolution its largest one was scanned: the pixels
 * per inch of the image as placed on the page. Rendering for OCR at that resolution gives
 * Tesseract the scanner's own pixels; upsampling a 150 dpi scan to 300 dpi read worse. Also whether
 * it shows visible text: a page that does while its text layer gave nothing readable has fonts
 * without a Unicode map, and only its rendering can be read.
 */
final class PdfPageImages extends PDFGraphicsStreamEngine {
  static final int MIN_DPI = 72;
  static final int MAX_DPI = 400;
  /** An image covering this share of its page or more is the page's scan. */
  static final double SCAN_SHARE = 0.5;

  private double largestArea;
  private int dpi;
  private boolean any;
  private final List<Float> textSizes = new ArrayList<>();

  private PdfPageImages(PDPage page) {
    super(page);
  }

  /**
   * What a page draws: {@code nativeDpi} is {@code defaultDpi} for a page without images,
   * {@code textSize} the median size in points of the visible glyphs it shows (0 for none), and
   * {@code imageShare} the part of the page its largest image covers.
   */
  record Facts(boolean hasImages, int nativeDpi, float textSize, double imageShare) {
    boolean showsText() {
      return textSize > 0;
    }
  }

  static Facts of(PDPage page, int defaultDpi) throws IOException {
    PdfPageImages engine = new PdfPageImages(page);
    engine.processPage(page);
    List<Float> sizes = engine.textSizes;
    Collections.sort(sizes);
    return new Facts(engine.any, engine.dpi > 0 ? engine.dpi : defaultDpi, sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2),
        share(engine.largestArea, page));
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
    // invisible text is an OCR layer over a scan, which its image shows
    if (getGraphicsState().getTextState().getRenderingMode() != RenderingMode.NEITHER) {
      textSizes.add(Math.abs(textRenderingMatrix.getScalingFactorY()));
    }
  }

  /** The area, in square points, of an image's unit square placed by this transformation. */
  static double placedArea(Matrix ctm) {
    return Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1)) * Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1));
  }

  /** The share of the page that an area in square points covers, at most 1. */
  static double share(double area, PDPage page) {
    PDRectangle box = page.getCropBox();
    return Math.min(1, area / Math.max(1, (double) box.getWidth() * box.getHeight()));
  }

  @Override
  public void drawImage(PDImage image) {
    any = true;
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double widthPt = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1));
    double area = placedArea(ctm);
    if (area > largestArea && widthPt > 1 && image.getWidth() > 1) {
      largestArea = area;
      double ppi = image.getWidth() / (widthPt / 72.0);
      dpi = (int) Math.max(MIN_DPI, Math.min(MAX_DPI, Math.round(ppi)));
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void moveTo(float x, float y) {}

  @Override
  public void lineTo(float x, float y) {}

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float();
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {}

  @Override
  public void strokePath() {}

  @Override
  public void fillPath(int windingRule) {}

  @Override
  public void fillAndStrokePath(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}
}

package dev.jixiao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Whether a page draws any image, and at what resolution its largest one was scanned: the pixels
 * per inch of the image as placed on the page. Rendering for OCR at that resolution gives
 * Tesseract the scanner's own pixels; upsampling a 150 dpi scan to 300 dpi read worse.
 */
final class PdfPageImages extends PDFGraphicsStreamEngine {
  static final int MIN_DPI = 72;
  static final int MAX_DPI = 400;

  private double largestArea;
  private int dpi;
  private boolean any;

  private PdfPageImages(PDPage page) {
    super(page);
  }

  /** What a page draws, or {@code null}-free facts: {@code any} false for a page without images. */
  record Facts(boolean hasImages, int nativeDpi) {}

  static Facts of(PDPage page, int defaultDpi) throws IOException {
    PdfPageImages engine = new PdfPageImages(page);
    engine.processPage(page);
    return new Facts(engine.any, engine.dpi > 0 ? engine.dpi : defaultDpi);
  }

  @Override
  public void drawImage(PDImage image) {
    any = true;
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    double widthPt = Math.hypot(ctm.getValue(0, 0), ctm.getValue(0, 1));
    double heightPt = Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1));
    double area = widthPt * heightPt;
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

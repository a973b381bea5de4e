package dev.jixiao.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight horizontal and vertical lines a page draws: table borders. Stroked paths and
 * rectangles count, and so do filled rectangles thin enough to be a border (some writers fill
 * rather than stroke them). Coordinates are turned to the text's: origin top left, y downwards.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {
  /** Thicker than this, a filled rectangle is a shaded area, not a line. */
  static final float MAX_THICKNESS = 3f;
  static final float MIN_LENGTH = 4f;

  /** A horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}) segment, x0 ≤ x1, y0 ≤ y1. */
  record Segment(float x0, float y0, float x1, float y1) {
    boolean horizontal() {
      return y1 - y0 < x1 - x0;
    }
  }

  private final List<Segment> segments = new ArrayList<>();
  private final List<Point2D[]> pathLines = new ArrayList<>();
  private final List<Point2D[]> pathRects = new ArrayList<>();
  private final float originX;
  private final float top;
  private Point2D current = new Point2D.Float();
  private Point2D subpathStart = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.originX = box.getLowerLeftX();
    this.top = box.getUpperRightY();
    // Selecting a font loads it (a Chinese font's CMaps and embedded subset): 7% of reading a PDF,
    // for text this pass never shows (below). The text pass loads the fonts it needs.
    addOperator(new OperatorProcessor(this) {
      @Override
      public void process(Operator operator, List<COSBase> operands) {}

      @Override
      public String getName() {
        return OperatorName.SET_FONT_AND_SIZE;
      }
    });
  }

  static List<Segment> of(PDPage page) throws IOException {
    PdfRulings engine = new PdfRulings(page);
    engine.processPage(page);
    return engine.segments;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    pathRects.add(new Point2D[] {p0, p1, p2, p3});
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    subpathStart = current;
  }

  @Override
  public void lineTo(float x, float y) {
    Point2D next = new Point2D.Float(x, y);
    pathLines.add(new Point2D[] {current, next});
    current = next;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    pathLines.add(new Point2D[] {current, subpathStart});
    current = subpathStart;
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() {
    for (Point2D[] l : pathLines) {
      addLine(l[0], l[1]);
    }
    for (Point2D[] r : pathRects) {
      for (int i = 0; i < 4; i++) {
        addLine(r[i], r[(i + 1) % 4]);
      }
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) {
    for (Point2D[] r : pathRects) {
      addThinRectangle(r);
    }
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  // Text is read by the text pass; decoding every glyph again here only to draw nothing was most
  // of this pass's time.
  @Override
  public void showTextString(byte[] string) {}

  @Override
  public void showTextStrings(COSArray array) {}

  @Override
  public void drawImage(PDImage pdImage) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(COSName shadingName) {}

  private void clearPath() {
    pathLines.clear();
    pathRects.clear();
  }

  private void addLine(Point2D a, Point2D b) {
    float x0 = (float) Math.min(a.getX(), b.getX()) - originX;
    float x1 = (float) Math.max(a.getX(), b.getX()) - originX;
    float y0 = top - (float) Math.max(a.getY(), b.getY());
    float y1 = top - (float) Math.min(a.getY(), b.getY());
    boolean horizontal = y1 - y0 < 0.5f && x1 - x0 >= MIN_LENGTH;
    boolean vertical = x1 - x0 < 0.5f && y1 - y0 >= MIN_LENGTH;
    if (horizontal) {
      float y = (y0 + y1) / 2;
      segments.add(new Segment(x0, y, x1, y));
    } else if (vertical) {
      float x = (x0 + x1) / 2;
      segments.add(new Segment(x, y0, x, y1));
    }
  }

  private void addThinRectangle(Point2D[] r) {
    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (Point2D p : r) {
      minX = Math.min(minX, p.getX());
      maxX = Math.max(maxX, p.getX());
      minY = Math.min(minY, p.getY());
      maxY = Math.max(maxY, p.getY());
    }
    double w = maxX - minX;
    double h = maxY - minY;
    if (h <= MAX_THICKNESS && w >= MIN_LENGTH) {
      double y = (minY + maxY) / 2;
      addLine(new Point2D.Double(minX, y), new Point2D.Double(maxX, y));
    } else if (w <= MAX_THICKNESS && h >= MIN_LENGTH) {
      double x = (minX + maxX) / 2;
      addLine(new Point2D.Double(x, minY), new Point2D.Double(x, maxY));
    }
  }
}

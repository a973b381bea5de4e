package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * The pages of an image file (one for PNG or JPEG, each frame of a TIFF), decoded one at a time at
 * a resolution fit for OCR. The resolution comes from the file (JFIF density, PNG pHYs, TIFF
 * XResolution) or, where it has none, from taking the page for A4. Above 400 dpi a frame is decoded
 * at a fraction of its pixels: Tesseract reads no better, and a page at 1,200 dpi would need
 * hundreds of megabytes.
 */
final class ImageFrames implements Closeable {
  /** More pixels than this in the file (A0 at 400 dpi has 240 million), and the image is no page. */
  static final long MAX_SOURCE_PIXELS = 300_000_000L;
  /**
   * More pixels than this to decode, even reduced, and the image is no page: A3 at 400 dpi has 31
   * million. A page held in colour, grey and filtered takes five bytes a pixel, and four pages are in
   * hand at once on two cores: 35 million keeps them within a worker's 1 GB heap.
   */
  static final long MAX_PIXELS = 35_000_000L;
  /** Each page is seconds of OCR: far more pages than any report, and OCR would outlast its budget anyway. */
  static final int MAX_FRAMES = 500;
  private static final double A4_SHORT_SIDE_INCHES = 210 / 25.4;
  private static final int TARGET_DPI = 300;

  private final ImageInputStream stream;
  private final ImageReader reader;
  private final int count;

  private ImageFrames(ImageInputStream stream, ImageReader reader, int count) {
    this.stream = stream;
    this.reader = reader;
    this.count = count;
  }

  /** Opens the image and checks every frame's size without decoding any. */
  static ImageFrames open(byte[] bytes) throws ReadFailure {
    ImageInputStream stream = null;
    ImageReader reader = null;
    try {
      stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        throw new ReadFailure(ErrorCode.UNSUPPORTED_FORMAT, "no image decoder for these bytes (PNG, JPEG, TIFF, BMP and GIF are read)");
      }
      reader = readers.next();
      reader.setInput(stream, false, false);
      int count = reader.getNumImages(true);
      if (count < 1) {
        throw new ReadFailure(ErrorCode.EMPTY, "the image file holds no image");
      }
      if (count > MAX_FRAMES) {
        throw new ReadFailure(ErrorCode.TOO_LARGE, "the image file holds " + count + " pages; the limit is " + MAX_FRAMES);
      }
      ImageFrames frames = new ImageFrames(stream, reader, count);
      for (int i = 0; i < count; i++) {
        frames.checkSize(i);
      }
      return frames;
    } catch (ReadFailure e) {
      dispose(stream, reader);
      throw e;
    } catch (IOException | RuntimeException e) {
      dispose(stream, reader);
      throw new ReadFailure(ErrorCode.CORRUPT, "the image cannot be decoded: " + e.getMessage(), e);
    }
  }

  int count() {
    return count;
  }

  /** The shorter side of frame {@code i}, in pixels as stored. */
  int shortSide(int i) throws IOException {
    return Math.min(reader.getWidth(i), reader.getHeight(i));
  }

  /** The format's short name, as the record gives it ({@code png}, {@code jpeg}, {@code tiff}, …). */
  String format() throws IOException {
    String name = reader.getFormatName().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "jpg" -> "jpeg";
      case "tif" -> "tiff";
      default -> name;
    };
  }

  /** Frame {@code i} decoded for OCR, with the resolution it was decoded at. */
  PageOcr.Page page(int i) throws IOException {
    int dpi = dpi(i);
    int reduce = reduction(dpi);
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceSubsampling(reduce, reduce, 0, 0);
    BufferedImage image = reader.read(i, param);
    return new PageOcr.Page(onWhite(image), Math.round((float) dpi / reduce), true);
  }

  /**
   * The image laid on white paper. A PNG exported with a transparent background has its ink opaque
   * and its paper see-through; drawn onto a new image, whose pixels start black, the paper would
   * turn black and OCR find no text at all.
   */
  private static BufferedImage onWhite(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return image;
    }
    BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return grey;
  }

  private void checkSize(int i) throws IOException, ReadFailure {
    long width = reader.getWidth(i);
    long height = reader.getHeight(i);
    if (width * height > MAX_SOURCE_PIXELS) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "page " + (i + 1) + " of the image is " + width + "×" + height
          + " pixels; the limit is " + MAX_SOURCE_PIXELS / 1_000_000 + " million");
    }
    int reduce = reduction(dpi(i));
    long pixels = ((width + reduce - 1) / reduce) * ((height + reduce - 1) / reduce);
    if (pixels > MAX_PIXELS) {
      throw new ReadFailure(ErrorCode.TOO_LARGE, "page " + (i + 1) + " of the image is " + width + "×" + height
          + " pixels, " + pixels / 1_000_000 + " million to read at " + dpi(i) / reduce + " dpi; the limit is " + MAX_PIXELS / 1_000_000 + " million");
    }
  }

  /** The pixels per inch the file states for frame {@code i}, or what an A4 page of its size would have. */
  private int dpi(int i) throws IOException {
    Integer stated = statedDpi(reader.getImageMetadata(i));
    if (stated != null) {
      return stated;
    }
    int shortSide = Math.min(reader.getWidth(i), reader.getHeight(i));
    return Math.max(PdfPageImages.MIN_DPI, (int) Math.round(shortSide / A4_SHORT_SIDE_INCHES));
  }

  private static Integer statedDpi(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return null;
    }
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
    NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
    if (sizes.getLength() == 0) {
      return null;
    }
    try {
      double millimetresPerPixel = Double.parseDouble(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
      long dpi = Math.round(25.4 / millimetresPerPixel);
      // a JPEG's density may be an aspect ratio only (1:1), and some writers put 72 or 96 for "unknown"
      return dpi >= 100 && dpi <= 2400 ? (int) dpi : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** By how much a frame is reduced in each direction: none up to 400 dpi, then to about 300. */
  private static int reduction(int dpi) {
    return dpi <= PdfPageImages.MAX_DPI ? 1 : (int) Math.ceil((double) dpi / TARGET_DPI);
  }

  @Override
  public void close() {
    dispose(stream, reader);
  }

  private static void dispose(ImageInputStream stream, ImageReader reader) {
    if (reader != null) {
      reader.dispose();
    }
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException e) {
        // nothing held but memory
      }
    }
  }
}

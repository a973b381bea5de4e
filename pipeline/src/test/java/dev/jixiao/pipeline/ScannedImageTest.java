package dev.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jixiao.gold.GoldComparator;
import dev.jixiao.gold.Samples;
import dev.jixiao.record.Report;
import dev.jixiao.record.Status;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scans published as image files instead of PDFs: a multi-page TIFF as a scanner writes it, one
 * JPEG or PNG per page, or the pages pasted into a Word file. The images here are the sample scans' own pages (the grey JPEG each page of
 * the scanned PDF draws), so they read as the scanned PDFs do.
 */
class ScannedImageTest {
  private static final Pipeline PIPELINE = Pipelines.standard();
  @TempDir static Path tmp;

  @BeforeAll
  static void tesseractIsInstalled() {
    assumeTrue(new java.io.File("/usr/bin/tesseract").canExecute(), "tesseract is not installed (.ci/install-deps installs it)");
  }

  @Test
  void aMultiPageTiffOfAScanGivesTheGoldRecord() throws IOException {
    String seed = "xinzaozhen-2024-ocr";

    Report r = tiffOf(seed);

    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(r.source().format()).isEqualTo("tiff");
    assertThat(r.source().ocr()).isTrue();
    assertThat(r.source().pages()).isEqualTo(3);
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  /**
   * Read from its unresampled pixels, guraozhen's scan gives its list's item 26 as "26-古蚀镇…":
   * the hyphen is repaired as a misread point, or ten entries after it would lose their numbers.
   */
  @Test
  void aLongScanAsATiffKeepsItsEntriesAndTheirListNumbers() throws IOException {
    String seed = "guraozhen-2024";

    Report r = tiffOf(seed);

    assertThat(r.source().pages()).isEqualTo(8);
    assertThat(r.projects()).hasSize(Samples.gold(seed).get("projects").size());
    assertThat(r.projects().stream().filter(p -> p.seq() == null).count()).isLessThanOrEqualTo(2);
  }

  @Test
  void eachPageSavedAsAnImageIsARecordOfItsOwn() throws IOException {
    List<BufferedImage> pages = pageImages("caohezhen-2023");
    Path jpeg = tmp.resolve("caohezhen-1.jpg");
    ImageIO.write(pages.get(0), "jpeg", jpeg.toFile());
    Path png = tmp.resolve("caohezhen-2.png");
    ImageIO.write(pages.get(1), "png", png.toFile());

    Report first = PIPELINE.process(jpeg);
    Report second = PIPELINE.process(png);

    assertThat(first.source().format()).isEqualTo("jpeg");
    assertThat(second.source().format()).isEqualTo("png");
    assertThat(List.of(first, second)).allSatisfy(r -> {
      assertThat(r.source().ocr()).isTrue();
      assertThat(r.source().pages()).isEqualTo(1);
    });
    assertThat(first.fiscalYear()).isEqualTo(2023);
    assertThat(first.unit().township()).isEqualTo("漕河镇");
    assertThat(second.totals().projectCount().value()).isEqualTo(62);
    assertThat(second.totals().expenditure().yuan()).isEqualByComparingTo("14600900");
  }

  /**
   * A page scanned on its side (a landscape table in a portrait report) or fed upside down is read
   * turned upright: on its side Tesseract read it as columns of vertical text, upside down as noise,
   * and the page gave one entry of fourteen, or none.
   */
  @ParameterizedTest(name = "turned {0}°")
  @ValueSource(ints = {90, 180, 270})
  void aPageScannedOnItsSideOrUpsideDownIsReadUpright(int degrees) throws IOException {
    BufferedImage page = pageImages("caohezhen-2023").get(1);
    Path png = tmp.resolve("caohezhen-2-turned-" + degrees + ".png");
    ImageIO.write(turned(page, degrees), "png", png.toFile());

    Report r = PIPELINE.process(png);

    assertThat(r.projects()).hasSizeGreaterThanOrEqualTo(14);
    assertThat(r.totals().expenditure().yuan()).isEqualByComparingTo("14600900");
  }

  /** The page turned clockwise, as a scanner would have it: written here, not with the reader's own turn. */
  private static BufferedImage turned(BufferedImage page, int degrees) {
    AffineTransform turn = new AffineTransform();
    boolean quarter = degrees != 180;
    int w = quarter ? page.getHeight() : page.getWidth();
    int h = quarter ? page.getWidth() : page.getHeight();
    turn.translate(w / 2.0, h / 2.0);
    turn.rotate(Math.toRadians(degrees));
    turn.translate(-page.getWidth() / 2.0, -page.getHeight() / 2.0);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(page, turn, null);
    g.dispose();
    return out;
  }

  /** A page exported with see-through paper (ink opaque, paper transparent) is read on white, not on black. */
  @Test
  void aPngWithTransparentPaperIsReadOnWhite() throws IOException {
    BufferedImage page = pageImages("caohezhen-2023").get(1);
    BufferedImage inked = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int ink = 255 - (page.getRGB(x, y) & 0xff);
        inked.setRGB(x, y, ink << 24);
      }
    }
    Path png = tmp.resolve("caohezhen-2-transparent.png");
    ImageIO.write(inked, "png", png.toFile());

    Report r = PIPELINE.process(png);

    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(r.totals().expenditure().yuan()).isEqualByComparingTo("14600900");
  }

  /** The scanned pages pasted into a Word file, a picture a page: the file has no text, only its pictures. */
  @Test
  void aWordFileOfPastedScansIsReadFromItsPictures() throws Exception {
    String seed = "xinzaozhen-2024-ocr";
    Path docx = tmp.resolve(seed + "-pictures.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
      for (BufferedImage page : pageImages(seed)) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "page.png",
            Units.toEMU(450), Units.toEMU(636));
      }
      doc.write(out);
    }

    Report r = PIPELINE.process(docx);

    assertThat(r.status()).as(r.errors().toString()).isEqualTo(Status.OK);
    assertThat(r.source().format()).isEqualTo("docx");
    assertThat(r.source().ocr()).isTrue();
    assertThat(r.source().pages()).isEqualTo(3);
    assertThat(GoldComparator.compare(Samples.gold(seed), r, GoldComparator.CORE).misses()).isEmpty();
  }

  /** The image each page of a sample scan draws, as the scanner made it. */
  private static List<BufferedImage> pageImages(String seed) throws IOException {
    List<BufferedImage> images = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(Samples.file("scanned/" + seed + "-scan.pdf").toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            images.add(image.getImage());
          }
        }
      }
    }
    return images;
  }

  /** The record of a sample scan's pages saved as one TIFF. */
  private static Report tiffOf(String seed) throws IOException {
    Path tiff = tmp.resolve(seed + ".tiff");
    writeTiff(pageImages(seed), tiff);
    return PIPELINE.process(tiff);
  }

  private static void writeTiff(List<BufferedImage> pages, Path to) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(to.toFile())) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      writer.prepareWriteSequence(null);
      for (BufferedImage page : pages) {
        writer.writeToSequence(new IIOImage(page, null, null), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
  }
}

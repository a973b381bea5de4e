package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/** Pictures in a Word file: no text of the report, and the pages of one when it has no text (ScannedImageTest reads those). */
class WordPicturesTest {
  private static final MediaType DOCX = MediaType.parse(WordReader.DOCX);

  /** Tika heads each picture it finds with its part's name; that name is no line of the report. */
  @Test
  void aPicturesPartNameIsNotText() throws Exception {
    byte[] docx = docx("古饶镇2024年度部门整体支出绩效自评报告", picture(120, 120));

    TextDocument doc = Readers.standard(null).read(docx, DOCX, ReadLimits.DEFAULTS);

    assertThat(doc.text().strip()).isEqualTo("古饶镇2024年度部门整体支出绩效自评报告");
  }

  /** A logo alone is no scanned page: nothing to recognise, and the record says the document has no text. */
  @Test
  void aWordFileOfASmallPictureAloneHasNoText() throws Exception {
    byte[] docx = docx(null, picture(300, 120));
    Readers readers = Readers.standard(new WordImagesOcrFallback(new TesseractOcr("/nonexistent/tesseract", "chi_sim"), 1));

    assertThatThrownBy(() -> readers.read(docx, DOCX, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.EMPTY);
          assertThat(e.getMessage()).endsWith("the document has no text");
        });
  }

  /** A page-sized picture is worth OCR: without Tesseract the record says so, not that there is no text. */
  @Test
  void aWordFileOfAPageSizedPictureNeedsOcr() throws Exception {
    byte[] docx = docx(null, picture(1240, 1754));
    Readers readers = Readers.standard(new WordImagesOcrFallback(new TesseractOcr("/nonexistent/tesseract", "chi_sim"), 1));

    assertThatThrownBy(() -> readers.read(docx, DOCX, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OCR_UNAVAILABLE));
  }

  private static byte[] picture(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", out);
    return out.toByteArray();
  }

  private static byte[] docx(String text, byte[] png) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (text != null) {
        doc.createParagraph().createRun().setText(text);
      }
      doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "picture.png",
          Units.toEMU(100), Units.toEMU(100));
      doc.write(out);
      return out.toByteArray();
    }
  }
}

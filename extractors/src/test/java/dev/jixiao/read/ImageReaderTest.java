package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;

/**
 * Image files before OCR: what they are detected as, which fail and how, and at what resolution
 * their pages go to Tesseract. The OCR of real scan pages saved as images is ScannedImageTest's.
 */
class ImageReaderTest {
  private static final Readers WITHOUT_OCR = Readers.standard(null);

  @Test
  void anImageIsDetectedByItsBytesAndWithoutOcrSaysItsTextNeedsIt() throws IOException {
    byte[] png = encode(new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY), "png");
    MediaType type = new FormatDetector().detect(png, "report.pdf");

    assertThat(type.toString()).isEqualTo("image/png");
    assertThatThrownBy(() -> WITHOUT_OCR.read(png, type, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.EMPTY);
          assertThat(e.getMessage()).contains("no text layer", "1 page", "OCR");
        });
  }

  @Test
  void aTruncatedImageIsCorrupt() throws IOException {
    byte[] jpeg = encode(new BufferedImage(620, 877, BufferedImage.TYPE_BYTE_GRAY), "jpeg");
    byte[] cut = Arrays.copyOf(jpeg, 40);

    assertThatThrownBy(() -> ImageFrames.open(cut))
        .isInstanceOfSatisfying(ReadFailure.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT));
  }

  /** A PNG's header may claim any size: 60,000 × 60,000 pixels are 3.6 billion, refused before a row is inflated. */
  @Test
  void anImageClaimingBillionsOfPixelsIsTooLarge() {
    byte[] bomb = pngHeaderOnly(60_000, 60_000);

    assertThatThrownBy(() -> ImageFrames.open(bomb))
        .isInstanceOfSatisfying(ReadFailure.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("60000×60000");
        });
  }

  /** A poster-sized page at a stated 300 dpi is not reduced, and 49 million pixels to decode are more than a page. */
  @Test
  void anImageTooLargeToDecodeEvenAtItsOwnResolutionIsTooLarge() {
    byte[] poster = png(7000, 7000, 11811); // 300 dpi in pixels a metre

    assertThatThrownBy(() -> ImageFrames.open(poster))
        .isInstanceOfSatisfying(ReadFailure.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TOO_LARGE);
          assertThat(e.getMessage()).contains("49 million to read at 300 dpi");
        });
  }

  /** Without a stated resolution a page is taken for A4; above 400 dpi it is decoded at half its pixels or less. */
  @Test
  void aPageGoesToOcrAtItsScansResolutionAndAtMost400Dpi() throws Exception {
    try (ImageFrames a4At150 = ImageFrames.open(encode(new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY), "png"))) {
      PageOcr.Page page = a4At150.page(0);
      assertThat(page.dpi()).isEqualTo(150);
      assertThat(page.image().getWidth()).isEqualTo(1240);
    }
    try (ImageFrames a4At600 = ImageFrames.open(encode(new BufferedImage(4960, 7016, BufferedImage.TYPE_BYTE_GRAY), "png"))) {
      PageOcr.Page page = a4At600.page(0);
      assertThat(page.dpi()).isEqualTo(300);
      assertThat(page.image().getWidth()).isEqualTo(2480);
      assertThat(a4At600.format()).isEqualTo("png");
    }
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  /** The PNG signature and an IHDR chunk (8-bit grey) for the given size, and nothing else. */
  private static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer png = ByteBuffer.allocate(8 + 25);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0)
        .put((byte) 0).array());
    return png.array();
  }

  /** A PNG's header with its resolution (pHYs), an empty image and its end: enough to size it, not to decode it. */
  private static byte[] png(int width, int height, int pixelsPerMetre) {
    ByteBuffer png = ByteBuffer.allocate(8 + 25 + 21 + 12 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0)
        .put((byte) 0).array());
    chunk(png, "pHYs", ByteBuffer.allocate(9).putInt(pixelsPerMetre).putInt(pixelsPerMetre).put((byte) 1).array());
    chunk(png, "IDAT", new byte[0]);
    chunk(png, "IEND", new byte[0]);
    return png.array();
  }

  private static void chunk(ByteBuffer png, String type, byte[] data) {
    byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).array();
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    png.putInt(data.length).put(typeAndData).putInt((int) crc.getValue());
  }
}

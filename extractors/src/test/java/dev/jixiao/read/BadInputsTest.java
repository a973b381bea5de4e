package dev.jixiao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.record.ErrorCode;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every file in bad/ fails with its own code, quickly, and nothing escapes as an exception. */
class BadInputsTest {
  private static final Readers READERS = Readers.standard(null);

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "bad/empty.pdf, EMPTY",
      "bad/truncated.pdf, CORRUPT",
      "bad/encrypted.pdf, ENCRYPTED",
      "bad/not-really.docx, UNSUPPORTED_FORMAT",
      "bad/zipbomb.docx, TOO_LARGE",
      "bad/blank-page.pdf, EMPTY",
      "bad/binary.txt, UNSUPPORTED_FORMAT"})
  void failsWithItsCode(String file, ErrorCode code) {
    assertThatThrownBy(() -> Samples.read(READERS, file, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(code))
        .hasMessageNotContaining("null");
  }

  @Test
  void theZipBombIsRefusedWithoutExpandingIt() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long start = System.nanoTime();

    assertThatThrownBy(() -> Samples.read(READERS, "bad/zipbomb.docx", ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOO_LARGE));

    long after = rt.totalMemory() - rt.freeMemory();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(after - before).isLessThan(200L * 1024 * 1024); // 400 MB of spaces were never held
  }

  @Test
  void anEncryptedDocxIsEncrypted() throws Exception {
    byte[] docx;
    try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("古饶镇绩效自评");
      doc.write(out);
      docx = out.toByteArray();
    }
    byte[] encrypted;
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
        os.write(docx);
      }
      fs.writeFilesystem(out);
      encrypted = out.toByteArray();
    }

    org.apache.tika.mime.MediaType type = new FormatDetector().detect(encrypted, "report.docx");
    assertThatThrownBy(() -> READERS.read(encrypted, type, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.ENCRYPTED));
  }

  @Test
  void aFailureNamesTheReader() {
    assertThatThrownBy(() -> Samples.read(READERS, "bad/encrypted.pdf", ReadLimits.DEFAULTS)).hasMessageStartingWith("PdfReader: ");
  }

  @Test
  void anInputOverMaxBytesIsTooLarge() {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxBytes(1000);

    assertThatThrownBy(() -> Samples.read(READERS, "pdf/caohezhen-2023.pdf", limits))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOO_LARGE));
  }

  @Test
  void textOverMaxCharsIsTooLargeInEveryFormat() {
    ReadLimits limits = ReadLimits.DEFAULTS.withMaxChars(1000);
    for (String file : new String[] {"docx/guraozhen-2024.docx", "doc/guraozhen-2024.doc", "html/guraozhen-2024.html",
        "pdf/guraozhen-2024.pdf", "text/guraozhen-2024.txt", "tables/guraozhen-2024-projects.xlsx"}) {
      assertThatThrownBy(() -> Samples.read(READERS, file, limits))
          .as(file)
          .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TOO_LARGE));
    }
  }

  @Test
  void aReaderThatOverrunsIsAbandonedNotWaitedFor() {
    DocumentReader stuck = new DocumentReader() {
      @Override
      public Set<String> mediaTypes() {
        return Set.of("text/plain");
      }

      @Override
      public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) {
        while (true) {
          Thread.onSpinWait(); // ignores interrupts, like a parser in a loop
        }
      }
    };
    Readers readers = Readers.builder().add(stuck).build();
    ReadLimits limits = ReadLimits.DEFAULTS.withTimeout(Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThatThrownBy(() -> readers.read("text".getBytes(), org.apache.tika.mime.MediaType.TEXT_PLAIN, limits))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMEOUT))
        .hasMessageContaining("abandoned");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aReaderThatThrowsIsWrappedOnceWithItsName() {
    DocumentReader broken = new DocumentReader() {
      @Override
      public Set<String> mediaTypes() {
        return Set.of("text/plain");
      }

      @Override
      public TextDocument read(byte[] bytes, String mediaType, ReadLimits limits) {
        throw new IllegalStateException("boom");
      }
    };
    Readers readers = Readers.builder().add(broken).build();

    assertThatThrownBy(() -> readers.read("text".getBytes(), org.apache.tika.mime.MediaType.TEXT_PLAIN, ReadLimits.DEFAULTS))
        .isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.CORRUPT))
        .hasMessageContaining("boom");
  }
}

package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jixiao.read.ReadFailure;
import dev.jixiao.read.ReadLimits;
import dev.jixiao.record.ErrorCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipInputsTest {
  @TempDir Path tmp;

  @Test
  void entriesAreInputsWithTheirArchiveInTheKey() throws IOException {
    Path zip = tmp.resolve("reports.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(z, "县/a.txt", "甲".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("县/空目录/"));
      z.closeEntry();
      put(z, "b.txt", "乙".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ZipInputs.isArchive(zip)).isTrue();
    List<InputRef> refs = BatchInputs.expand(List.of(tmp));
    assertThat(refs).extracting(InputRef::key)
        .containsExactly(zip + "!/县/a.txt", zip + "!/b.txt");
  }

  @Test
  void aWordFileIsADocumentNotAnArchive() {
    assertThat(ZipInputs.isArchive(Samples.root().resolve("docx/guraozhen-2024.docx"))).isFalse();
    assertThat(ZipInputs.isArchive(Samples.root().resolve("bad/zipbomb.docx"))).isFalse();
    assertThat(ZipInputs.isArchive(Samples.root().resolve("bad/not-really.docx"))).isFalse();
  }

  @Test
  void gbkEntryNamesAreRead() throws IOException {
    Path zip = tmp.resolve("gbk.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), Charset.forName("GB18030"))) {
      put(z, "古饶镇绩效自评报告.txt", "丙".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ZipInputs.entries(zip)).extracting(InputRef::entry).containsExactly("古饶镇绩效自评报告.txt");
  }

  @Test
  void namesLeavingTheArchiveAreRefused() {
    for (String bad : List.of("../etc/passwd", "/abs/x.txt", "a/../../x", "C:/x.txt", "..\\x.txt")) {
      assertThat(ZipInputs.safeName(bad)).as(bad).isFalse();
    }
    assertThat(ZipInputs.safeName("a/b..c/x.txt")).isTrue();
  }

  @Test
  void aBombStopsAtTheRatioLimitAndALargeEntryAtTheSizeLimit() throws IOException {
    Path zip = tmp.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.setLevel(9);
      z.putNextEntry(new ZipEntry("bomb.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    try (ZipFile f = ZipInputs.open(zip)) {
      assertThatThrownBy(() -> ZipInputs.read(f, "bomb.txt", ReadLimits.DEFAULTS))
          .isInstanceOf(ReadFailure.class).hasMessageContaining("zip bomb")
          .extracting(e -> ((ReadFailure) e).code()).isEqualTo(ErrorCode.TOO_LARGE);
      assertThatThrownBy(() -> ZipInputs.read(f, "bomb.txt", ReadLimits.DEFAULTS.withMaxBytes(1000)))
          .isInstanceOf(ReadFailure.class).extracting(e -> ((ReadFailure) e).code()).isEqualTo(ErrorCode.TOO_LARGE);
    }
  }

  private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    OutputStream o = z;
    o.write(bytes);
    z.closeEntry();
  }
}

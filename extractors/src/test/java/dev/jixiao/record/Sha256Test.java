package dev.jixiao.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  @Test
  void matchesTheStandardTestVectors() {
    // FIPS 180-2, appendix B.1, and the empty message
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.of(new byte[0]))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aStreamedFileHashesAsItsBytes(@TempDir Path dir) throws IOException {
    // a sample larger than the read buffer, so the file is hashed in several pieces
    Path file;
    try (var files = Files.list(Path.of("../corpus-samples/pdf"))) {
      file = files.filter(p -> size(p) > (1 << 16)).sorted().findFirst().orElseThrow();
    }
    assertThat(Sha256.of(file)).isEqualTo(Sha256.of(Files.readAllBytes(file)));
    assertThat(Sha256.of(Files.createFile(dir.resolve("empty")))).isEqualTo(Sha256.of(new byte[0]));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

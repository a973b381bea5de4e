package dev.jixiao.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
  @Test
  void givesEveryLineWithoutItsEndAcrossReadsOfAnySize() throws IOException {
    String longLine = "{\"text\":\"" + "绩效自评".repeat(40_000) + "\"}"; // past the 64 KB buffer
    String input = "{\"ready\":true}\n\n第一行\r\n" + longLine + "\nlast line without an end";
    for (int chunk : new int[] {1, 3, 7, 1 << 16, Integer.MAX_VALUE}) {
      assertThat(lines(input, chunk)).as("reads of %d bytes", chunk)
          .containsExactly("{\"ready\":true}", "", "第一行", longLine, "last line without an end");
    }
  }

  @Test
  void anEmptyStreamHasNoLines() throws IOException {
    assertThat(lines("", 10)).isEmpty();
    assertThat(lines("\n", 10)).containsExactly("");
  }

  private static List<String> lines(String input, int chunk) throws IOException {
    List<String> out = new ArrayList<>();
    try (ByteLines lines = new ByteLines(new Trickle(input.getBytes(StandardCharsets.UTF_8), chunk))) {
      while (lines.next()) {
        out.add(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** A stream that gives at most {@code chunk} bytes a read, as a pipe does. */
  private static final class Trickle extends FilterInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(new ByteArrayInputStream(bytes));
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, Math.min(len, chunk));
    }
  }
}

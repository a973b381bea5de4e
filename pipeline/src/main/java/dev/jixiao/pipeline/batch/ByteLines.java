package dev.jixiao.pipeline.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, without decoding them: a worker's answers are UTF-8 JSON that
 * Jackson parses from bytes, and decoding each line into a String first cost the parent as much
 * again. {@link #next} moves to the next line; {@link #bytes()}{@code [0, }{@link #length()}{@code )}
 * is its content without the line end. The array is reused by the next line.
 */
final class ByteLines implements AutoCloseable {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 12];
  private int length;

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at the end of the stream (a last line without {@code \n} counts). */
  boolean next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int from = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(from, position);
      if (position < limit) {
        position++; // the \n
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
    }
    System.arraycopy(buffer, from, line, length, n);
    length += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

package dev.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --report} file: one JSON line per input ({@code path, sha256, status, outcome, error,
 * recordId, format, ms}). Written to a temporary file beside it, then fsynced and renamed into
 * place at the end, so the file is either the complete list of a finished run or absent (a killed
 * run leaves only {@code .partial}; the resumed run writes the whole list again).
 */
final class OutcomeList implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path target;
  private final Path partial;
  private final FileChannel channel;
  private final BufferedWriter out;

  OutcomeList(Path target) throws IOException {
    this.target = target.toAbsolutePath().normalize();
    if (this.target.getParent() != null) {
      Files.createDirectories(this.target.getParent());
    }
    this.partial = this.target.resolveSibling(this.target.getFileName() + ".partial");
    this.channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    this.out = new BufferedWriter(new OutputStreamWriter(java.nio.channels.Channels.newOutputStream(channel),
        StandardCharsets.UTF_8), 1 << 16);
  }

  Path path() {
    return target;
  }

  void add(String path, String sha256, String status, String outcome, String errorCode, String errorMessage,
      String recordId, String format, long millis) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("path", path);
    line.put("sha256", sha256);
    line.put("status", status);
    line.put("outcome", outcome);
    if (errorCode == null) {
      line.put("error", null);
    } else {
      Map<String, String> error = new LinkedHashMap<>();
      error.put("code", errorCode);
      error.put("message", errorMessage);
      line.put("error", error);
    }
    line.put("recordId", recordId);
    line.put("format", format);
    line.put("ms", millis);
    out.write(JSON.writeValueAsString(line));
    out.write('\n');
  }

  /** Makes the list complete and durable: flush, fsync, rename over the target. */
  void finish() throws IOException {
    out.flush();
    channel.force(true);
    out.close();
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      dir.force(true); // the rename itself survives a crash
    } catch (IOException e) {
      // some file systems cannot open a directory; the rename is done regardless
    }
  }

  @Override
  public void close() throws IOException {
    if (channel.isOpen()) {
      out.close();
    }
  }
}

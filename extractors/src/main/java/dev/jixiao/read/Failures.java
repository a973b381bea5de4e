package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import java.util.Locale;

/**
 * Maps what a parser library throws to the record's error codes. The libraries signal encryption
 * and decompression bombs with several exception types (and sometimes only a message), so the
 * whole cause chain is searched.
 */
final class Failures {
  private Failures() {}

  static ReadFailure of(Throwable e) {
    if (e instanceof ReadFailure f) {
      return f;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String type = t.getClass().getName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (type.endsWith("EncryptedDocumentException") || type.endsWith("InvalidPasswordException")
          || message.contains("password") && message.contains("encrypt")) {
        return new ReadFailure(ErrorCode.ENCRYPTED, "the document is encrypted: " + t.getMessage(), e);
      }
      if (message.contains("zip bomb") || type.endsWith("ZipBombException") || message.contains("suspected zip bomb")) {
        return new ReadFailure(ErrorCode.TOO_LARGE, "refused as a decompression bomb: " + firstLine(t.getMessage()), e);
      }
      if (type.endsWith("RecordFormatException") && message.contains("tried to allocate")) {
        // POI refuses to allocate a record or zip entry larger than its maximum: a bomb's expanded size
        return new ReadFailure(ErrorCode.TOO_LARGE, "refused: a part of the document is too large to expand (" + firstLine(t.getMessage()) + ")", e);
      }
      if (t instanceof XhtmlTreeBuilder.TextLimitReached || type.endsWith("WriteLimitReachedException")) {
        return new ReadFailure(ErrorCode.TOO_LARGE, t.getMessage(), e);
      }
      if (type.endsWith("ZeroByteFileException")) {
        return new ReadFailure(ErrorCode.EMPTY, "the file is empty (0 bytes)", e);
      }
      if (t instanceof OutOfMemoryError) {
        return new ReadFailure(ErrorCode.TOO_LARGE, "reading it ran out of memory", e);
      }
    }
    return new ReadFailure(ErrorCode.CORRUPT, "the document cannot be parsed: " + describe(e), e);
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String outer = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    return root == e ? outer : outer + " (caused by " + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()) + ")";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}

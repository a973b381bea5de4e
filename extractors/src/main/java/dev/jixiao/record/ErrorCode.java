package dev.jixiao.record;

/** The error codes of the record contract. */
public enum ErrorCode {
  EMPTY("empty"),
  CORRUPT("corrupt"),
  ENCRYPTED("encrypted"),
  UNSUPPORTED_FORMAT("unsupported-format"),
  TOO_LARGE("too-large"),
  TIMEOUT("timeout"),
  OCR_UNAVAILABLE("ocr-unavailable"),
  NOT_A_REPORT("not-a-report"),
  UNREADABLE("unreadable"),
  INTERNAL("internal-error");

  private final String id;

  ErrorCode(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}

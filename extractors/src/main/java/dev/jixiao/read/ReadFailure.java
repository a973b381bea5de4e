package dev.jixiao.read;

import dev.jixiao.record.ErrorCode;
import dev.jixiao.record.RecordError;

/** A document that could not be read; the code goes into the failed record. */
public class ReadFailure extends Exception {
  private final ErrorCode code;

  public ReadFailure(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ReadFailure(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public RecordError toError() {
    return RecordError.of(code, getMessage());
  }
}

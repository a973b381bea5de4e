package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonValue;

/** ok: extracted; partial: text read, some of it not understood; failed: no text. */
public enum Status {
  OK,
  PARTIAL,
  FAILED;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

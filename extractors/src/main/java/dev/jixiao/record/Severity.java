package dev.jixiao.record;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is: figures contradict (error), look suspicious (warning), or a note (info). */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

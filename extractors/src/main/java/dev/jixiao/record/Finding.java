package dev.jixiao.record;

import java.util.List;

/**
 * A cross-check result: {@code message} is a plain Chinese sentence (an English one follows),
 * {@code stated} and {@code expected} are the figures compared, {@code evidence} shows every
 * figure involved.
 */
public record Finding(
    String rule,
    Severity severity,
    String subject,
    String message,
    String stated,
    String expected,
    List<Evidence> evidence) {
  public Finding {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}

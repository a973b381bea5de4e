package dev.jixiao.record;

/** Why a record is partial or failed; {@code code} is one of {@link ErrorCode}'s ids. */
public record RecordError(String code, String message) {
  public static RecordError of(ErrorCode code, String message) {
    return new RecordError(code.id(), message);
  }
}

package dev.jixiao.pipeline.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;

/**
 * One input of a batch: a file, or an entry of a zip archive read in place (never unpacked to
 * disk). {@code path} is absolute and normalised; {@code entry} is the entry's name inside the
 * archive, or null for a plain file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputRef(String path, String entry) {
  /** Separates an archive's path from an entry's name in a key, as in {@code jar:} URLs. */
  public static final String ENTRY_SEPARATOR = "!/";

  public static InputRef file(Path file) {
    return new InputRef(file.toAbsolutePath().normalize().toString(), null);
  }

  public static InputRef entry(Path archive, String entry) {
    return new InputRef(archive.toAbsolutePath().normalize().toString(), entry);
  }

  /** How the index and the outcome list know this input: the path, or {@code archive!/entry}. */
  public String key() {
    return entry == null ? path : path + ENTRY_SEPARATOR + entry;
  }

  public boolean inArchive() {
    return entry != null;
  }

  @Override
  public String toString() {
    return key();
  }
}

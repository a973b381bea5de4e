package dev.jixiao.pipeline.batch;

import dev.jixiao.pipeline.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands what a user names into the inputs of a batch: directories recursively in name order, zip
 * archives (named or found in a directory) into their entries, each input once.
 */
public final class BatchInputs {
  private BatchInputs() {}

  public static List<InputRef> expand(List<Path> paths) {
    Map<String, InputRef> inputs = new LinkedHashMap<>();
    for (Path f : Inputs.expand(paths)) {
      if (Files.isRegularFile(f) && ZipInputs.isArchive(f)) {
        try {
          for (InputRef e : ZipInputs.entries(f)) {
            inputs.putIfAbsent(e.key(), e);
          }
          continue;
        } catch (IOException e) {
          // unreadable as an archive after all: the pipeline reports it as a document
        }
      }
      InputRef ref = InputRef.file(f);
      inputs.putIfAbsent(ref.key(), ref);
    }
    return new ArrayList<>(inputs.values());
  }
}

package dev.jixiao.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project keeps its own copies of the shared spec and corpus so it stands alone; when the
 * shared copy beside the checkout changes, this fails until ours is refreshed (see
 * corpus-samples/SYNC.md). Skipped where no shared folder is beside the checkout.
 */
class SharedCopiesTest {
  private static final Path REPO = Samples.root().getParent();
  private static final Path SHARED = REPO.resolve("../shared").normalize();

  @Test
  void recordSpecIsInSync() throws IOException {
    assumeTrue(Files.isDirectory(SHARED.resolve("spec")), "no shared/ beside the checkout");
    assertThat(Files.readString(REPO.resolve("docs/record.md"))).isEqualTo(Files.readString(SHARED.resolve("spec/record.md")));
  }

  @Test
  void corpusSamplesAreInSync() throws IOException {
    Path corpus = SHARED.resolve("corpus");
    assumeTrue(Files.isDirectory(corpus), "no shared/corpus beside the checkout");
    List<Path> shared;
    try (Stream<Path> s = Files.walk(corpus)) {
      shared = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : shared) {
      Path ours = Samples.root().resolve(corpus.relativize(f).toString());
      assertThat(ours).as("copy of " + f).exists();
      assertThat(Files.mismatch(f, ours)).as("content of " + ours).isEqualTo(-1L);
    }
  }
}

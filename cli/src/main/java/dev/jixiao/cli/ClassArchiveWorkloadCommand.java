package dev.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The run the build records its class-data archive from ({@code cli/target/jixiao.jsa}, made with
 * {@code -XX:ArchiveClassesAtExit}): an in-process ingest of the given samples into a throwaway
 * index, then a search of it, so that the classes every ingest, extract and search loads (Tika,
 * PDFBox, POI, HanLP, Lucene, Jackson and ours) are in the archive. {@code bin/jixiao} maps the
 * archive into the CLI's JVM and the CLI passes it on to its worker JVMs: each of them then starts
 * without parsing and verifying those classes again, which cost every worker about 0.5 CPU-s.
 *
 * <p>Hidden: it is a build step, not something a user runs. Its output is dropped; it fails when
 * the ingest cannot run or the search fails, so that a broken archive run fails the build.
 */
@Command(name = "class-archive-workload", hidden = true,
    description = "ingest and search the given samples in a throwaway index (the build's class-data archive run)")
final class ClassArchiveWorkloadCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "sample files or directories")
  List<Path> samples;

  @Override
  public Integer call() throws IOException {
    Path index = Files.createTempDirectory("jixiao-class-archive");
    try {
      List<String> ingest = new ArrayList<>(List.of("ingest", "--in-process", "--progress", "none", "-q", "--index", index.toString()));
      samples.forEach(p -> ingest.add(p.toString()));
      // Samples that fail to read (an unsupported format) are part of the workload, not a failure of it.
      int code = quietly(ingest);
      if (code != ExitCodes.OK && code != ExitCodes.SOME_FAILED) {
        return code;
      }
      return quietly(List.of("search", "预算 执行率", "--index", index.toString(), "--json"));
    } finally {
      deleteTree(index);
    }
  }

  private static int quietly(List<String> args) {
    CommandLine cl = Jixiao.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args.toArray(String[]::new));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

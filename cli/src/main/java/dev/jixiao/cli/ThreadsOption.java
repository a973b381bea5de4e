package dev.jixiao.cli;

import picocli.CommandLine.Option;

/** How many documents a command reads at once, for the commands that read on threads of their own. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "documents read at once (default: one per core); the output keeps the inputs' order")
  Integer threads;

  int threads() {
    return threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}

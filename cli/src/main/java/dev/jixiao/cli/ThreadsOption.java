package dev.jixiao.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How many documents a command reads at once, for the commands that read on threads of their own. */
final class ThreadsOption {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  private Integer threads;

  @Option(names = "--threads", paramLabel = "N",
      description = "documents read at once (default: one per core); the output keeps the inputs' order")
  void setThreads(int value) {
    if (value < 1) {
      throw new ParameterException(command.commandLine(), "--threads must be at least 1");
    }
    threads = value;
  }

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}

package dev.jixiao.cli;

/** Exit statuses shared by every subcommand (picocli's own usage error is 2). */
final class ExitCodes {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}

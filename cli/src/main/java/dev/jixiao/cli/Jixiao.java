package dev.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's table of contents: every subcommand, nothing else. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "jixiao 0.1.0",
    description = "Performance self-evaluation reports (绩效自评报告) as checked, searchable data.",
    subcommands = {ExtractCommand.class, CheckCommand.class, RulesCommand.class, IngestCommand.class, SearchCommand.class,
      ExportCommand.class, GenerateCommand.class, ServeCommand.class, ClassArchiveWorkloadCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some inputs failed (extract), or an error-severity finding or failed input (check)",
      "2:usage error"
    })
public final class Jixiao {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Jixiao());
    cl.setUsageHelpAutoWidth(true);
    return cl;
  }
}

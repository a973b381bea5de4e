package dev.jixiao.cli;

import dev.jixiao.check.Rule;
import dev.jixiao.check.RuleCatalog;
import dev.jixiao.check.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", description = "Print the catalogue of cross-check rules: id, severity, what each checks (中文 / English).")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Rule rule : RuleCatalog.standard().rules()) {
      RuleInfo info = rule.info();
      out.printf("%-18s %-8s %s%n%27s%s%n", info.id(), info.severity().id(), info.zh(), "", info.en());
    }
    return ExitCodes.OK;
  }
}

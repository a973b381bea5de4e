package dev.jixiao.pipeline;

import dev.jixiao.record.Finding;
import dev.jixiao.record.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How much of a report the rules hold together: each figure of each probe report (resources {@code probes/}) is moved in turn,
 * its last digit raised by 3 (by 1 for a single digit), and the move counts as caught when the report's error findings differ from
 * the consistent report's. A move inside a relation's rounding (a whole 120万元 is 119.5 to 120.5) is rightly not caught, and
 * many figures stand in no relation the text states; the count is for comparing one build with another. Run with
 * {@code mvn -o -pl pipeline test -Dtest=MovedFigureBenchmarkRun -Djixiao.bench.moved=true -Dsurefire.failIfNoSpecifiedTests=false};
 * add {@code -Djixiao.bench.moved.misses=true} to list the moves not caught.
 */
class MovedFigureBenchmarkRun {
  /** A number right before a unit a figure is read with (years are passed over). */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.,])(\\d+(?:\\.\\d+)?)(?=亿元|万元|元|%|‰|人次|万人|个|人|名|次|份|场次|场|期|亩|口|项|家|户|所|座|条|辆|台|套|件|起|处|笔|公里|平方米|吨|米|分|例)");

  @Test
  @EnabledIfSystemProperty(named = "jixiao.bench.moved", matches = "true")
  void run() throws Exception {
    boolean misses = Boolean.getBoolean("jixiao.bench.moved.misses");
    Pipeline pipeline = Pipelines.standard();
    int caught = 0;
    int moved = 0;
    // the text probes: a saved web page's digits include its styles', and its bytes need not be UTF-8
    for (String name : ProbeReportsTest.PROBES.stream().filter(n -> !n.contains(".")).toList()) {
      String text = new String(ProbeReportsTest.probe(name), StandardCharsets.UTF_8);
      List<String> base = errors(pipeline, name, text);
      int caughtHere = 0;
      List<String> missed = new ArrayList<>();
      Matcher m = NUMBER.matcher(text);
      int movedHere = 0;
      while (m.find()) {
        String n = m.group(1);
        if (n.matches("20\\d\\d")) {
          continue;
        }
        movedHere++;
        String variant = text.substring(0, m.start(1)) + moved(n) + text.substring(m.end(1));
        if (!errors(pipeline, name, variant).equals(base)) {
          caughtHere++;
        } else {
          missed.add(n + " → " + moved(n) + "  …" + text.substring(Math.max(0, m.start() - 16), m.start()).replace('\n', ' ') + n);
        }
      }
      System.out.printf("%-24s %3d / %3d caught%n", name, caughtHere, movedHere);
      if (misses) {
        missed.forEach(x -> System.out.println("    missed " + x));
      }
      caught += caughtHere;
      moved += movedHere;
    }
    System.out.printf("all probes               %3d / %3d caught (%.1f%%)%n", caught, moved, 100.0 * caught / moved);
  }

  private static String moved(String n) {
    char last = n.charAt(n.length() - 1);
    int step = n.replace(".", "").length() > 1 ? 3 : 1;
    return n.substring(0, n.length() - 1) + (char) ('0' + (last - '0' + step) % 10);
  }

  private static List<String> errors(Pipeline pipeline, String name, String text) {
    return pipeline.process(name + ".txt", text.getBytes(StandardCharsets.UTF_8)).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).map(MovedFigureBenchmarkRun::key).sorted().toList();
  }

  private static String key(Finding f) {
    return f.rule() + " " + f.stated() + " " + f.expected();
  }
}

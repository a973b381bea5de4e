package dev.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jixiao.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Test helper: runs the real command line in-process and keeps its exit code and output. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    CommandLine cl = Jixiao.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** The output as JSON Lines. */
  List<JsonNode> lines() throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        records.add(RecordJson.mapper().readTree(line));
      }
    }
    return records;
  }

  /** Same as {@link #exit()}, under the name the index tests use. */
  int code() {
    return exit;
  }
}

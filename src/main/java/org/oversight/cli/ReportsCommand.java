package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.index.Json;
import org.oversight.query.ReportSummary;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reports", description = "Every HMICFRS report in the index: publication date, how many forces' "
    + "responses the corpus holds, and which of the 43 forces have none.")
final class ReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<ReportSummary> reports;
    try (Searcher s = Searcher.open(index)) {
      reports = s.crossForce().reports();
    }
    switch (format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reports));
      case jsonl -> {
        for (ReportSummary r : reports) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("title", "published",
            "documents", "responses", "responding_forces", "missing_forces").build());
        for (ReportSummary r : reports) {
          csv.printRecord(r.title(), r.published(), r.documents(), r.respondingForces().size(),
              String.join("; ", r.respondingForces()), String.join("; ", r.missingForces()));
        }
        csv.flush();
      }
      default -> {
        Table t = new Table("report:60", "published", "docs", "responses", "forces without a response:70");
        for (ReportSummary r : reports) {
          t.row(r.title(), r.published(), r.documents(), r.respondingForces().size() + " of 43",
              r.missingForces().size() + ": " + String.join(", ", r.missingForces()));
        }
        t.print(out);
      }
    }
    out.flush();
    return 0;
  }
}

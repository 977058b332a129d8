package org.oversight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.Comparison;
import org.oversight.query.QueryException;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "What each force's commissioner said about one report: who responded, "
    + "when, whether within the 56 days, and the passages that matter; forces without a response listed.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--report", required = true, description = "Report title or a fragment that fits one report.")
  String report;

  @Option(names = "--query", description = "Passages to show (Lucene syntax); default: those about recommendations.")
  String query;

  @Mixin OverviewCommands.Common common;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c;
    try (Searcher s = Searcher.open(common.index)) {
      c = s.crossForce().compare(report, query);
    } catch (QueryException e) {
      spec.commandLine().getErr().println("oversight: " + e.getMessage());
      return Main.USAGE;
    }
    switch (common.format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(c));
      case jsonl -> {
        for (Comparison.Row r : c.rows()) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("report", "published", "force",
            "responder", "role", "response_date", "days", "within_56_days", "id", "file", "passages").build());
        for (Comparison.Row r : c.rows()) {
          csv.printRecord(c.report(), c.published(), r.force(), r.responder(), r.role(), r.date(), r.days(),
              r.withinDeadline(), r.id(), r.file(), String.join(" | ", r.passages()));
        }
        csv.flush();
      }
      default -> {
        out.printf("%s (published %s): %d responses, %d forces without one%n", c.report(),
            c.published() == null ? "date unknown" : c.published(), c.rows().size(), c.missing().size());
        Table t = new Table("force", "responder", "role:34", "date", "days", "in 56 days", "file:36",
            "passages:90");
        for (Comparison.Row r : c.rows()) {
          t.row(r.force(), r.responder(), r.role(), r.date(), r.days(),
              r.withinDeadline() == null ? "?" : r.withinDeadline() ? "yes" : "NO (late)", r.file(),
              String.join(" | ", r.passages()).replace("<b>", "[").replace("</b>", "]"));
        }
        t.print(out);
        out.println("missing: " + String.join(", ", c.missing()));
      }
    }
    out.flush();
    return 0;
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.Comparison;
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

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c;
    try (Searcher s = Searcher.open(index.index)) {
      c = s.crossForce().compare(report, query);
    }
    switch (format.format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(c));
      case jsonl -> {
        for (Comparison.Row r : c.rows()) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("report", "published",
            "deadline", "force", "responder", "role", "response_date", "days", "days_late", "within_56_days", "id",
            "file", "passages", "addressed", "recommendations").build());
        for (Comparison.Row r : c.rows()) {
          csv.printRecord(c.report(), c.published(), c.deadline(), r.force(), r.responder(), r.role(), r.date(),
              r.days(), r.daysLate(), r.withinDeadline(), r.id(), r.file(), String.join(" | ", r.passages()),
              r.addressed(), r.recommendations());
        }
        csv.flush();
      }
      default -> {
        out.printf("%s (published %s%s): %d responses, %d forces without one in the corpus%n", c.report(),
            c.published() == null ? "report date unknown" : c.published(),
            c.deadline() == null ? "" : "; section 55 deadline " + c.deadline(), c.rows().size(), c.missing().size());
        Table t = new Table("force", "responder", "role:34", "date", "day", "in 56 days", "addressed", "file:36",
            "passages:90");
        for (Comparison.Row r : c.rows()) {
          t.row(r.force(), r.responder(), r.role(), r.date() == null ? "date unknown" : r.date(), r.days(),
              r.withinDeadline() == null ? "?" : r.withinDeadline() ? "yes" : "NO (" + r.daysLate() + " late)",
              r.recommendations() == null || r.recommendations() == 0 ? ""
                  : r.addressed() + " of " + r.recommendations(),
              r.file(),
              String.join(" | ", r.passages()).replace("<b>", "[").replace("</b>", "]"));
        }
        t.print(out);
        out.println("no response found in the corpus: " + String.join(", ", c.missing()));
        out.println("(a response's own date stands in for its publication date; absence from the corpus is not "
            + "proof that no response was published)");
      }
    }
    out.flush();
    return 0;
  }
}

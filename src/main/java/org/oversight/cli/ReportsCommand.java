package org.oversight.cli;

import java.util.concurrent.Callable;
import org.oversight.query.ReportSummary;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reports", description = "Every HMICFRS report in the index: publication date, how many forces' "
    + "responses the corpus holds, and which of the 43 forces have none.")
final class ReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    try (Searcher s = Searcher.open(index.index)) {
      Rows.print(spec.commandLine().getOut(), format.format, s.crossForce().reports(),
          new Rows.Column<ReportSummary>("title:60", ReportSummary::title),
          new Rows.Column<>("published", ReportSummary::published),
          new Rows.Column<>("documents", ReportSummary::documents),
          new Rows.Column<>("responses", r -> r.respondingForces().size()),
          new Rows.Column<>("responding_forces", ReportSummary::respondingForces, "force"),
          new Rows.Column<>("missing_forces", ReportSummary::missingForces, "force"));
    }
    return 0;
  }
}

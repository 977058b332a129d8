package org.oversight.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.oversight.query.Filter;
import org.oversight.query.Overdue;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "overdue", description = "Reports whose section 55 period has ended, with the bodies due to respond "
    + "for which the corpus holds no response, and how many days overdue.")
final class OverdueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--as-of", description = "The day to count to: YYYY-MM-DD (a month or year means its last day; "
      + "default: today).")
  String asOf;

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    LocalDate day = asOf == null ? LocalDate.now() : Filter.date(asOf, true);
    PrintWriter out = spec.commandLine().getOut();
    Overdue o;
    try (Searcher s = Searcher.open(index.index)) {
      o = s.ledgers().overdue(day);
    }
    if (format.format == OutputFormat.table) {
      long reports = o.rows().stream().map(Overdue.Row::report).distinct().count();
      Table.wrap("as of " + o.asOf() + ": " + Plural.of(o.rows().size(), "body", "bodies") + " with no response "
          + "found in the corpus, to " + Plural.of(reports, "report") + " whose section 55 period has ended",
          Terminal.width()).forEach(out::println);
    }
    Rows.print(out, format.format, o.rows(), Rows.columns(Overdue.columns()));
    if (format.format == OutputFormat.table) {
      if (!o.undated().isEmpty()) {
        Table.wrap("(left out, publication date not known to the day: " + String.join("; ", o.undated()) + ")",
            Terminal.width()).forEach(out::println);
      }
      Table.wrap("(listed: no response found in the corpus dated on or before " + o.asOf() + "; absence from the "
          + "corpus is not proof of non-compliance; a response's own date stands in for its publication date "
          + "unless the page that published it states one; 'oversight ledger --report R' says who must respond "
          + "and why)", Terminal.width()).forEach(out::println);
      out.flush();
    }
    return 0;
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.Comparison;
import org.oversight.query.Searcher;
import picocli.CommandLine.ArgGroup;
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

  @Option(names = "--per-doc", defaultValue = "2", converter = Options.AtLeastZero.class,
      description = "Passages shown per response (default: ${DEFAULT-VALUE}; 0 for none).")
  int perDoc;

  @Option(names = "--sort", defaultValue = "force", description = "Order of the responses: force or days "
      + "(default: ${DEFAULT-VALUE}).")
  Order sort;

  @ArgGroup(exclusive = true)
  Which which;

  static final class Which {
    @Option(names = "--late", description = "Only the responses dated after the section 55 deadline.")
    boolean late;

    @Option(names = "--missing", description = "Only the forces without a response in the corpus.")
    boolean missing;
  }

  enum Order { force, days }

  /** A force without a response in the corpus. */
  record MissingRow(String force) {}

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Comparison c;
    try (Searcher s = Searcher.open(index.index)) {
      c = s.crossForce().compare(report, query, perDoc);
      if (query != null) {
        for (String w : s.warnings(query)) spec.commandLine().getErr().println("warning: " + w);
      }
    }
    if (which != null && which.missing) {
      Rows.print(out, format.format, c.missing().stream().map(MissingRow::new).toList(),
          new Rows.Column<MissingRow>("force", MissingRow::force));
      return 0;
    }
    Comparison shown = which != null && which.late ? c.onlyLate() : c;
    if (sort == Order.days) shown = shown.sortedByDays();
    switch (format.format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(shown));
      case jsonl -> {
        for (Comparison.Row r : shown.rows()) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> {
        Map<String, Function<Comparison.Row, Object>> columns = c.columns();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader(columns.keySet().toArray(String[]::new)).build());
        for (Comparison.Row r : shown.rows()) {
          csv.printRecord(columns.values().stream().map(f -> f.apply(r)).toList());
        }
        csv.flush();
      }
      default -> table(out, c, shown);
    }
    out.flush();
    return 0;
  }

  /** A heading, one row per response with its passages under it, and the forces without one, counted. */
  private static void table(PrintWriter out, Comparison all, Comparison shown) {
    int width = Terminal.width();
    String heading = all.report() + " (published " + (all.published() == null ? "date unknown" : all.published())
        + (all.deadline() == null ? "" : "; section 55 deadline " + all.deadline()) + "): "
        + Plural.of(all.rows().size(), "response") + ", " + all.lateCount() + " late"
        // "0 late" alone would say of an undated response that it came in time
        + (all.unmeasuredCount() == 0 ? "" : " (" + all.unmeasuredCount() + " not measured: no date known to the day)")
        + ", " + Plural.of(all.missing().size(), "force") + " without one in the corpus";
    Table.wrap(heading, width).forEach(out::println);
    Table t = new Table("force", "responder", "role", "date", "day", "in 56 days", "addressed", "file");
    for (Comparison.Row r : shown.rows()) {
      t.row(r.force(), r.responder(), r.role(), r.date() == null ? "date unknown" : r.date(), r.days(),
          r.withinDeadline() == null ? "?" : r.withinDeadline() ? "yes" : "NO (" + r.daysLate() + " late)",
          r.recommendations() == null || r.recommendations() == 0 ? "" : r.addressed() + " of " + r.recommendations(),
          r.file());
      for (String p : r.passages()) t.detail(p.replace("<b>", "[").replace("</b>", "]"));
    }
    t.print(out, width);
    List<String> missing = all.missing();
    String none = "no response found in the corpus: " + (missing.isEmpty() ? "none"
        : missing.size() <= 3 ? String.join(", ", missing)
        : Plural.of(missing.size(), "force") + " (use --missing for the list)");
    Table.wrap(none, width).forEach(out::println);
    Table.wrap("(a response's own date stands in for its publication date; absence from the corpus is not proof "
        + "that no response was published)", width).forEach(out::println);
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.Ledger;
import org.oversight.query.Ledgers;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ledger", description = "The section 55 ledger of one report: who had to respond and by when, and "
    + "for each body and each recommendation the passage of its response that addresses it.")
final class LedgerCommand implements Callable<Integer> {
  /** Most forces shown as columns of the grid before those with no response found are left out of it. */
  private static final int GRID_COLUMNS = 8;

  @Spec CommandSpec spec;

  @Option(names = "--report", required = true, description = "Report title or a fragment that fits one report.")
  String report;

  @Mixin Options.Index index;
  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Ledger l;
    try (Searcher s = Searcher.open(index.index)) {
      l = s.ledgers().ledger(report);
    }
    switch (format.format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(l));
      case jsonl -> {
        for (Map<String, Object> row : Ledgers.rows(l)) out.println(Json.MAPPER.writeValueAsString(row));
      }
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader(Ledgers.COLUMNS.toArray(String[]::new)).build());
        for (Map<String, Object> row : Ledgers.rows(l)) csv.printRecord(row.values());
        csv.flush();
      }
      default -> table(out, l);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, Ledger l) {
    int width = Terminal.width();
    say(out, width, l.report());
    say(out, width, "published " + (l.published() == null ? "report date unknown"
        : l.published() + (l.publishedBasis() == null ? "" : ", date from " + l.publishedBasis())) + "; "
        + (l.deadline() == null ? "no section 55 deadline can be counted"
            : "section 55 deadline " + l.deadline() + " (publication day is day 1; the deadline is day 56)"));
    say(out, width, "who must respond: " + l.whoMustRespond().reason());
    int afi = l.areasForImprovement().size();
    say(out, width, "recommendations: " + l.recommendations().size() + ", from " + l.recommendationsFrom() + "; "
        + afi + (afi == 1 ? " area for improvement" : " areas for improvement") + " listed apart");
    out.println();

    Table bodies = new Table("force", "body", "signer", "date", "day", "in 56 days", "addressed", "response");
    List<String> without = new ArrayList<>();
    for (Ledger.Response r : l.responses()) {
      if (Ledger.NO_RESPONSE.equals(r.status())) {
        without.add(r.force() + " (" + r.body() + ")");
        continue;
      }
      bodies.row(r.force() == null ? "force unknown" : r.force(), r.body() + (r.required() ? "" : " (not counted)"),
          r.signer(), r.date() == null ? "date unknown" : r.date(), r.days(), inTime(r),
          l.recommendations().isEmpty() ? "no recommendations" : r.addressed() + " of " + r.recommendations(),
          r.file());
    }
    bodies.print(out, width);
    say(out, width, "no response found in the corpus: " + (without.isEmpty() ? "none"
        : without.size() <= 3 ? String.join("; ", without)
        : without.size() + " bodies (--format csv or json lists them)"));
    if (!l.recommendations().isEmpty()) grid(out, l, width);
    if (!l.areasForImprovement().isEmpty()) {
      out.println();
      say(out, width, "areas for improvement (not statutory under section 55: listed apart, not matched against "
          + "responses):");
      Table areas = new Table("no.", "area for improvement");
      for (Ledger.Area a : l.areasForImprovement()) areas.row(a.number(), a.text());
      areas.print(out, width);
    }
    out.println();
    for (String note : l.notes()) say(out, width, "(" + note + ")");
  }

  /** A line of text wrapped to the width. */
  private static void say(PrintWriter out, int width, String text) {
    Table.wrap(text, width).forEach(out::println);
  }

  private static String inTime(Ledger.Response r) {
    if (r.onTime() == null) return r.timing();
    return r.onTime() ? "yes" : "NO (" + r.daysLate() + " late)";
  }

  /** Recommendations down, forces across; then the cited passages, cut to a line each. */
  private static void grid(PrintWriter out, Ledger l, int width) {
    List<Ledger.Cell> first = l.recommendations().get(0).cells();
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < first.size(); c++) {
      if (first.size() <= GRID_COLUMNS || !Ledger.NO_RESPONSE.equals(first.get(c).status())) shown.add(c);
    }
    List<String> headers = new ArrayList<>(List.of("no.", "recommendation:44"));
    for (int c : shown) headers.add(shortName(first.get(c).force()));
    Table grid = new Table(headers.toArray(String[]::new));
    Table cited = new Table("no.", "force", "where", "score", "how", "passage");
    for (Ledger.Recommendation rec : l.recommendations()) {
      String no = rec.number() == null ? "?" + rec.position() : String.valueOf(rec.number());
      List<Object> cells = new ArrayList<>(List.of(no, withoutNumber(rec.text())));
      for (int c : shown) {
        Ledger.Cell cell = rec.cells().get(c);
        cells.add(switch (cell.status()) {
          case Ledger.ADDRESSED -> where(cell) + String.format(java.util.Locale.ROOT, " %.2f", cell.score());
          case Ledger.NOT_FOUND -> "not found";
          default -> "no response";
        });
        if (Ledger.ADDRESSED.equals(cell.status())) {
          cited.row(no, cell.force(), where(cell), String.format(java.util.Locale.ROOT, "%.2f", cell.score()),
              cell.how(), cell.text());
        }
      }
      grid.row(cells.toArray());
    }
    out.println();
    grid.print(out, width);
    say(out, width, "(¶N: paragraph N of the response, from 0, as 'oversight show' lists them; p.N its page; the "
        + "score is 1.00 when cited by number or after a quote, else the share of the recommendation's distinctive "
        + "words; not found: not found in the response; no response: no response found in the corpus)");
    if (shown.size() < first.size()) {
      say(out, width, "(" + (first.size() - shown.size()) + " forces with no response found in the corpus are left "
          + "out of the grid; --format csv gives every cell)");
    }
    out.println();
    out.println("cited passages:");
    cited.print(out, width);
  }

  private static String where(Ledger.Cell c) {
    return (c.page() != null && c.page() > 0 ? "p." + c.page() + " " : "") + "¶" + c.passage();
  }

  /** "Greater Manchester Police" as "Greater Manch…": enough to tell the forces apart in a column head. */
  static String shortName(String force) {
    if (force == null) return "force unknown";
    String s = force.replaceAll("\\s+(Police Service|Police|Constabulary|Service)$", "");
    return s.length() > 14 ? s.substring(0, 13) + "…" : s;
  }

  /** The text without its "Recommendation 3:" label, which the number column already gives. */
  private static String withoutNumber(String text) {
    return text.replaceFirst("(?i)^\\s*recommendation\\s+\\d+\\s*[:.\\-\u2013]\\s*", "");
  }
}

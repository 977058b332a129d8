package org.oversight.serve;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.oversight.query.Comparison;
import org.oversight.query.DocumentDetail;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;
import org.oversight.query.ReportSummary;
import org.oversight.query.Searcher;
import org.oversight.serve.Output.Format;
import org.oversight.serve.Views.Link;
import org.oversight.serve.Views.PassageView;
import org.oversight.serve.Views.Reading;
import org.oversight.serve.Views.ReadingPage;
import org.oversight.serve.Views.ReportItem;
import org.oversight.serve.Views.ReportPage;
import org.oversight.serve.Views.ReportsPage;
import org.oversight.serve.Views.Response;
import org.oversight.serve.Views.Segment;

/**
 * The reports the corpus knows, and for one report what each force's commissioner said and when (the compare page,
 * as {@code compare} prints it, a tab beside the report's ledger), and two or three responses read side by side.
 */
final class ReportPages {
  /** Most responses read side by side. */
  static final int MAX_READ = 3;

  private final LiveIndex index;

  ReportPages(LiveIndex index) {
    this.index = index;
  }

  void reports(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    List<ReportSummary> reports;
    try (LiveIndex.Lease lease = index.lease()) {
      reports = lease.perCommit("reports", () -> lease.searcher().crossForce().reports());
    } catch (QueryException e) {
      throw new IllegalStateException("listing reports asks nothing of the user", e);
    }
    if (format != Format.HTML) {
      Map<String, Function<ReportSummary, Object>> columns = new LinkedHashMap<>();
      columns.put("title", ReportSummary::title);
      columns.put("published", ReportSummary::published);
      columns.put("documents", ReportSummary::documents);
      columns.put("responses", r -> r.respondingForces().size());
      columns.put("responding_forces", ReportSummary::respondingForces);
      columns.put("missing_forces", ReportSummary::missingForces);
      Output.records(ctx, format, "reports", reports, columns);
      return;
    }
    List<ReportItem> items = new ArrayList<>();
    for (ReportSummary r : reports) {
      items.add(new ReportItem(r.title(), Links.report(r.title()),
          Words.date(r.published()), r.documents(), r.respondingForces().size(),
          r.respondingForces().stream().map(f -> new Link(f, Links.timeline(f))).toList(), r.missingForces()));
    }
    Output.page(ctx, "reports.jte", new ReportsPage(items, "/reports?format=csv", "/reports?format=json"));
  }

  /** The compare page: one row per response, the forces without one, and a section per response. */
  void compare(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    String q = ctx.queryParam("q");
    Comparison c;
    try (LiveIndex.Lease lease = index.lease()) {
      c = compare(lease, ctx.pathParam("report"), q);
    }
    String here = Links.compare(c.report());
    if (format == Format.JSON) {
      Output.json(ctx, c);
    } else if (format == Format.CSV) {
      csv(ctx, c);
    } else {
      String query = q == null || q.isBlank() ? "" : "?q=" + Links.enc(q);
      Output.page(ctx, "report.jte", new ReportPage(c.report(),
          Words.date(c.published()), c.publishedBasis(), c.deadline(),
          q == null ? "" : q, here, c.rows().stream().map(ReportPages::response).toList(), c.missing(),
          Links.format(here + query, "csv"), Links.format(here + query, "json"),
          Links.format(Links.search("report", c.report()), "csv") + "&level=document",
          Links.report(c.report()) + "/read", null, LedgerPages.tabs(c.report(), "compare")));
    }
  }

  /**
   * A report's compare table. Without a query it is worked out once per commit, as it cannot change until the next
   * (the responses' coverage makes it cost a ledger).
   */
  private static Comparison compare(LiveIndex.Lease lease, String report, String q) throws IOException {
    Searcher s = lease.searcher();
    try {
      if (q != null && !q.isBlank()) return s.crossForce().compare(report, q);
      String title = s.resolve(Filter.NONE.withReport(report)).report();
      return lease.perCommit("compare " + title, () -> s.crossForce().compare(title, null));
    } catch (QueryException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /** The compare table as {@code compare --format csv} writes it. */
  private static void csv(Context ctx, Comparison c) throws IOException {
    Output.records(ctx, Format.CSV, "compare-" + Links.report(c.report()).substring("/reports/".length()), c.rows(),
        c.columns());
  }

  static Response response(Comparison.Row r) {
    List<List<Segment>> passages = r.passages().stream().map(Marks::ofSnippet).toList();
    String timingClass = r.withinDeadline() == null ? "unknown" : r.withinDeadline() ? "in-time" : "late";
    return new Response("r-" + r.id().substring(0, 12), r.id(), r.force() == null ? "force not found" : r.force(),
        r.force() == null ? null : Links.timeline(r.force()),
        r.responder() == null ? "signer not found" : r.responder(), r.role() == null ? "" : r.role(),
        Words.date(r.date()), Words.timing(r.days(), r.daysLate(), r.withinDeadline(), r.date()),
        timingClass, Links.doc(r.id()), r.file(), passages);
  }

  /** Two or three responses to the report, side by side, each with its full text. */
  void read(Context ctx) throws IOException {
    Set<String> wanted = new LinkedHashSet<>(ctx.queryParams("doc"));
    try (LiveIndex.Lease lease = index.lease()) {
      Searcher s = lease.searcher();
      Comparison c = compare(lease, ctx.pathParam("report"), null);
      List<Reading> readings = new ArrayList<>();
      for (Comparison.Row r : c.rows()) {
        if (!wanted.contains(r.id()) || readings.size() == MAX_READ) continue;
        DocumentDetail d;
        try {
          d = s.show(r.id());
        } catch (QueryException e) {
          continue; // gone since the compare table was read
        }
        List<PassageView> passages = d.passages().stream().map(p -> new PassageView(p.passage(), p.page(),
            Links.passageAnchor(p.passage()), false, Marks.plain(p.text()))).toList();
        readings.add(new Reading(response(r), passages));
      }
      String message = null;
      if (readings.size() < 2) {
        message = "Choose two or three responses to this report in the compare table to read them side by side.";
      } else if (wanted.size() > MAX_READ) {
        message = "Only the first " + MAX_READ + " of the responses chosen are shown.";
      }
      Output.page(ctx, "read.jte", new ReadingPage(c.report(), Links.compare(c.report()), readings, message));
    }
  }
}

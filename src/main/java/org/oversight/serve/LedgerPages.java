package org.oversight.serve;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oversight.query.Filter;
import org.oversight.query.Ledger;
import org.oversight.query.Ledgers;
import org.oversight.query.Overdue;
import org.oversight.query.QueryException;
import org.oversight.serve.Output.Format;
import org.oversight.serve.Views.AreaItem;
import org.oversight.serve.Views.CitedPassage;
import org.oversight.serve.Views.LedgerBody;
import org.oversight.serve.Views.LedgerCell;
import org.oversight.serve.Views.LedgerColumn;
import org.oversight.serve.Views.LedgerPage;
import org.oversight.serve.Views.LedgerRow;
import org.oversight.serve.Views.Link;
import org.oversight.serve.Views.OverdueItem;
import org.oversight.serve.Views.OverduePage;
import org.oversight.serve.Views.ReportTabs;

/**
 * A report's main view, its section 55 ledger (as {@code oversight ledger} prints it: who had to respond and by when,
 * and for each body and each recommendation the passage of its response that addresses it, linked to that passage),
 * and the bodies overdue (as {@code oversight overdue}). JSON and CSV are those of the commands.
 */
final class LedgerPages {
  /** Most bodies given a column of their own before those with no response found share one. */
  static final int GRID_COLUMNS = 8;
  static final String NOT_FOUND = "not found in the response";
  static final String NO_RESPONSE = "no response found in the corpus";

  private final LiveIndex index;

  LedgerPages(LiveIndex index) {
    this.index = index;
  }

  /**
   * The ledger: a page, {@code ledger --format json}'s object, or {@code export --level ledger}'s rows. A {@code q}
   * asks for the compare table's passages about it, so it goes there.
   */
  void ledger(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    Ledger l;
    try (LiveIndex.Lease lease = index.lease()) {
      String title = title(lease, ctx.pathParam("report"));
      String q = ctx.queryParam("q");
      if (q != null && !q.isBlank()) {
        String compare = Links.compare(title) + "?" + ctx.queryString();
        ctx.redirect(ctx.path().startsWith("/api/") ? Links.api(compare) : compare);
        return;
      }
      l = lease.perCommit("ledger " + title, () -> lease.searcher().ledgers().ledger(title));
    } catch (QueryException e) {
      throw new IllegalStateException("a resolved report title cannot be refused", e);
    }
    String here = Links.report(l.report());
    if (format == Format.JSON) {
      Output.json(ctx, l);
    } else if (format == Format.CSV) {
      Output.RowSink sink = Output.csvRows(ctx, "ledger-" + here.substring("/reports/".length()), Ledgers.COLUMNS);
      for (Map<String, Object> row : Ledgers.rows(l)) sink.row(row);
      sink.finish();
    } else {
      Output.page(ctx, "ledger.jte", page(l, "all".equals(ctx.queryParam("grid"))));
    }
  }

  /** The canonical title of the report a title or fragment names; one that fits none or several is refused. */
  private static String title(LiveIndex.Lease lease, String fragment) throws IOException {
    try {
      return lease.searcher().resolve(Filter.NONE.withReport(fragment)).report();
    } catch (QueryException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  static LedgerPage page(Ledger l, boolean everyColumn) {
    String here = Links.report(l.report());
    Map<String, String> ids = new HashMap<>();
    for (Ledger.Response r : l.responses()) {
      if (r.id() != null) ids.put(r.force() + "\u0000" + r.file(), r.id());
    }
    List<LedgerBody> responded = new ArrayList<>();
    List<LedgerBody> silentBodies = new ArrayList<>();
    for (Ledger.Response r : l.responses()) {
      (Ledger.NO_RESPONSE.equals(r.status()) ? silentBodies : responded).add(body(r));
    }
    boolean silentApart = l.responses().size() > GRID_COLUMNS;

    List<Ledger.Cell> first = l.recommendations().isEmpty() ? List.of() : l.recommendations().get(0).cells();
    long silent = first.stream().filter(c -> Ledger.NO_RESPONSE.equals(c.status())).count();
    boolean collapse = !everyColumn && first.size() > GRID_COLUMNS;
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < first.size(); c++) {
      if (!collapse || !Ledger.NO_RESPONSE.equals(first.get(c).status())) shown.add(c);
    }
    int merged = first.size() - shown.size();
    List<LedgerColumn> columns = new ArrayList<>();
    for (int c : shown) {
      Ledger.Cell head = first.get(c);
      columns.add(new LedgerColumn(head.force() == null ? "force not found" : head.force(),
          head.body() == null ? "body not known" : head.body(), false));
    }
    if (merged > 0) columns.add(new LedgerColumn(null, merged + " other bodies due to respond", true));

    List<LedgerRow> rows = new ArrayList<>();
    List<CitedPassage> cited = new ArrayList<>();
    for (Ledger.Recommendation rec : l.recommendations()) {
      String no = rec.number() == null ? "?" + rec.position() : String.valueOf(rec.number());
      List<LedgerCell> cells = new ArrayList<>();
      for (int c : shown) {
        Ledger.Cell cell = rec.cells().get(c);
        cells.add(cell(cell, ids));
        if (Ledger.ADDRESSED.equals(cell.status())) cited.add(cited(no, cell, ids));
      }
      if (merged > 0) cells.add(new LedgerCell(null, "no-response", NO_RESPONSE, null, null, null));
      rows.add(new LedgerRow(no, rec.text(), rec.addressee(), rec.deadline(), cells));
    }
    String gridNote = null;
    Link toggle = null;
    if (merged > 0) {
      gridNote = "The " + merged + " bodies due to respond with no response found in the corpus share the last "
          + "column; the list above names them, and the CSV has every cell.";
      toggle = new Link("Show a column for every body", here + "?grid=all");
    } else if (everyColumn && first.size() > GRID_COLUMNS && silent > 0) {
      toggle = new Link("Put the bodies with no response found in one column", here);
    }
    List<AreaItem> areas = l.areasForImprovement().stream().map(a -> new AreaItem(a.number(), a.text())).toList();
    List<String> notes = l.notes().stream().map(LedgerPages::sentence).toList();
    int afi = areas.size();
    String recommendations = (rows.isEmpty() && l.recommendationsFrom().startsWith("none found")
        ? l.recommendationsFrom() : rows.size() + ", from " + l.recommendationsFrom()) + "; " + afi
        + (afi == 1 ? " area" : " areas") + " for improvement listed apart";
    return new LedgerPage(l.report(), l.published() == null ? "report date unknown" : l.published(),
        l.publishedBasis(), l.deadline(), l.whoMustRespond().rule(), l.whoMustRespond().reason(),
        recommendations, responded, silentBodies, silentApart, columns, rows, gridNote, toggle, cited, areas, notes,
        tabs(l.report(), "ledger"), Links.format(here, "csv"), Links.format(here, "json"), Links.api(here));
  }

  static ReportTabs tabs(String title, String current) {
    return new ReportTabs(Links.report(title), Links.compare(title), current);
  }

  private static LedgerBody body(Ledger.Response r) {
    String force = r.force() == null ? "force not found" : r.force();
    String forceHref = r.force() == null ? null : Links.timeline(r.force());
    String body = r.body() == null ? "body not known" : r.body();
    if (Ledger.NO_RESPONSE.equals(r.status())) {
      return new LedgerBody(force, forceHref, body, r.required(), "", "", "", null, NO_RESPONSE, "no-response", "",
          null);
    }
    String timing;
    String timingClass;
    if (r.onTime() == null) {
      timing = r.timing() == null ? "not measured" : r.timing();
      timingClass = "unknown";
    } else {
      timing = Words.timing(r.days(), r.daysLate(), r.onTime(), r.date());
      timingClass = r.onTime() ? "in-time" : "late";
    }
    String dateNote = r.dateBasis() != null && r.dateBasis().contains("web page") ? "as its web page gives it" : null;
    String coverage = r.recommendations() == 0 ? "no recommendations" : r.addressed() + " of " + r.recommendations();
    return new LedgerBody(force, forceHref, body, r.required(), r.signer() == null ? "signer not found" : r.signer(),
        r.role() == null ? "" : r.role(), Words.date(r.date()), dateNote, timing, timingClass, coverage,
        new Link(r.file(), Links.doc(r.id())));
  }

  private static LedgerCell cell(Ledger.Cell c, Map<String, String> ids) {
    return switch (c.status()) {
      case Ledger.ADDRESSED -> new LedgerCell(c.force(), "addressed", where(c.passage(), c.page()),
          passageHref(ids, c.force(), c.file(), c.passage()), score(c.score()), c.how());
      case Ledger.NOT_FOUND -> new LedgerCell(c.force(), "not-found", NOT_FOUND, null, null, null);
      default -> new LedgerCell(c.force(), "no-response", NO_RESPONSE, null, null, null);
    };
  }

  private static CitedPassage cited(String number, Ledger.Cell c, Map<String, String> ids) {
    List<Link> others = new ArrayList<>();
    for (Ledger.Citation o : c.citations().subList(1, c.citations().size())) {
      others.add(new Link(where(o.passage(), o.page()) + (o.file().equals(c.file()) ? "" : " of " + o.file())
          + " (" + score(o.score()) + ", " + o.how() + ")", passageHref(ids, c.force(), o.file(), o.passage())));
    }
    return new CitedPassage(number, c.force(), where(c.passage(), c.page()) + " of " + c.file(),
        passageHref(ids, c.force(), c.file(), c.passage()), score(c.score()), c.how(), c.text(), others);
  }

  /** The passage in its document's page, marked as the hit; the search for the file if its id is not known. */
  private static String passageHref(Map<String, String> ids, String force, String file, int passage) {
    String id = ids.get(force + "\u0000" + file);
    return id == null ? Links.search("q", "file:\"" + file.replace("\"", "") + "\"") : Links.doc(id, null, passage);
  }

  /** "passage 4, page 3", as the document page numbers them. */
  private static String where(Integer passage, Integer page) {
    return "passage " + passage + (page != null && page > 0 ? ", page " + page : "");
  }

  private static String score(Double score) {
    return score == null ? null : String.format(Locale.ROOT, "%.2f", score);
  }

  private static String sentence(String note) {
    return note.isEmpty() ? note : Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".";
  }

  /** The bodies overdue as of a day: a page, or the rows of {@code overdue --format csv|json}. */
  void overdue(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    String asked = ctx.queryParam("as_of");
    LocalDate day;
    try {
      day = asked == null || asked.isBlank() ? LocalDate.now() : Filter.date(asked, true);
    } catch (QueryException e) {
      if (format != Format.HTML) throw new BadRequestResponse(e.getMessage());
      ctx.status(400);
      Output.page(ctx, "overdue.jte", new OverduePage(asked, e.getMessage(), null, List.of(), List.of(), null,
          null));
      return;
    }
    Overdue o;
    try (LiveIndex.Lease lease = index.lease()) {
      LocalDate asOf = day;
      // today's list, the page most asked for, is worked out once per commit (and per day); another day's on demand,
      // so that no run of addresses can fill the memory with lists
      o = asked == null || asked.isBlank()
          ? lease.perCommit("overdue " + asOf, () -> lease.searcher().ledgers().overdue(asOf))
          : lease.searcher().ledgers().overdue(asOf);
    } catch (QueryException e) {
      throw new IOException(e);
    }
    if (format != Format.HTML) {
      Output.records(ctx, format, "overdue-" + o.asOf(), o.rows(), Overdue.columns());
      return;
    }
    List<OverdueItem> items = new ArrayList<>();
    for (Overdue.Row r : o.rows()) {
      items.add(new OverdueItem(r.report(), Links.report(r.report()), r.published(), r.deadline(), r.force(),
          Links.timeline(r.force()), r.body() == null ? "body not known" : r.body(), r.daysOverdue(), r.rule()));
    }
    long reports = o.rows().stream().map(Overdue.Row::report).distinct().count();
    String summary = "As of " + o.asOf() + ": " + count(o.rows().size(), "body", "bodies") + " with no response "
        + "found in the corpus, to " + count(reports, "report", "reports") + " whose section 55 period has ended.";
    List<Link> undated = o.undated().stream().map(t -> new Link(t, Links.report(t))).toList();
    String here = Links.overdue(o.asOf());
    Output.page(ctx, "overdue.jte", new OverduePage(o.asOf(), null, summary, items, undated,
        Links.format(here, "csv"), Links.format(here, "json")));
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}

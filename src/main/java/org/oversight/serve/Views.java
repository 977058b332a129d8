package org.oversight.serve;

import java.util.List;

/**
 * What each page shows, decided in Java and handed to its template as one record: the templates only lay it out,
 * and jte escapes every value. Links are built here, already encoded ({@link Links}); no text from a document ever
 * becomes a link target.
 */
public final class Views {
  private Views() {}

  /** A piece of text; the template wraps {@code marked} pieces in {@code <mark>} (never raw HTML). */
  public record Segment(String text, boolean marked) {}

  /** A link in a list: its text and where it goes. */
  public record Link(String text, String href) {}

  /** A labelled value, linked when {@code href} is not null. */
  public record Fact(String label, String value, String href) {}

  /** A value a view can be narrowed to (and how it reads), how many hits have it, the address that toggles it. */
  public record FacetValue(String value, String label, int count, boolean selected, String href) {}

  /** The values of one facet. */
  public record Facet(String name, String title, List<FacetValue> values) {}

  /** A passage that matched a search. */
  public record Hit(int rank, String file, String docHref, String originalHref, int page, String docType,
      String date, String force, List<Segment> snippet) {}

  /**
   * The search page.
   *
   * @param error what is wrong with the query or a filter, or null
   * @param hiddenFilters the filters to keep when the query box is submitted, as name and value
   * @param pageNote why the pages stop, when they do
   */
  public record SearchPage(String q, String from, String to, String error, List<Link> activeFilters,
      List<Link> hiddenFilters,
      List<Facet> facets, List<Hit> hits, long total, int page, int pages, String previousHref, String nextHref,
      String csvHref, String documentsCsvHref, String jsonHref, String apiHref, String pageNote) {}

  /** Evidence for a tag: the passage or line it was read from, and the rule that read it when known. */
  public record Evidence(String quote, String rule, String where, String href) {}

  /** A value of a tag with its details (role, deadline ...) and its evidence. */
  public record TagValue(String text, List<Fact> details, List<Evidence> evidence) {}

  /** One tag of a document (document type, forces, author ...) with its values. */
  public record Tag(String name, List<TagValue> values, List<Evidence> evidence) {}

  /** A passage of a document, marked when it is the hit followed from a search. */
  public record PassageView(int ordinal, int page, String anchor, boolean hit, List<Segment> text) {}

  /** A document page. */
  public record DocumentPage(String id, String file, String title, List<Fact> facts, List<Tag> tags,
      List<PassageView> passages, String originalHref, String originalNote, String q, String apiHref) {}

  /** A report in the reports list. */
  public record ReportItem(String title, String href, String published, int documents, int responses,
      List<Link> responding, List<String> missing) {}

  /** The reports list. */
  public record ReportsPage(List<ReportItem> reports, String csvHref, String jsonHref) {}

  /**
   * One response to a report, as a row of the compare table and as a section of the page below it: the section is
   * where what else is known of a response (such as how each recommendation was answered) will go.
   *
   * @param timing the day of section 55's period and whether late, in words that claim no more than the dates show
   * @param timingClass {@code in-time}, {@code late} or {@code unknown}, for the stylesheet
   */
  public record Response(String anchor, String id, String force, String forceHref, String responder, String role,
      String date, String timing, String timingClass, String docHref, String file, List<List<Segment>> passages) {}

  /** A report and the responses to it, side by side (the compare page). */
  public record ReportPage(String title, String published, String publishedBasis, String deadline, String q,
      String formAction, List<Response> responses, List<String> missing, String csvHref, String jsonHref,
      String documentsCsvHref, String readAction, String message, ReportTabs tabs) {}

  /**
   * The views of one report: its section 55 ledger (the main one) and its compare table.
   *
   * @param current {@code ledger} or {@code compare}
   */
  public record ReportTabs(String ledgerHref, String compareHref, String current) {}

  /**
   * A body's row in the ledger: its response, or that none was found in the corpus.
   *
   * @param counted whether the rule counts the body as due to respond
   * @param date the response's date, "date unknown", or empty without a response
   * @param dateNote where the date comes from when it is not the date the response bears, or null
   * @param timing the day of section 55's period and whether late, "no response found in the corpus", or why it
   *     cannot be counted ("date unknown", "report date unknown")
   * @param timingClass {@code in-time}, {@code late}, {@code unknown} or {@code no-response}, for the stylesheet
   * @param coverage how many of the recommendations the response addresses ("2 of 3"), or empty without a response
   * @param response the response's document, or null
   */
  public record LedgerBody(String force, String forceHref, String body, boolean counted, String signer, String role,
      String date, String dateNote, String timing, String timingClass, String coverage, Link response) {}

  /** A column of the grid: a body, or ({@code merged}) the bodies with no response found in the corpus together. */
  public record LedgerColumn(String force, String body, boolean merged) {}

  /**
   * A cell of the recommendations × bodies grid.
   *
   * @param status {@code addressed}, {@code not-found} or {@code no-response}, for the stylesheet and scripts
   * @param words where the cited passage is ("passage 4, page 3"), "not found in the response" or "no response found
   *     in the corpus"
   * @param href the cited passage in its document's page, or null
   * @param score the cited passage's score to two places, or null
   * @param how how the passage cites the recommendation ("number", "after quote", "words", "singled out"), or null
   */
  public record LedgerCell(String force, String status, String words, String href, String score, String how) {}

  /** A recommendation as a row of the grid: its number ("?3" when the corpus states none, 3rd in order). */
  public record LedgerRow(String number, String text, String addressee, String deadline, List<LedgerCell> cells) {}

  /** A passage cited for a recommendation, in full, and any other passages cited for it. */
  public record CitedPassage(String number, String force, String where, String href, String score, String how,
      String text, List<Link> others) {}

  /** An area for improvement: listed apart, as section 55 does not ask for an answer to it. */
  public record AreaItem(int number, String text) {}

  /**
   * A report's section 55 ledger, as {@code oversight ledger} prints it.
   *
   * @param published the report's publication date, or "report date unknown"
   * @param deadline the last day in time, or null when it cannot be counted
   * @param recommendations how many recommendations, where they come from, and how many areas for improvement
   * @param responded a row per response
   * @param silent a row per body due to respond with no response found in the corpus
   * @param silentApart whether those are listed apart, in a list that opens on demand (there are many), or in the
   *     same table
   * @param gridNote what the grid leaves out, or null
   * @param gridToggle a link that shows every body's column, or puts those without a response back into one
   */
  public record LedgerPage(String title, String published, String publishedBasis, String deadline, String rule,
      String whoMustRespond, String recommendations, List<LedgerBody> responded, List<LedgerBody> silent,
      boolean silentApart,
      List<LedgerColumn> columns, List<LedgerRow> rows, String gridNote, Link gridToggle, List<CitedPassage> cited,
      List<AreaItem> areas, List<String> notes, ReportTabs tabs, String csvHref, String jsonHref, String apiHref) {}

  /** A body with no response found in the corpus to a report whose section 55 period has ended. */
  public record OverdueItem(String report, String reportHref, String published, String deadline, String force,
      String forceHref, String body, long daysOverdue, String rule) {}

  /**
   * The overdue list, as {@code oversight overdue} prints it.
   *
   * @param undated the reports left out because their publication date is not known to the day, linked
   */
  public record OverduePage(String asOf, String error, String summary, List<OverdueItem> rows, List<Link> undated,
      String csvHref, String jsonHref) {}

  /** A response with its full text, for reading two or three side by side. */
  public record Reading(Response response, List<PassageView> passages) {}

  /** Two or three responses to one report side by side. */
  public record ReadingPage(String title, String reportHref, List<Reading> readings, String message) {}

  /** A person across the index. */
  public record PersonItem(String name, List<String> roles, List<String> organisations, List<Link> signed,
      List<Link> namedIn) {}

  /** The people page. */
  public record PeoplePage(String role, String force, String error, List<PersonItem> people, String csvHref,
      String jsonHref) {}

  /** A force and its papers. */
  public record ForceItem(String force, String timelineHref, List<String> documentsByType, String latestDate,
      Link latest, List<String> commissioners) {}

  /** The forces page. */
  public record ForcesPage(List<ForceItem> forces, String csvHref, String jsonHref) {}

  /** A dated event in a force's timeline. */
  public record EventItem(String date, String event, String detail, Link document) {}

  /** A force's timeline, or the form to choose a force. */
  public record TimelinePage(String force, List<String> forces, String error, List<EventItem> events,
      String csvHref, String jsonHref) {}

  /** The sign-in form of a server that requires a token. */
  public record LoginPage(String message, String next) {}

  /** An error, in one sentence. */
  public record ErrorPage(int status, String title, String message) {}
}

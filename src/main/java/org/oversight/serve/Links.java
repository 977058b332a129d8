package org.oversight.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.oversight.domain.ReportTitles;

/**
 * The site's addresses, built in one place and encoded: these are the stable addresses scripts and bookmarks rely
 * on ({@code /search?q=&type=&force=&report=&person=&from=&to=&page=}, {@code /doc/{id}}, {@code /reports},
 * {@code /reports/{report}} (the section 55 ledger), {@code /reports/{report}/compare}, {@code /overdue?as_of=},
 * {@code /people}, {@code /forces}, {@code /timeline?force=}).
 */
final class Links {
  private Links() {}

  /** A value for a query string or a path segment: percent-encoded, spaces as {@code %20}. */
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String doc(String id) {
    return "/doc/" + id;
  }

  /** A document opened at a passage, with the words of a query marked. */
  static String doc(String id, String q, int passage) {
    return "/doc/" + id + "?" + (q == null || q.isBlank() ? "" : "q=" + enc(q) + "&") + "p=" + passage
        + "#" + passageAnchor(passage);
  }

  static String passageAnchor(int passage) {
    return "p-" + passage;
  }

  /** The original file, by document id only; a PDF opens at the page. */
  static String original(String id, int page) {
    return "/doc/" + id + "/file" + (page > 0 ? "#page=" + page : "");
  }

  /**
   * A report's page, its section 55 ledger. The address is the report's title key (lower case, words joined by
   * hyphens), which names the report exactly however its title is punctuated; {@code /reports/} also takes any
   * fragment that fits one report.
   */
  static String report(String title) {
    return "/reports/" + enc(ReportTitles.key(title).replace(' ', '-'));
  }

  /** A report's compare table: the responses' passages about the recommendations or a query. */
  static String compare(String title) {
    return report(title) + "/compare";
  }

  /** The bodies overdue as of a day (today without one). */
  static String overdue(String asOf) {
    return "/overdue" + (asOf == null ? "" : "?as_of=" + enc(asOf));
  }

  static String timeline(String force) {
    return "/timeline?force=" + enc(force);
  }

  static String search(String param, String value) {
    return "/search?" + param + "=" + enc(value);
  }

  /** The same address with {@code format=} added. */
  static String format(String href, String format) {
    return href + (href.contains("?") ? "&" : "?") + "format=" + format;
  }

  /** The same address under {@code /api}. */
  static String api(String href) {
    return "/api" + href;
  }
}

package org.oversight.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.oversight.model.DocType;

/**
 * What a user narrows a view to: document type, force, report, person and a range of document dates; any part may
 * be null. The same filter serves search, exports, the cross-force tables and the web page. A force or report given
 * loosely ("Notts", a fragment of a title) is resolved to its canonical name once, by {@link Searcher#resolve}.
 *
 * @param type a document type
 * @param force a force by name, alias or area
 * @param report a report title or a fragment that fits one report
 * @param person a person's name or part of it
 * @param from earliest document date, inclusive
 * @param to latest document date, inclusive
 */
public record Filter(DocType type, String force, String report, String person, LocalDate from, LocalDate to) {
  /** No filter at all. */
  public static final Filter NONE = new Filter(null, null, null, null, null, null);

  /**
   * A filter from what a user typed; blank parts are unset.
   *
   * @param type a type id such as {@code pcc_response}
   * @param from and {@code to}: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, a period taken from its start
   *     or to its end
   * @throws QueryException naming the part that is wrong and the values it takes
   */
  public static Filter parse(String type, String force, String report, String person, String from, String to)
      throws QueryException {
    return new Filter(docType(type), blankToNull(force), blankToNull(report), blankToNull(person),
        date(from, false), date(to, true));
  }

  /** Whether nothing is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The same filter for another report. */
  public Filter withReport(String r) {
    return new Filter(type, force, r, person, from, to);
  }

  /** Parses a document type id ({@code pcc_response}, {@code pcc-response}); null for blank. */
  public static DocType docType(String s) throws QueryException {
    if (s == null || s.isBlank()) return null;
    try {
      return DocType.parse(s);
    } catch (IllegalArgumentException e) {
      throw new QueryException("no document type '" + s + "'; use one of: " + Arrays.stream(DocType.values())
          .map(DocType::id).collect(Collectors.joining(", ")));
    }
  }

  /** Parses YYYY-MM-DD, YYYY-MM or YYYY; a partial date is taken at the start or end of its period. */
  public static LocalDate date(String s, boolean end) throws QueryException {
    if (s == null || s.isBlank()) return null;
    String d = s.strip();
    try {
      if (d.matches("\\d{4}")) {
        return end ? LocalDate.of(Integer.parseInt(d), 12, 31) : LocalDate.of(Integer.parseInt(d), 1, 1);
      }
      if (d.matches("\\d{4}-\\d{2}")) {
        LocalDate first = LocalDate.parse(d + "-01");
        return end ? first.plusMonths(1).minusDays(1) : first;
      }
      return LocalDate.parse(d);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new QueryException("bad date '" + s + "': use YYYY-MM-DD, YYYY-MM or YYYY");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

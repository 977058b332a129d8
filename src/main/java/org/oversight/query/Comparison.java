package org.oversight.query;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What each force's commissioner said about one report, side by side, each response measured against the report's
 * publication date as the corpus states it.
 *
 * @param published the report's publication date as the corpus states it, or null when no document states it
 * @param publishedBasis where that date comes from (the report itself, or how many documents state it)
 * @param deadline the last day of section 55's 56-day period, when the publication date is known to the day
 * @param rows one per response, ordered by force
 * @param missing the forces due to respond, as the report's ledger counts them, with no response in the corpus
 *     (which is not proof that none was published)
 */
public record Comparison(String report, String published, String publishedBasis, String deadline, List<Row> rows,
    List<String> missing) {
  /** The same comparison with only the responses dated after the deadline. */
  public Comparison onlyLate() {
    return new Comparison(report, published, publishedBasis, deadline,
        rows.stream().filter(r -> Boolean.FALSE.equals(r.withinDeadline())).toList(), missing);
  }

  /** The same comparison with its rows ordered by the day of section 55's period they are dated on, unknown last. */
  public Comparison sortedByDays() {
    return new Comparison(report, published, publishedBasis, deadline, rows.stream()
        .sorted(Comparator.comparing(Row::days, Comparator.nullsLast(Comparator.naturalOrder()))).toList(), missing);
  }

  /** How many responses are dated after the deadline. */
  public long lateCount() {
    return rows.stream().filter(r -> Boolean.FALSE.equals(r.withinDeadline())).count();
  }

  /** How many responses cannot be measured against the deadline (a date missing or not known to the day). */
  public long unmeasuredCount() {
    return rows.stream().filter(r -> r.withinDeadline() == null).count();
  }

  /**
   * One response.
   *
   * @param date the date the response bears, which stands in for the day it was published
   * @param days the day of section 55's period the response is dated on (publication day = 1), when both dates are
   *     known to the day
   * @param daysLate days after the deadline (0 when in time), when known
   * @param withinDeadline whether it is dated within the 56 days; null when not known
   * @param passages the passages that best match the query, or those about the recommendations (highlighted)
   * @param addressed how many of the report's recommendations the response addresses, as the ledger counts them
   * @param recommendations how many recommendations the ledger holds for the report
   */
  public record Row(String force, String responder, String role, String date, Long days, Long daysLate,
      Boolean withinDeadline, String id, String file, List<String> passages, Integer addressed,
      Integer recommendations) {}

  /** The columns of the flat table ({@code compare --format csv}, the web page's CSV), name and value, in order. */
  public Map<String, Function<Row, Object>> columns() {
    Map<String, Function<Row, Object>> c = new LinkedHashMap<>();
    c.put("report", r -> report);
    c.put("published", r -> published);
    c.put("deadline", r -> deadline);
    c.put("force", Row::force);
    c.put("responder", Row::responder);
    c.put("role", Row::role);
    c.put("response_date", Row::date);
    c.put("days", Row::days);
    c.put("days_late", Row::daysLate);
    c.put("within_56_days", Row::withinDeadline);
    c.put("id", Row::id);
    c.put("file", Row::file);
    c.put("passages", r -> String.join(" | ", r.passages()));
    c.put("addressed", Row::addressed);
    c.put("recommendations", Row::recommendations);
    return c;
  }
}

package org.oversight.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reports whose section 55 period has ended, with the bodies due to respond for which the corpus holds no response
 * dated on or before the day asked about. A row says only that no response was found in the corpus: a response may
 * have been published where the corpus has not looked.
 *
 * @param asOf the day the list is drawn up for (ISO)
 * @param rows one per report and body, oldest deadline first
 * @param undated reports left out because their publication date is not known to the day
 */
public record Overdue(String asOf, List<Row> rows, List<String> undated) {
  /**
   * A body with no response in the corpus to a report whose period has ended.
   *
   * @param deadline the last day in time (publication + 55 days)
   * @param body the local policing body that answered for the force on the publication date, or null if the list
   *     holds none
   * @param daysOverdue days from the deadline to the day asked about
   * @param rule which rule counted the force as due to respond ({@link Ledger.Respondents#rule()})
   */
  public record Row(String report, String published, String deadline, String force, String body, long daysOverdue,
      String rule) {}

  /** The columns of a row ({@code overdue --format csv}, the web page's CSV), name and value, in order. */
  public static Map<String, Function<Row, Object>> columns() {
    Map<String, Function<Row, Object>> c = new LinkedHashMap<>();
    c.put("report", Row::report);
    c.put("published", Row::published);
    c.put("deadline", Row::deadline);
    c.put("force", Row::force);
    c.put("body", Row::body);
    c.put("days_overdue", Row::daysOverdue);
    c.put("rule", Row::rule);
    return c;
  }
}

package org.oversight.query;

import java.util.List;

/**
 * What each force's commissioner said about one report, side by side.
 *
 * @param published the report's publication date as known anywhere in the corpus, or null
 * @param rows one per response, ordered by force
 * @param missing territorial forces with no response in the corpus
 */
public record Comparison(String report, String published, List<Row> rows, List<String> missing) {
  /**
   * One response.
   *
   * @param days days from the report's publication to the response, when both are known to the day
   * @param withinDeadline whether that is within section 55's 56 days; null when not known
   * @param passages the passages that best match the query, or those about the recommendations (highlighted)
   */
  public record Row(String force, String responder, String role, String date, Long days, Boolean withinDeadline,
      String id, String file, List<String> passages) {}
}

package org.oversight.serve;

import java.util.Map;
import org.oversight.model.Timeliness;

/**
 * How the pages put things into words, claiming no more than the corpus shows: "date unknown" for a missing date,
 * "no response found in the corpus" (never "did not respond"), and a response's day of section 55's period only when
 * both dates are known to the day.
 */
final class Words {
  private static final Map<String, String> DOC_TYPES = Map.of("hmicfrs_report", "HMICFRS report",
      "hmicfrs_letter", "HMICFRS letter", "pcc_response", "PCC response", "news_article", "news article",
      "other", "other");

  private Words() {}

  /** A document type's id ({@code pcc_response}) as people say it ("PCC response"). */
  static String docType(String id) {
    return id == null ? "" : DOC_TYPES.getOrDefault(id, id.replace('_', ' '));
  }

  static String date(String iso) {
    return iso == null ? "date unknown" : iso;
  }

  /**
   * The day of section 55's period a response is dated on: "date unknown" without a date, "not measured" when
   * either date is not known to the day (or the response is dated before the report).
   */
  static String timing(Long days, Long daysLate, Boolean within, String date) {
    if (date == null) return "date unknown";
    if (days == null || within == null) return "not measured";
    String day = "day " + days + " of " + Timeliness.DAYS_ALLOWED;
    return within ? day + ", within the period" : day + ", " + daysLate + (daysLate == 1 ? " day" : " days")
        + " late";
  }
}

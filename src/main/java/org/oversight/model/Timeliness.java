package org.oversight.model;

/**
 * Whether a commissioner's response came within the 56 days that section 55 of the Police Act 1996 allows after
 * the report's publication.
 *
 * @param reportDate the report's publication date (ISO)
 * @param responseDate the response's own date (ISO)
 * @param days days from publication to the response
 * @param withinDeadline true when {@code days <= 56}
 */
public record Timeliness(String reportDate, String responseDate, long days, boolean withinDeadline) {
  /** The number of days section 55 allows. */
  public static final int DAYS_ALLOWED = 56;

  /** The timeliness of a response dated {@code response} to a report published {@code published}. */
  public static Timeliness of(java.time.LocalDate published, java.time.LocalDate response) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(published, response);
    return new Timeliness(published.toString(), response.toString(), days, days <= DAYS_ALLOWED);
  }
}

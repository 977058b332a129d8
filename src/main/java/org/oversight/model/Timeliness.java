package org.oversight.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a commissioner's response came, measured as section 55 of the Police Act 1996 measures it: comments are due
 * "before the end of the period of 56 days beginning with the day on which the report is published" (s55(5A)), so
 * the day of publication is day 1 and the last day in time is publication + 55 days.
 *
 * @param reportDate the report's publication date (ISO) the response is measured against
 * @param responseDate the response's own date (ISO): the date it bears, which stands in for its publication date
 * @param deadline the last day of the period (ISO)
 * @param days the day of the period the response is dated on (publication day = 1)
 * @param daysLate days after the deadline, 0 when in time
 * @param withinDeadline true when dated on or before the deadline
 */
public record Timeliness(String reportDate, String responseDate, String deadline, long days, long daysLate,
    boolean withinDeadline) {
  /** The number of days section 55 allows, the day of publication included. */
  public static final int DAYS_ALLOWED = 56;

  /** The last day in time for comments on a report published on {@code published}. */
  public static LocalDate deadline(LocalDate published) {
    return published.plusDays(DAYS_ALLOWED - 1);
  }

  /**
   * The timeliness of a response dated {@code response} to a report published {@code published}; null when the
   * response is dated before the report (a date misread, or a response to an earlier report).
   */
  public static Timeliness of(LocalDate published, LocalDate response) {
    if (response.isBefore(published)) return null;
    LocalDate deadline = deadline(published);
    long day = ChronoUnit.DAYS.between(published, response) + 1;
    long late = Math.max(0, ChronoUnit.DAYS.between(deadline, response));
    return new Timeliness(published.toString(), response.toString(), deadline.toString(), day, late, late == 0);
  }

  /** As {@link #of(LocalDate, LocalDate)} for ISO dates; null unless both are full days. */
  public static Timeliness of(String published, String response) {
    if (!isDay(published) || !isDay(response)) return null;
    return of(LocalDate.parse(published), LocalDate.parse(response));
  }

  /** Whether an ISO date string names a full day ({@code 2024-03-05}), not only a month or a year. */
  public static boolean isDay(String iso) {
    return iso != null && iso.length() == 10 && iso.matches("\\d{4}-\\d{2}-\\d{2}");
  }
}

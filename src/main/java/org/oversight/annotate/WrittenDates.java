package org.oversight.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as these papers write them, read without the language models, which merge "today, 3 November 2016" into one
 * unresolved mention or leave "27-Nov-2014" alone: "2 October 2017", "Friday, 6th October 2017", "30th Jun 2022",
 * "March 17, 2023", "27-Nov-2014", "2022-06-30", and months alone ("September 2019").
 */
final class WrittenDates {
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MON_YEAR = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2})-" + MONTH + "-(\\d{4})(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{4})(?!\\d)");

  /** A date written in a text: its ISO value (a day, or a month {@code yyyy-mm}) and where it stands. */
  record Found(String iso, int start, int end) {}

  private WrittenDates() {}

  /** The full dates (to the day) written in a text, in order. */
  static List<Found> days(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) add(out, m.group(3), m.group(2), m.group(1), m.start(), m.end());
    m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) add(out, m.group(3), m.group(1), m.group(2), m.start(), m.end());
    m = DAY_MON_YEAR.matcher(text);
    while (m.find()) add(out, m.group(3), m.group(2), m.group(1), m.start(), m.end());
    m = ISO.matcher(text);
    while (m.find()) {
      try {
        out.add(new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))).toString(), m.start(), m.end()));
      } catch (DateTimeException e) {
        // not a date
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : out) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return kept;
  }

  /** Months written without a day ("September 2019"), as {@code yyyy-mm}, where no full date stands. */
  static List<Found> months(String text) {
    List<Found> days = days(text);
    List<Found> out = new ArrayList<>();
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      int at = m.start();
      if (days.stream().anyMatch(d -> d.start() <= at && at < d.end())) continue;
      int month = month(m.group(1));
      out.add(new Found(String.format("%s-%02d", m.group(2), month), m.start(), m.end()));
    }
    return out;
  }

  private static void add(List<Found> out, String year, String month, String day, int start, int end) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
      out.add(new Found(d.toString(), start, end));
    } catch (DateTimeException | NumberFormatException e) {
      // "31 February": not a date
    }
  }

  /** The month number (1-12) of a month's name or abbreviation. */
  static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
    return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
  }
}

package org.oversight.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;

/**
 * The date step of the language processing: the dates a sentence writes, as DATE mentions with ISO values, read by
 * the project's own grammar instead of SUTime (which cost about 85% of the language processing). Full dates and
 * months as {@link WrittenDates} reads them ("21st October 2019", "Friday, 6th October 2017", "September 2019"); a
 * day without a year ("on 6 October") and relative days, months and years ("today", "last year") against the
 * document's date when it is known (else kept with no value, as SUTime keeps them); years alone ("in 2019"). Only
 * sentences that hold a digit or a relative word are read. Numeric dates are {@link NumericDates}'s.
 */
final class DateMentions {
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** "6 October", "6th of Oct." with no year after it. */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?i)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "(?![\\p{L}])(?!,?\\s+\\d)");
  /** "October 6th" with no year after it; "may" only with a capital, as the verb is far more common. */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\p{L}\\d])(?!may\\b)(?i:" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\d:.,/-]|,\\s*\\d)");
  /**
   * A year standing alone: not an amount, a count with a comma, a decimal, part of a code, nor a financial or
   * inspection year ("2018/19", "2021-22"), which names a period.
   */
  private static final Pattern YEAR = Pattern.compile(
      "(?<![\\p{L}\\d\u00a3$\u20ac.,:/#-])(19\\d\\d|20\\d\\d)(?![\\p{L}\\d%]|[.,:]\\d|\\s?[/\u2013-]\\s?\\d)");
  /** A weekday before a date belongs to it, as SUTime reads it: "Friday, 6th October 2017". */
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+$");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)(?<![\\p{L}])(today|yesterday|tomorrow|(this|last|next)\\s+(year|month))(?![\\p{L}])");
  /** Whether a sentence can hold a date at all: a digit, or a word the relative forms start with. */
  private static final Pattern CAN_HOLD = Pattern.compile("(?i)\\d|today|yesterday|tomorrow|year|month");

  private DateMentions() {}

  /** The date mentions of the sentences, in order; {@code documentDate} (ISO day) resolves relative forms, or null. */
  static List<Mention> find(List<NlpPipeline.Sentence> sentences, String documentDate) {
    LocalDate docDate = parse(documentDate);
    List<Mention> out = new ArrayList<>();
    for (NlpPipeline.Sentence s : sentences) {
      if (CAN_HOLD.matcher(s.text()).find()) out.addAll(find(s.text(), s.passage(), docDate));
    }
    return out;
  }

  /** The date mentions in one text, in order, none overlapping another. */
  static List<Mention> find(String text, int passage, LocalDate docDate) {
    List<Span> spans = new ArrayList<>();
    for (WrittenDates.Found f : WrittenDates.days(text)) spans.add(new Span(f.start(), f.end(), f.iso()));
    for (WrittenDates.Found f : WrittenDates.months(text)) spans.add(new Span(f.start(), f.end(), f.iso()));
    Matcher m = DAY_MONTH.matcher(text);
    while (m.find()) spans.add(new Span(m.start(), m.end(), day(docDate, m.group(2), m.group(1))));
    m = MONTH_DAY.matcher(text);
    while (m.find()) spans.add(new Span(m.start(), m.end(), day(docDate, m.group(1), m.group(2))));
    m = RELATIVE.matcher(text);
    while (m.find()) spans.add(new Span(m.start(), m.end(), relative(docDate, m.group(1))));
    m = YEAR.matcher(text);
    while (m.find()) spans.add(new Span(m.start(), m.end(), m.group(1)));
    spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Mention> out = new ArrayList<>();
    int end = -1;
    for (Span s : spans) {
      if (s.start() < end) continue;
      int start = s.start();
      Matcher weekday = WEEKDAY_BEFORE.matcher(text.substring(Math.max(end, Math.max(0, start - 12)), start));
      if (weekday.find()) start -= weekday.end() - weekday.start();
      end = s.end();
      String written = text.substring(start, end).replaceAll("\\s+", " ");
      if (written.endsWith(".")) written = written.substring(0, written.length() - 1);
      out.add(new Mention(EntityType.DATE, written, s.iso(), passage));
    }
    return out;
  }

  private record Span(int start, int end, String iso) {}

  /** A day written without its year: in the document's year when that is known. */
  private static String day(LocalDate docDate, String month, String day) {
    if (docDate == null) return null;
    try {
      return LocalDate.of(docDate.getYear(), WrittenDates.month(month), Integer.parseInt(day)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String relative(LocalDate docDate, String words) {
    if (docDate == null) return null;
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (w) {
      case "today" -> docDate.toString();
      case "yesterday" -> docDate.minusDays(1).toString();
      case "tomorrow" -> docDate.plusDays(1).toString();
      default -> {
        int shift = w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0;
        yield w.endsWith("year") ? String.valueOf(docDate.getYear() + shift)
            : docDate.plusMonths(shift).toString().substring(0, 7);
      }
    };
  }

  private static LocalDate parse(String iso) {
    if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) return null;
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeException e) {
      return null;
    }
  }
}

package org.oversight.annotate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Evidence;
import org.oversight.model.Mention;

/**
 * The document's own date, told apart from the dates it mentions: a page's stated publication date, a "Sent on" or
 * "Date:" line, a date standing on its own line (a letter's date, an article's dateline), a headline's date in
 * brackets, "published today (1 December 2023)", a "Published" line when the document is the publication (in a
 * response, "Published ..." dates the report responded to), and, failing all of these, the date a page was last
 * updated.
 */
final class DateTagger {
  static final Pattern FULL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?";
  /** A weekday written out or cut short, as datelines print it: "Thursday", "Thu", "Weds". */
  private static final String ANY_WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|weds|"
      + "thu|thur|thurs|fri|sat|sun)";
  private static final Pattern OWN_CUE = Pattern.compile("(?i)^\\W*(sent on|date|dated|letter date|date sent|"
      + "(?:response|letter|reply) date|date of (?:response|letter|reply|this letter))\\W*" + WEEKDAY + "$");
  /** A meeting's or a letter's own date inside a line: "Minutes of the meeting held on 6 June 2024". */
  private static final Pattern OWN_TAIL_CUE = Pattern.compile("(?i)\\b(held on|meeting on)\\s*(?:" + ANY_WEEKDAY
      + "\\.?,?\\s*)?$");
  /** "Posted by Jo Bloggs on 2 March 2025": a byline that dates the page. */
  private static final Pattern BYLINE_ON = Pattern.compile("(?i)^\\W*(?:posted|published|written|updated)\\s+by\\s+"
      + "[^.;:]{2,80}?\\s+on\\s+(?:" + ANY_WEEKDAY + "\\.?,?\\s*)?(?:the\\s+)?$");
  private static final Pattern PUBLISHED_CUE = Pattern.compile(
      "(?i)^\\W*(published|first published|published on|posted|posted on|release date)\\W*" + WEEKDAY + "$");
  /** "Author: Rosa DelaneyPublished 14th Feb 2031": a publication label glued inside a head line. */
  private static final Pattern PUBLISHED_INLINE = Pattern.compile("(?:^|\\p{Ll}|[|\u2022]\\s*)(?:Published|Posted)(?: on)?\\s*:?\\s*$");
  private static final Pattern UPDATED_INLINE = Pattern.compile("(?:^|\\p{Ll}|[|\u2022]\\s*)(?:Updated|Last updated)(?: on)?\\s*:?\\s*$");
  private static final Pattern UPDATED_CUE = Pattern.compile("(?i)^\\W*(updated|last updated|modified|this page was last updated)\\b");
  /** "published today (Friday 1 December 2023)", "released today, 3 November 2016". */
  private static final Pattern TODAY_CUE = Pattern.compile("(?i)\\btoday\\s*(?:,|\\(|\\u2013|-)\\s*(?:[A-Za-z]+day,?\\s+)?$");
  /** "sent the following letter to the Home Secretary on 26 July 2019". */
  private static final Pattern SENT_CUE = Pattern.compile("(?i)\\b(sent|wrote|submitted)\\b[^.]{0,100}\\bon\\s+(?:the\\s+)?$");
  /** Around a standalone date only decoration may stand: markdown marks, a weekday, a time. */
  private static final Pattern DECORATION = Pattern.compile(
      "(?i)[\\s#*_\\-|,.(]*(" + ANY_WEEKDAY + ")?[\\s#*_,.]*");
  /**
   * What may follow a standalone date: a time ("11:03 am", "00.01 GMT"), and in a dateline a separator and a short
   * byline ("22 January 2024 | Staff reporter").
   */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "(?i)[\\s,)]*(\\d{1,2}[:.]\\d{2}\\s*(am|pm)?|\\d{1,2}\\s*(am|pm))?\\s*(gmt|bst|utc)?[\\s#*_,.)]*"
          + "(?:[|\u2022]\\s*[^|\u2022]{1,60})?");
  private static final Pattern TIME_START = Pattern.compile("(?i)^[\\s,]*(\\d{1,2}[:.]\\d{2}\\s*(am|pm)?|\\d{1,2}\\s*(am|pm))\\b");
  /** A metadata line some saved pages begin with: " date 2022-06-30 Headline". */
  private static final Pattern META_DATE = Pattern.compile("(?i)^\\s*date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
  private static final int HEAD_LINES = 20;

  /** A date with the evidence for it. */
  record Dated(String date, Evidence evidence) {}

  /** The document date, or null. */
  Dated documentDate(DocText doc, DocType type, String statedPublished) {
    if (statedPublished != null && statedPublished.length() >= 10 && FULL.matcher(statedPublished.substring(0, 10))
        .matches()) {
      String d = statedPublished.substring(0, 10);
      return new Dated(d, new Evidence("document_date", d, -1, 0, statedPublished, "the page's stated publication date"));
    }
    List<Line> lines = doc.lines;
    if (!lines.isEmpty()) {
      Matcher meta = META_DATE.matcher(lines.get(0).text());
      if (meta.find()) return dated(doc, meta.group(1), lines.get(0), meta.start(1), "the page's date line");
    }
    boolean publishedIsOwn = type != DocType.PCC_RESPONSE && type != DocType.HMICFRS_LETTER;
    Dated standalone = null;
    Dated updated = null;
    Dated held = null;
    Dated today = null;
    Dated sent = null;
    Dated labelled = null;
    for (Line l : lines) {
      boolean head = l.index() < HEAD_LINES || l.index() >= lines.size() - 3;
      for (Found m : dates(doc, l)) {
        String before = l.text().substring(0, m.at());
        if (before.isBlank() && l.index() > 0) {
          // a label on the line above: "Sent on" / "2 October 2024" in a letter-information block
          String above = lines.get(l.index() - 1).text();
          if (OWN_CUE.matcher(above).matches() || PUBLISHED_CUE.matcher(above).matches()
              || UPDATED_CUE.matcher(above).find()) {
            before = above + " ";
          }
        }
        String after = l.text().substring(m.end());
        if (UPDATED_CUE.matcher(before).find() || l.index() < 8 && UPDATED_INLINE.matcher(before).find()) {
          if (updated == null) updated = dated(doc, m.iso(), l, m.at(), "the date the page was last updated");
          continue;
        }
        if (OWN_CUE.matcher(before).matches()) return dated(doc, m.iso(), l, m.at(), "labelled '" + before.strip() + "'");
        if (head && held == null && OWN_TAIL_CUE.matcher(before).find()) {
          held = dated(doc, m.iso(), l, m.at(), "the meeting's date");
        }
        if (head && today == null && TODAY_CUE.matcher(before).find()) {
          today = dated(doc, m.iso(), l, m.at(), "'today' given as a date");
        }
        if (head && sent == null && type == DocType.PCC_RESPONSE && SENT_CUE.matcher(before).find()) {
          sent = dated(doc, m.iso(), l, m.at(), "the date the letter was sent");
        }
        if (head && BYLINE_ON.matcher(before).matches() && publishedIsOwn) {
          return dated(doc, m.iso(), l, m.at(), "the byline's date");
        }
        boolean published = PUBLISHED_CUE.matcher(before).matches()
            || (l.index() < 8 && PUBLISHED_INLINE.matcher(before).find());
        if (published && (TIME_TAIL.matcher(after).matches() || l.index() < 8)) {
          if (publishedIsOwn) return dated(doc, m.iso(), l, m.at(), "the stated publication date");
          // in a response, "Published ..." under the report's title dates the report; with no date of its own
          // found, a labelled one at the head is taken as the page's (a commissioner's news page)
          if (labelled == null && l.index() < 8 && TIME_TAIL.matcher(after).matches() && !underReport(lines, l)) {
            labelled = dated(doc, m.iso(), l, m.at(), "the page's publication label, no other date of its own");
          }
          continue;
        }
        boolean alone = DECORATION.matcher(before).matches()
            && (TIME_TAIL.matcher(after).matches() || TIME_START.matcher(after).find());
        boolean headline = l.index() < 3 && before.endsWith("(") && after.startsWith(")");
        if (head && standalone == null && (alone || headline)) {
          standalone = dated(doc, m.iso(), l, m.at(), headline ? "the date beside the headline" : "a date on its own line");
        }
      }
    }
    if (standalone != null) return standalone;
    if (sent != null) return sent;
    if (held != null) return held;
    if (today != null) return today;
    if (labelled != null) return labelled;
    return type == DocType.PCC_RESPONSE || type == DocType.HMICFRS_LETTER ? null : updated;
  }

  /** Whether the line above names a report: then its "Published" dates the report, not the page. */
  private static boolean underReport(List<Line> lines, Line l) {
    for (int i = l.index() - 1; i >= 0 && i >= l.index() - 2; i--) {
      String above = lines.get(i).text();
      if (!above.isBlank()) return REPORT_HEAD.matcher(above).find();
    }
    return false;
  }

  /** A line that names an inspection report: its title or a reference to it. */
  private static final Pattern REPORT_HEAD = Pattern.compile("(?i)\\breport\\b");

  private static Dated dated(DocText doc, String iso, Line l, int at, String rule) {
    return new Dated(iso, doc.evidence("document_date", iso, l, at, rule));
  }

  /** A full date in a line: where it stands and its ISO value. */
  private record Found(String iso, int at, int end) {}

  /** The full dates of a line: as written (WrittenDates), then CoreNLP's for forms those rules do not read. */
  private static List<Found> dates(DocText doc, Line l) {
    List<Found> out = new java.util.ArrayList<>();
    for (WrittenDates.Found w : WrittenDates.days(l.text())) out.add(new Found(w.iso(), w.start(), w.end()));
    for (Mention m : doc.mentions) {
      if (m.type() != EntityType.DATE || m.normalized() == null || !FULL.matcher(m.normalized()).matches()
          || m.passage() != l.passage()) {
        continue;
      }
      int at = l.text().indexOf(m.text());
      if (at < 0) continue;
      int end = at + m.text().length();
      if (out.stream().noneMatch(f -> f.at() < end && at < f.end())) out.add(new Found(m.normalized(), at, end));
    }
    out.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return out;
  }
}

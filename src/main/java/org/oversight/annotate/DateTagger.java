package org.oversight.annotate;

import java.util.List;
import java.util.regex.Pattern;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;

/**
 * The document's own date, told apart from the dates it mentions: a page's stated publication date, a "Sent on" or
 * "Date:" line, a date standing on its own line (a letter's date, an article's dateline), or a "Published" line
 * when the document is the publication (in a response, "Published ..." dates the report responded to).
 */
final class DateTagger {
  static final Pattern FULL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern OWN_CUE = Pattern.compile("(?i)^\\W*(sent on|date|dated|letter date)\\W*$");
  /** A meeting's or a letter's own date inside a line: "Minutes of the meeting held on 6 June 2024". */
  private static final Pattern OWN_TAIL_CUE = Pattern.compile("(?i)\\b(held on|meeting on)\\s*$");
  private static final Pattern PUBLISHED_CUE = Pattern.compile("(?i)^\\W*(published|first published|published on)\\W*$");
  private static final Pattern UPDATED_CUE = Pattern.compile("(?i)^\\W*(updated|last updated|modified)\\b");
  /** Around a standalone date only decoration may stand: markdown marks, a weekday, a time. */
  private static final Pattern DECORATION = Pattern.compile(
      "(?i)[\\s#*_\\-|,.]*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)?[\\s#*_,.]*");
  private static final Pattern TIME_TAIL = Pattern.compile("(?i)[\\s,]*(\\d{1,2}[:.]\\d{2}\\s*(am|pm)?|\\d{1,2}\\s*(am|pm))?[\\s#*_,.]*");
  private static final int HEAD_LINES = 20;

  /** The document date, or null. */
  String documentDate(List<Line> lines, List<Mention> mentions, DocType type, String statedPublished) {
    if (statedPublished != null && statedPublished.length() >= 10 && FULL.matcher(statedPublished.substring(0, 10))
        .matches()) {
      return statedPublished.substring(0, 10);
    }
    boolean publishedIsOwn = type != DocType.PCC_RESPONSE && type != DocType.HMICFRS_LETTER;
    String standalone = null;
    String updated = null;
    String held = null;
    for (Line l : lines) {
      boolean head = l.index() < HEAD_LINES || l.index() >= lines.size() - 3;
      for (Mention m : mentions) {
        if (m.type() != EntityType.DATE || m.normalized() == null || !FULL.matcher(m.normalized()).matches()
            || m.passage() != l.passage()) {
          continue;
        }
        int at = l.text().indexOf(m.text());
        if (at < 0) continue;
        String before = l.text().substring(0, at);
        if (before.isBlank() && l.index() > 0) {
          // a label on the line above: "Sent on" / "2 October 2024" in a letter-information block
          String above = lines.get(l.index() - 1).text();
          if (OWN_CUE.matcher(above).matches() || PUBLISHED_CUE.matcher(above).matches()) before = above + " ";
        }
        String after = l.text().substring(at + m.text().length());
        if (UPDATED_CUE.matcher(before).find()) {
          if (updated == null) updated = m.normalized();
          continue;
        }
        if (OWN_CUE.matcher(before).matches()) return m.normalized();
        if (head && held == null && OWN_TAIL_CUE.matcher(before).find()) held = m.normalized();
        if (PUBLISHED_CUE.matcher(before).matches() && TIME_TAIL.matcher(after).matches()) {
          if (publishedIsOwn) return m.normalized();
          continue;
        }
        if (head && standalone == null && DECORATION.matcher(before).matches() && TIME_TAIL.matcher(after).matches()) {
          standalone = m.normalized();
        }
      }
    }
    // an article that gives only its update time is dated by it
    if (standalone != null) return standalone;
    if (held != null) return held;
    return type == DocType.NEWS_ARTICLE ? updated : null;
  }
}

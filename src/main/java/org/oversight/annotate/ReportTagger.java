package org.oversight.annotate;

import org.oversight.domain.ReportTitles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;

/**
 * The HMICFRS report a document responds to or discusses, and its publication date as precisely as the text states
 * it. Known titles ({@code report-titles.txt}) are recognised however they are punctuated or prefixed; PEEL reports
 * by their pattern; others from the phrases that introduce a title ("Response to HMICFRS report on:", "HMICFRS
 * report:").
 */
final class ReportTagger {
  private record Known(String title, String words, String mainWords, String date) {}

  /** A report found in the text. */
  record Report(String title, String date) {}

  private static final Pattern PEEL = Pattern.compile(
      "(?i)\\bPEEL:?\\s+(?:police\\s+)?(effectiveness|efficiency|legitimacy|leadership)\\s+(\\d{4})\\b");
  private static final Pattern PEEL_CYCLE = Pattern.compile(
      "(?i)\\bPEEL\\s+(\\d{4}\\s*/\\s*\\d{2,4}|20\\d\\d[-\u2013]20?\\d\\d)\\s*[:\u2013-]?\\s*(an inspection of [A-Z][\\w' -]+?)(?=[.,;(]|$)");
  private static final Pattern INTRO = Pattern.compile(
      "(?i)(?:(?:HMICFRS|HMIC|inspectorate'?s?)\\s+(?:PEEL\\s+)?(?:spotlight\\s+|thematic\\s+|inspection\\s+)?report"
          + "(?:\\s+(?:on|into|entitled|titled))?|response to (?:the )?(?:HMICFRS |HMIC )?(?:report|inspection)"
          + "(?:\\s+(?:on|into|entitled|titled))?)\\s*[:\u2013-]\\s*(.*)$");
  /** A heading that names the report after "response to": "X's response to Guarding the gate: ...". */
  private static final Pattern RESPONSE_HEADING = Pattern.compile(
      "(?i)\\bresponse to\\s+(?:the\\s+)?(?:publication of\\s+)?(?:(?:HMICFRS|HMIC)(?:'s)?\\s+)?"
          + "(?:(?:PEEL\\s+)?(?:spotlight\\s+|thematic\\s+|inspection\\s+)?report\\s*)?(?:on|into|entitled|titled)?"
          + "\\s*[:\u2013-]?\\s*(?-i:([A-Z\u2018'\"\u201c][^.]{5,150}))$");
  private static final int HEADING_LINES = 6;
  private static final Pattern MONTH_IN_BRACKETS = Pattern.compile(
      "\\((?:published\\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\s+\\d{4})\\)", Pattern.CASE_INSENSITIVE);

  private final List<Known> known = new ArrayList<>();

  ReportTagger() {
    for (String line : ReportTitles.known()) {
      String[] c = line.split("\t");
      String title = c[0];
      String main = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
      known.add(new Known(title, norm(title), norm(main).split(" ").length >= 3 ? norm(main) : null,
          c.length > 1 ? c[1] : null));
    }
  }

  Report tag(List<Line> lines, List<NlpPipeline.Sentence> sentences, List<Mention> mentions, DocType type,
      String documentTitle, String documentDate) {
    String title = null;
    String knownDate = null;
    int titleLine = -1;
    // 1. a known title, wherever it first appears
    for (Line l : lines) {
      String n = " " + norm(l.text()) + " ";
      for (Known k : known) {
        if (n.contains(" " + k.words + " ") || (k.mainWords != null && n.contains(" " + k.mainWords + " "))) {
          title = k.title;
          knownDate = k.date;
          titleLine = l.index();
          break;
        }
      }
      if (title != null) break;
      Matcher peel = PEEL.matcher(l.text());
      if (peel.find()) {
        title = "PEEL: Police " + peel.group(1).toLowerCase(Locale.ROOT) + " " + peel.group(2);
        titleLine = l.index();
        break;
      }
      Matcher cycle = PEEL_CYCLE.matcher(l.text());
      if (cycle.find()) {
        title = "PEEL " + cycle.group(1).replaceAll("\\s", "") + ": " + cycle.group(2).strip();
        titleLine = l.index();
        break;
      }
    }
    // 2. a report is about itself: its stated title or its first heading
    if (title == null && type == DocType.HMICFRS_REPORT) {
      String own = documentTitle != null ? documentTitle : heading(lines);
      if (own != null) return new Report(cleanTitle(own), documentDate);
    }
    // 3. a title introduced by its cue, on the same line or the next
    if (title == null) {
      for (Line l : lines.subList(0, Math.min(HEADING_LINES, lines.size()))) {
        Matcher m = RESPONSE_HEADING.matcher(l.text());
        if (m.find() && l.text().length() <= 200) {
          title = cleanTitle(m.group(1));
          titleLine = l.index();
          break;
        }
      }
    }
    if (title == null) {
      for (Line l : lines) {
        Matcher m = INTRO.matcher(l.text());
        if (!m.find()) continue;
        String t = m.group(1).strip();
        if (t.isEmpty() && l.index() + 1 < lines.size()) t = lines.get(l.index() + 1).text();
        t = cleanTitle(t);
        if (t.split("\\s+").length >= 2) {
          title = t;
          titleLine = t.equals(cleanTitle(m.group(1))) ? l.index() : l.index() + 1;
          break;
        }
      }
    }
    if (title == null) return null;
    return new Report(title, date(lines, titleLine, sentences, mentions, title, knownDate));
  }

  /** The report's date: "(September 2019)" after the title, a "Published" line beside it, or "published" in a sentence naming it. */
  private String date(List<Line> lines, int titleLine, List<NlpPipeline.Sentence> sentences, List<Mention> mentions,
      String title, String knownDate) {
    Line at = lines.get(titleLine);
    Matcher bracket = MONTH_IN_BRACKETS.matcher(at.text());
    if (bracket.find()) {
      String v = normalizedIn(mentions, at.passage(), bracket.group(1));
      if (v != null) return v;
    }
    for (int i = titleLine; i < Math.min(lines.size(), titleLine + 3); i++) {
      Line l = lines.get(i);
      if (l.text().matches("(?i)^\\W*published( on)?:?\\s.*")) {
        for (Mention m : mentions) {
          if (m.type() == EntityType.DATE && m.normalized() != null && m.passage() == l.passage()
              && l.text().contains(m.text())) {
            return m.normalized();
          }
        }
      }
    }
    String words = norm(title);
    for (NlpPipeline.Sentence s : sentences) {
      String n = norm(s.text());
      if (n.contains("published") && (n.contains(words) || n.contains(" report"))) {
        for (Mention m : mentions) {
          if (m.type() == EntityType.DATE && m.normalized() != null && m.passage() == s.passage()
              && s.text().contains(m.text()) && m.normalized().matches("\\d{4}-\\d{2}.*")) {
            return m.normalized();
          }
        }
      }
    }
    return knownDate;
  }

  /** The first line that reads as a title: a few capitalised words, no full stop, near the top. */
  private static String heading(List<Line> lines) {
    for (Line l : lines.subList(0, Math.min(HEADING_LINES, lines.size()))) {
      String t = l.text().strip();
      int words = t.split("\\s+").length;
      if (words >= 3 && words <= 25 && Character.isUpperCase(t.charAt(0)) && !t.endsWith(".")
          && !t.matches("(?i)^(published|contents|foreword|summary)\\b.*")) {
        return t;
      }
    }
    return null;
  }

  private static String normalizedIn(List<Mention> mentions, int passage, String text) {
    for (Mention m : mentions) {
      if (m.type() == EntityType.DATE && m.passage() == passage && m.text().equalsIgnoreCase(text)) {
        return m.normalized();
      }
    }
    return null;
  }

  /** Drops what introduces or follows a title: prefixes, a bracketed date, "published ...", trailing punctuation. */
  static String cleanTitle(String t) {
    return ReportTitles.clean(t);
  }

  static String norm(String s) {
    return ReportTitles.norm(s);
  }
}

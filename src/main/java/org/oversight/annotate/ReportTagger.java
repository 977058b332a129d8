package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.domain.Forces;
import org.oversight.domain.ReportTitles;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Evidence;
import org.oversight.model.Mention;

/**
 * The HMICFRS report a document responds to or discusses, and its publication date as precisely as the text states
 * it. Known titles ({@code report-titles.txt}) are recognised however they are punctuated or prefixed; PEEL reports
 * by their cycle ("PEEL 2021/22", "2023-25", "PEEL: police legitimacy 2016", a force hub "Durham 2014"); an
 * inspectorate page by its own heading or the title under "Get the report"; others from the phrases that introduce a
 * title ("Response to HMICFRS report on:"). A description ("the latest PEEL assessment") is not a title.
 */
final class ReportTagger {
  /** A known title: its words as " a b c " and, for a long one, the runs of its words that recognise it. */
  private record Known(String title, String words, String mainWords, String date, Pattern exact, List<String> runs) {
    Known(String title, String words, String mainWords, String date, Pattern exact) {
      this(title, " " + words + " ", mainWords == null ? null : " " + mainWords + " ", date, exact, runsOf(words));
    }
  }

  /** A long title is recognised from a run of this many of its words, when the run is most of the title. */
  private static final int RUN = 8;

  /** A report found in the text, with the evidence for its title and its date. */
  record Report(String title, String date, Evidence titleEvidence, Evidence dateEvidence) {}

  private static final Pattern PEEL_PILLAR = Pattern.compile(
      "(?i)\\bPEEL:?\\s+(?:police\\s+)?(effectiveness|efficiency|legitimacy|leadership)\\s+(20\\d\\d)\\b");
  private static final Pattern PEEL_CYCLE_TITLE = Pattern.compile(
      "(?i)\\bPEEL\\s+(\\d{4}\\s*/\\s*\\d{2,4}|20\\d\\d\\s*[-\u2013]\\s*20?\\d\\d)\\s*[:\u2013-]?\\s*(an inspection of [A-Z][\\w' -]+?)(?=[.,;(]|$)");
  /** A PEEL cycle: "2021/22", "2018/19", "2023-25", "2023–2025". */
  private static final Pattern CYCLE = Pattern.compile("(?<![\\d/])(20\\d\\d)\\s*(?:/|[-\u2013])\\s*(20)?(\\d\\d)(?![\\d/])");
  /** "the 2021/22 PEEL cycle": a period, not a report. */
  private static final Pattern NOT_A_REPORT_AFTER = Pattern.compile(
      "(?i)^\\s*(?:PEEL\\s+)?(?:cycle|programme|framework|methodology|period|year|financial year|budget)\\b");
  private static final Pattern PEEL = Pattern.compile("\\bPEEL\\b|(?i)\\bpolice effectiveness,? efficiency,? and legitimacy\\b");
  /** The heading of a legacy PEEL force page: "Durham 2014". */
  private static final Pattern HUB_HEADING = Pattern.compile("^([A-Z][\\p{L}'-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}'-]+){0,3})\\s+(20\\d\\d)$");
  private static final Pattern INTRO = Pattern.compile(
      "(?i)(?:(?:HMICFRS|HMIC|inspectorate'?s?)\\s+(?:PEEL\\s+)?(?:spotlight\\s+|thematic\\s+|inspection\\s+)?report"
          + "(?:\\s+(?:on|into|entitled|titled))?|response to (?:the )?(?:HMICFRS |HMIC )?(?:report|inspection)"
          + "(?:\\s+(?:on|into|entitled|titled))?)(?:\\s*[:\u2013-]\\s*(.*)|\\s*$)");
  /** A head line that labels the title: "Report: An inspection of ...", "HMICFRS: Still not taken seriously". */
  private static final Pattern TITLE_LABEL = Pattern.compile(
      "(?i)^\\W*(?:report|report title|title of (?:the )?report|inspection|HMICFRS(?: report)?|HMIC(?: report)?)\\s*:\\s*"
          + "(?-i:([A-Z\u2018'\"\u201c].{9,200}))$");
  /** A title quoted after a word for the report: 'HMICFRS report "Roads policing: an inspection of ..."'. */
  private static final Pattern QUOTED_TITLE = Pattern.compile(
      "(?i)\\b(?:report|reports|published|publication of|inspection)\\b[^\"\u201c\u2018.]{0,40}?(?<![\\p{L}])"
          + "[\"\u201c\u2018'](?-i:([A-Z][^\"\u201d\u2019]{9,200}?))[\"\u201d\u2019'](?![\\p{L}])");
  /** A title set off by commas after "the report": "The report, Cutting it close: an inspection of ..., found". */
  private static final Pattern APPOSITIVE_TITLE = Pattern.compile(
      "(?i)\\bthe (?:HMICFRS |HMIC |inspectorate'?s? )?report(?: on [^,.]{1,60})?,\\s+(?-i:([A-Z][^,]{9,200}?))"
          + "(?:,|\\.(?:\\s|$))");
  /** A heading that names the report after "response to": "X's response to Guarding the gate: ...". */
  private static final Pattern RESPONSE_HEADING = Pattern.compile(
      "(?i)\\bresponse to\\s+(?:the\\s+)?(?:publication of\\s+)?(?:(?:HMICFRS|HMIC)(?:'s)?\\s+)?"
          + "(?:(?:PEEL\\s+)?(?:spotlight\\s+|thematic\\s+|inspection\\s+)?report\\s*)?(?:on|into|entitled|titled)?"
          + "\\s*[:\u2013-]?\\s*(?-i:([A-Z\u2018'\"\u201c][^.]{5,150}))$");
  private static final Pattern GET_THE_REPORT = Pattern.compile("(?i)^get the report$");
  private static final Pattern LINK_SUFFIX = Pattern.compile("^(.{10,250}?)\\s*\\((?:HTML|PDF document)\\)");
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?i)^(read the report online|download the report|get the (press release|report)|contents|print this document|"
          + "published on.*|link to report)$");
  /** Words of a description rather than a title: "the latest HMICFRS PEEL assessment", "effectiveness report". */
  private static final Set<String> GENERIC = Set.of("hmicfrs", "hmic", "his", "her", "majesty", "majestys", "s",
      "inspectorate", "of", "constabulary", "and", "fire", "rescue", "services", "service", "peel", "police",
      "policing", "effectiveness", "efficiency", "legitimacy", "inspection", "inspections", "report", "reports",
      "assessment", "assessments", "annual", "latest", "recent", "the", "a", "an", "on", "into", "findings", "force",
      "forces", "integrated", "national", "thematic", "spotlight", "this", "its", "their", "new", "first", "full",
      "hm", "our", "recommendations", "publication", "response", "to", "for", "published", "today", "s55", "section",
      // a link's own words ("Read the report online (HTML)", "Download the full report"): no title
      "read", "online", "download", "view", "here", "click", "web", "version", "accessible", "document");
  private static final Pattern BREADCRUMB = Pattern.compile("\\s[>\u203a\u00bb/]\\s");
  private static final Pattern REPORTISH = Pattern.compile("(?i)\\b(inspection|re-inspection|review|report|assessment|PEEL)\\b");
  private static final Pattern PUBLICATION_PAGE = Pattern.compile("(?i)^(published on\\b.*|contents|print this document)$");
  private static final int HEADING_LINES = 6;
  private static final Pattern MONTH_IN_BRACKETS = Pattern.compile(
      "\\((?:published\\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\s+\\d{4})\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_WORD = Pattern.compile("(?i)\\b(published|released|publication)\\b");
  private static final Pattern PUBLISHED_TODAY = Pattern.compile(
      "(?i)\\b(?:(?:published|released)\\s+(?:\\w+\\s+){0,2}?today|today\\s*(?:\\([^)]*\\)\\s*)?(?:published|released)|today['\u2019]s publication)\\b");
  private static final Pattern REGISTER_ON = Pattern.compile("^\\[on\\]");

  private final List<Known> known = new ArrayList<>();
  private final Forces forces = Forces.standard();

  ReportTagger() {
    for (String line : ReportTitles.known()) {
      String[] c = line.split("\t");
      String title = c[0];
      String main = title.contains(":") ? title.substring(0, title.indexOf(':')) : title;
      // a short title ("State of Policing") counts only as written, capitals and all: in lower case it is a phrase
      Pattern exact = title.split("\\s+").length <= 3 ? Pattern.compile("\\b" + Pattern.quote(title) + "\\b") : null;
      known.add(new Known(title, norm(title), norm(main).split(" ").length >= 3 ? norm(main) : null,
          c.length > 1 ? c[1] : null, exact));
    }
  }

  /** A title found, where, why. */
  private record Titled(String title, Line line, int at, String rule, String knownDate) {}

  Report tag(DocText doc, DocType type, String documentTitle, String documentDate, String primaryForce) {
    Titled t = title(doc, type, documentTitle, primaryForce);
    Evidence titleEvidence = t == null ? null
        : t.line() == null ? new Evidence("report_title", t.title(), -1, 0, t.title(), t.rule())
        : doc.evidence("report_title", t.title(), t.line(), t.at(), t.rule());
    Evidence date = date(doc, type, t, documentDate);
    if (t == null && date == null) return null;
    return new Report(t == null ? null : t.title(), date == null ? null : date.value(), titleEvidence, date);
  }

  private Titled title(DocText doc, DocType type, String documentTitle, String primaryForce) {
    List<Line> lines = doc.lines;
    boolean peelDoc = PEEL.matcher(doc.text).find();
    // 1. a known title, or a PEEL report by its pattern, wherever it first appears
    for (Line l : lines) {
      String n = " " + norm(l.text()) + " ";
      for (Known k : known) {
        if (k.exact != null ? k.exact.matcher(l.text()).find()
            : n.contains(k.words) || (k.mainWords != null && n.contains(k.mainWords)) || longRun(n, k.runs)) {
          return new Titled(k.title, l, 0, "a known report's title", k.date);
        }
      }
      Matcher pillar = PEEL_PILLAR.matcher(l.text());
      if (pillar.find()) {
        String title = "PEEL: Police " + pillar.group(1).toLowerCase(Locale.ROOT) + " " + pillar.group(2);
        String force = forceOf(l, pillar.end(), type, primaryForce);
        return new Titled(force == null ? title : title + " \u2013 An inspection of " + force, l, pillar.start(),
            "a PEEL pillar report named with its year", null);
      }
      Matcher cycle = PEEL_CYCLE_TITLE.matcher(l.text());
      if (cycle.find()) {
        return new Titled(peelTitle(cycle.group(1), null) + ": " + cleanTitle(cycle.group(2)), l, cycle.start(),
            "a PEEL report's title", null);
      }
    }
    // 2. a PEEL cycle named in a document about PEEL: "HMICFRS PEEL Inspection 2021/22", "assessment ... for 2023-25"
    if (peelDoc) {
      for (Line l : lines) {
        Matcher c = CYCLE.matcher(l.text());
        while (c.find()) {
          if (!nearReportWord(l.text(), c.start(), c.end()) || NOT_A_REPORT_AFTER.matcher(l.text().substring(c.end())).find()) {
            continue;
          }
          String force = forceOf(l, c.end(), type, primaryForce);
          return new Titled(peelTitle(c.group(), force), l, c.start(), "a PEEL cycle named beside the inspection", null);
        }
      }
      for (Line l : doc.head(4)) {
        Matcher hub = HUB_HEADING.matcher(l.text());
        if (hub.matches() && !forces.find(hub.group(1) + " Police").isEmpty()) {
          return new Titled(hub.group(1) + " PEEL " + hub.group(2), l, 0, "the heading of a PEEL force page", null);
        }
      }
    }
    // 3. an inspectorate page: the title under "Get the report", a link "<title> (HTML)", or its own heading
    if (type == DocType.HMICFRS_REPORT || type == DocType.HMICFRS_LETTER) {
      for (Line l : lines) {
        Matcher link = LINK_SUFFIX.matcher(l.text());
        if (link.find() && !generic(link.group(1))) {
          return new Titled(cleanTitle(link.group(1)), l, 0, "the report's link", null);
        }
        if (GET_THE_REPORT.matcher(l.text()).matches()) {
          for (Line next : lines.subList(l.index() + 1, Math.min(lines.size(), l.index() + 4))) {
            if (PAGE_FURNITURE.matcher(next.text()).matches() || generic(cleanTitle(next.text()))) continue;
            if (next.text().split("\\s+").length >= 3 && next.text().length() <= 250) {
              return new Titled(cleanTitle(next.text()), next, 0, "the title under 'Get the report'", null);
            }
            break;
          }
        }
      }
      Titled own = ownHeading(doc, type, documentTitle);
      if (own != null) return own;
    }
    // 4. a title introduced by its cue, on the same line or the next
    for (Line l : doc.head(HEADING_LINES)) {
      Matcher m = RESPONSE_HEADING.matcher(l.text());
      if (m.find() && l.text().length() <= 200 && !generic(m.group(1))) {
        return new Titled(cleanTitle(m.group(1)), l, m.start(1), "the title after 'response to'", null);
      }
    }
    for (Line l : lines) {
      Matcher m = INTRO.matcher(l.text());
      if (!m.find()) continue;
      String t = m.group(1) == null ? "" : m.group(1).strip();
      Line at = l;
      if (t.isEmpty() && l.index() + 1 < lines.size()) {
        at = lines.get(l.index() + 1);
        t = at.text();
        // a line that only ends with the cue ("... of the report") is a heading only when a title follows it
        if (m.group(1) == null && !titleLike(t)) continue;
      }
      t = cleanTitle(t);
      if (t.split("\\s+").length >= 2 && !generic(t)) {
        String cue = m.group(1) == null ? m.group() : m.group().substring(0, m.start(1) - m.start());
        return new Titled(t, at, 0, "the title after '" + cue.strip() + "'", null);
      }
    }
    // 5. a title labelled at the head, quoted after a word for the report, or set off by commas after "the report"
    for (Line l : doc.head(HEADING_LINES)) {
      Matcher m = TITLE_LABEL.matcher(l.text());
      if (m.matches() && titleLike(m.group(1))) {
        return new Titled(cleanTitle(m.group(1)), l, m.start(1), "the title labelled at the head", null);
      }
    }
    for (Line l : lines) {
      Matcher q = QUOTED_TITLE.matcher(l.text());
      while (q.find()) {
        if (titleLike(q.group(1))) {
          return new Titled(cleanTitle(q.group(1)), l, q.start(1), "the title quoted after a word for the report", null);
        }
      }
      Matcher a = APPOSITIVE_TITLE.matcher(l.text());
      while (a.find()) {
        if (titleLike(a.group(1))) {
          return new Titled(cleanTitle(a.group(1)), l, a.start(1), "the title set off by commas after 'the report'",
              null);
        }
      }
    }
    return null;
  }

  /** Whether words read as a report's title: a subtitle, or a word for an inspection, and not a description. */
  private static boolean titleLike(String t) {
    String s = t.strip();
    int words = s.split("\\s+").length;
    // a title is a phrase, not speech or a paragraph: short, and not opening with a speaker's pronoun
    return words >= 3 && words <= 22 && !s.matches("(?s)(?:I|We|It|This|Our|They|He|She)\\b.*")
        && (s.contains(":") || s.contains("?") || REPORTISH.matcher(s).find()) && !generic(s);
  }

  /** An inspectorate page's own heading, when it reads as the title of a report or review. */
  private Titled ownHeading(DocText doc, DocType type, String documentTitle) {
    if (documentTitle != null && REPORTISH.matcher(documentTitle).find() && !generic(documentTitle)) {
      return new Titled(cleanTitle(documentTitle), null, 0, "the document's stated title", null);
    }
    List<Line> head = doc.head(HEADING_LINES);
    boolean publicationPage = doc.lines.subList(0, Math.min(10, doc.lines.size())).stream()
        .anyMatch(l -> PUBLICATION_PAGE.matcher(l.text()).matches());
    for (Line l : head) {
      String t = l.text().strip();
      int words = t.split("\\s+").length;
      if (words < 3 || words > 30 || !Character.isUpperCase(t.charAt(0)) || t.endsWith(".")
          || t.matches("(?i)^(published|contents|foreword|summary|skip to|letter (from|to))\\b.*")
          || generic(t) || BREADCRUMB.matcher(t).find()) {
        continue; // the site's name over every page, or the trail of sections above the heading
      }
      boolean reportish = REPORTISH.matcher(t).find() && !t.matches("(?i).*\\b(letter|decision)\\b.*");
      if (type == DocType.HMICFRS_LETTER && !reportish) return null;
      if ((reportish || publicationPage) && !generic(t)) {
        return new Titled(cleanTitle(t), l, 0, publicationPage ? "the publication's heading" : "the page's heading", null);
      }
      return null;
    }
    return null;
  }

  /** A PEEL title from its cycle as written ("2023-25" → "PEEL 2023–2025"), with the force when one is named. */
  private static String peelTitle(String cycle, String force) {
    Matcher c = CYCLE.matcher(cycle);
    String base;
    if (c.find()) {
      int from = Integer.parseInt(c.group(1));
      boolean slash = c.group().contains("/");
      if (from == 2018 && slash) {
        base = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19";
      } else if (slash) {
        base = "PEEL " + from + "/" + c.group(3);
      } else {
        base = "PEEL " + from + "\u2013" + (from / 100 * 100 + Integer.parseInt(c.group(3)));
      }
    } else {
      base = "PEEL " + cycle.strip();
    }
    if (force == null) return base;
    return base + (base.contains("\u2013") ? ": " : " \u2013 ") + "An inspection of " + force;
  }

  /** The force a PEEL report is of: named on its line after the cycle, else the document's when it is about one. */
  private String forceOf(Line l, int from, DocType type, String primaryForce) {
    List<Forces.Hit> after = forces.find(l.text().substring(from));
    if (!after.isEmpty() && after.get(0).start() < 80) return after.get(0).force();
    List<Forces.Hit> all = forces.find(l.text());
    if (!all.isEmpty()) return all.get(0).force();
    boolean heading = l.text().split("\\s+").length <= 12;
    return heading && primaryForce != null && type != DocType.NEWS_ARTICLE ? primaryForce : null;
  }

  private static boolean nearReportWord(String text, int start, int end) {
    String around = text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 60));
    return REPORTISH.matcher(around).find() || PEEL.matcher(around).find();
  }

  /** Whether a text holds a run of at least RUN words of a long title, the run being most of the title. */
  private static boolean longRun(String text, List<String> runs) {
    for (String run : runs) {
      if (text.contains(run)) return true;
    }
    return false;
  }

  /** The runs of most of a long title's words (" w1 ... wn "), worked out once per title, not once per line. */
  private static List<String> runsOf(String title) {
    String[] w = title.split(" ");
    if (w.length < RUN + 2) return List.of();
    int need = Math.max(RUN, (int) Math.ceil(0.6 * w.length));
    List<String> out = new ArrayList<>();
    for (int i = 0; i + need <= w.length; i++) {
      out.add(" " + String.join(" ", java.util.Arrays.asList(w).subList(i, i + need)) + " ");
    }
    return List.copyOf(out);
  }

  static boolean generic(String title) {
    for (String w : norm(title).split(" ")) {
      if (!w.isEmpty() && !GENERIC.contains(w) && !w.matches("\\d+")) return false;
    }
    return true;
  }

  /**
   * The report's date: "(September 2019)" after the title, a "Published" line beside it, a register's first status
   * entry, a sentence saying the report was published on a day (or today, the document's own date), or the date of
   * a known report.
   */
  private Evidence date(DocText doc, DocType type, Titled t, String documentDate) {
    List<Line> lines = doc.lines;
    if (t != null && t.line() != null) {
      Line at = t.line();
      Matcher bracket = MONTH_IN_BRACKETS.matcher(at.text());
      if (bracket.find()) {
        List<WrittenDates.Found> m = WrittenDates.months(bracket.group(1));
        if (!m.isEmpty()) {
          return doc.evidence("report_date", m.get(0).iso(), at, bracket.start(), "the month in brackets after the title");
        }
      }
      for (int i = at.index(); i < Math.min(lines.size(), at.index() + 3); i++) {
        Line l = lines.get(i);
        if (l.text().matches("(?i)^\\W*published( on)?:?\\s.*")) {
          List<WrittenDates.Found> d = datesOf(l.text());
          // in a response, a "Published" line that gave the response its own date is not the report's
          boolean own = type == DocType.PCC_RESPONSE && !d.isEmpty() && d.get(0).iso().equals(documentDate);
          if (!d.isEmpty() && !own) {
            return doc.evidence("report_date", d.get(0).iso(), l, "the 'Published' line beside the title");
          }
        }
      }
    }
    for (Line l : lines) {
      // "Report published: 14 March 2024", "Date of the report: ...": a label that says whose date it is
      Matcher label = REPORT_DATE_LABEL.matcher(l.text());
      if (label.lookingAt()) {
        List<WrittenDates.Found> d = datesOf(l.text().substring(label.end()));
        if (!d.isEmpty()) return doc.evidence("report_date", d.get(0).iso(), l, "labelled '" + label.group().strip() + "'");
      }
    }
    for (Line l : lines) {
      if (REGISTER_ON.matcher(l.text()).find()) {
        List<WrittenDates.Found> d = WrittenDates.days(l.text());
        if (!d.isEmpty()) return doc.evidence("report_date", d.get(0).iso(), l, "the register's first status entry");
      }
    }
    String words = t == null ? null : norm(t.title().replaceFirst("\\s*[\u2013:-]\\s*An inspection of .*$", ""));
    for (NlpPipeline.Sentence s : doc.sentences) {
      String text = s.text();
      if (!PUBLISHED_WORD.matcher(text).find()) continue;
      String n = norm(text);
      if (!(n.contains(" report") || n.contains("inspection") || n.contains("assessment") || n.startsWith("report")
          || (words != null && n.contains(words)))) {
        continue;
      }
      if (PUBLISHED_TODAY.matcher(text).find()) {
        List<WrittenDates.Found> d = WrittenDates.days(text);
        if (!d.isEmpty()) return doc.evidence("report_date", d.get(0).iso(), s, "published 'today', dated in the sentence");
        if (documentDate != null) {
          return doc.evidence("report_date", documentDate, s, "published 'today': the document's own date");
        }
        continue;
      }
      Matcher on = PUBLISHED_ON.matcher(text);
      while (on.find()) {
        for (WrittenDates.Found d : datesOf(text)) {
          if (d.start() >= on.start() && d.start() <= on.end()) {
            return doc.evidence("report_date", d.iso(), s, "the sentence saying when the report was published");
          }
        }
      }
      if (words != null && n.contains(words)) {
        List<WrittenDates.Found> d = datesOf(text);
        if (!d.isEmpty()) return doc.evidence("report_date", d.get(0).iso(), s, "the sentence publishing the report");
      }
    }
    if (t != null && t.knownDate() != null) {
      return new Evidence("report_date", t.knownDate(), t.line() == null ? -1 : t.line().passage(),
          t.line() == null ? 0 : t.line().page(), t.title(), "the known publication date of this report");
    }
    return null;
  }

  private static final Pattern PUBLISHED_ON = Pattern.compile(
      "(?i)\\b(?:published|released)(?:\\s+by\\s+[^,.;]{1,40}?)?\\s+(?:in\\s+|on\\s+)?(?:the\\s+)?"
          + "(?:[A-Za-z]+day,?\\s+)?");
  /** A label that dates the report itself. */
  private static final Pattern REPORT_DATE_LABEL = Pattern.compile(
      "(?i)^\\W*(?:(?:the\\s+)?(?:inspection\\s+)?report(?:'s)?\\s+(?:published|publication date|date)(?:\\s+on)?|"
          + "date of (?:the\\s+)?(?:inspection\\s+)?report|date (?:the\\s+)?report was published)\\s*:?\\s*");

  /** Days and months written in a text, in order. */
  private static List<WrittenDates.Found> datesOf(String text) {
    List<WrittenDates.Found> all = new ArrayList<>(WrittenDates.days(text));
    all.addAll(WrittenDates.months(text));
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return all;
  }

  /** Drops what introduces or follows a title: prefixes, a bracketed date, "published ...", trailing punctuation. */
  static String cleanTitle(String t) {
    return ReportTitles.clean(t);
  }

  static String norm(String s) {
    return ReportTitles.norm(s);
  }
}

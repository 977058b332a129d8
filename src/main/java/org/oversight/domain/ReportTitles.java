package org.oversight.domain;

import java.util.List;
import java.util.Locale;

/**
 * HMICFRS report titles: the known ones ({@code report-titles.txt}) and the key under which variants of one title
 * group: case, punctuation and introductory words ("PEEL spotlight report:", "HMICFRS report:") ignored, so "Shining
 * a light on betrayal Abuse of position ..." and "Shining a light on betrayal: Abuse of position ..." are one report.
 */
public final class ReportTitles {
  private static final List<String> KNOWN = Resources.lines("report-titles.txt");

  private ReportTitles() {}

  /** The titles of well-known reports, as the inspectorate writes them. */
  public static List<String> known() {
    return KNOWN;
  }

  /** The grouping key of a title; null for null. */
  public static String key(String title) {
    return title == null ? null : norm(clean(title));
  }

  /**
   * A title as written, without markdown marks, an introductory "HMICFRS report:", a trailing "(September 2019)" or
   * ", published ..." and trailing punctuation.
   */
  public static String clean(String t) {
    String s = t.replaceAll("[*#_]+", " ").strip()
        .replaceFirst("(?i)^(HMICFRS|HMIC)\\s+report\\s*:\\s*", "")
        .replaceFirst("(?i)^PEEL\\s+spotlight\\s+report\\s*:?\\s*", "")
        .replaceFirst("\\s*\\(.*$", "")
        .replaceFirst("(?i)\\s*,?\\s+published\\b.*$", "")
        .replaceAll("[\\s.,;:\u2013-]+$", "");
    return s.strip();
  }

  /** Lower case, letters and digits only, single spaces. */
  public static String norm(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (gap && out.length() > 0) out.append(' ');
        out.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}

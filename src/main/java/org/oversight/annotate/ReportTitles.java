package org.oversight.annotate;

/**
 * The key under which variants of one report title group: case, punctuation and introductory words ("PEEL spotlight
 * report:", "HMICFRS report:") ignored, so "Shining a light on betrayal Abuse of position ..." and "Shining a light on
 * betrayal: Abuse of position ..." are one report.
 */
public final class ReportTitles {
  private ReportTitles() {}

  public static String key(String title) {
    return title == null ? null : ReportTagger.norm(ReportTagger.cleanTitle(title));
  }
}

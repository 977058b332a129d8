package org.oversight.model;

/**
 * A graded judgement: the force graded, what was graded, and the grade on the inspectorate's scale.
 *
 * @param force the canonical name of the force graded
 * @param area the graded area as worded in the text ("overall" only when the text says so); null when the text
 *     names none, or gives only a count of areas
 * @param grade outstanding, good, adequate, requires improvement or inadequate
 * @param passage ordinal of the passage the grade was read from, or -1 when unknown
 * @param count how many areas got this grade when the text gives a count ("inadequate in three areas"); else null
 */
public record Rating(String force, String area, String grade, int passage, Integer count) {
  /** What was graded, in words: the area as worded, else "3 areas" for a count, else null (the text names none). */
  public String areaInWords() {
    if (area != null) return area;
    return count == null ? null : count + (count == 1 ? " area" : " areas");
  }

  /** A rating read from no particular passage and not a count. */
  public Rating(String force, String area, String grade) {
    this(force, area, grade, -1, null);
  }
}

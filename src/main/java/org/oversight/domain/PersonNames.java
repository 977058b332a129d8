package org.oversight.domain;

import java.util.Locale;

/**
 * How people's names are compared across documents: by first initial and surname, as the evaluation conventions
 * do, so that "Mike Cunningham", "Michael Cunningham" and "M. Cunningham" are one person.
 */
public final class PersonNames {
  private PersonNames() {}

  /** The comparison key of a cleaned name (no honorifics or post-nominals): "m cunningham". */
  public static String key(String name) {
    String[] w = name.strip().toLowerCase(Locale.ROOT).replace(".", " ").strip().split("\\s+");
    if (w.length == 0 || w[0].isEmpty()) return "";
    return (w.length > 1 ? w[0].substring(0, 1) : "") + " " + w[w.length - 1];
  }
}

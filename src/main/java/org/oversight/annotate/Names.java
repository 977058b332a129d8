package org.oversight.annotate;

import org.oversight.domain.Resources;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Person names: honorifics and post-nominals stripped, and the key under which name variants are merged. */
final class Names {
  private static final Set<String> BEFORE = new HashSet<>();
  private static final Set<String> AFTER = new HashSet<>();

  static {
    for (String line : Resources.lines(Names.class, "name-affixes.txt")) {
      String[] c = line.split("\t");
      if (c[0].equals("before") || c[0].equals("leading")) BEFORE.add(c[1]);
      else if (c[0].equals("after")) AFTER.add(c[1]);
    }
  }

  /** A page label glued to a name by lost layout: "Rosa DelaneyPublished 14th Feb 2031". */
  private static final Pattern GLUED_LABEL = Pattern.compile("(?<=\\p{Ll})(?:Published|Updated|Posted|Date)\\b.*$");

  /** A capitalised name word: "Hardyal", "O'Neill", "Smith-Jones", or an initial "M." */
  static final String WORD =
      "(?:(?:Mc|Mac)?\\p{Lu}\\p{Ll}+(?:['\u2019-]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.?(?![\\p{L}]))";
  /** Two to four name words, optionally behind honorifics and followed by post-nominals. */
  static final Pattern NAME = Pattern.compile("(?<![\\p{L}'\u2019-])"
      + "(?:(?:The|Rt\\.?|Right|Hon\\.?|Honourable|Sir|Dame|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Lord|Lady|Baroness|Professor)\\s+)*"
          + WORD + "(?:\\s+" + WORD + "){1,3}"
          + "(?:,?\\s+(?:QPM|KPM|OBE|CBE|MBE|KBE|DBE|DL|JP|MP|QC|KC))*");

  private static final java.util.Set<String> LEADING = new HashSet<>();

  static {
    for (String line : Resources.lines(Names.class, "name-affixes.txt")) {
      String[] c = line.split("\t");
      if (c[0].equals("leading")) LEADING.add(c[1]);
    }
  }

  private Names() {}

  /** A word that may start a sentence before a name but is never part of one ("But", "Contact", "Yesterday"). */
  static boolean isLeadingWord(String w) {
    return LEADING.contains(w);
  }

  /** The name without honorifics, post-nominals and punctuation around it; null if nothing is left. */
  static String clean(String raw) {
    String[] words = GLUED_LABEL.matcher(raw).replaceFirst("")
        .replaceAll("[\"'\u2018\u2019\u201c\u201d,;:()]+$|^[\"'\u2018\u2019\u201c\u201d(]+", "")
        .strip().split("\\s+");
    int from = 0;
    int to = words.length;
    while (from < to && BEFORE.contains(words[from].replace(",", ""))) from++;
    while (to > from && AFTER.contains(words[to - 1].replace(",", ""))) to--;
    if (from >= to) return null;
    String name = String.join(" ", List.of(words).subList(from, to)).replaceAll(",$", "");
    if (name.matches("[\\p{Lu}'\u2019. -]{4,}") && name.contains(" ")) {
      // "JOANNA HART" of a letter's typed signature: written as a name
      StringBuilder sb = new StringBuilder();
      for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
        if (sb.length() > 0) sb.append(' ');
        sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
      }
      name = sb.toString();
    }
    return name.isBlank() ? null : name;
  }

  /** True when every word starts with a capital letter and at least two words are left. */
  static boolean isFullName(String name) {
    if (name == null) return false;
    String[] words = name.split("\\s+");
    if (words.length < 2) return false;
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    }
    return true;
  }

  static String surname(String name) {
    String[] w = name.split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /** First initial and surname: "Mike Cunningham", "Michael Cunningham" and "M. Cunningham" share one key. */
  static String key(String name) {
    return org.oversight.domain.PersonNames.key(name);
  }
}

package org.oversight.annotate;

import org.oversight.domain.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles people hold in these papers (commissioners, chief officers, inspectors, ministers) with the
 * organisation each implies, loaded from {@code roles.tsv}.
 */
final class Roles {
  static final Roles STANDARD = new Roles(Resources.lines(Roles.class, "roles.tsv"));

  /**
   * A role title: its canonical name, the organisation it implies ("area", "force", a name, or null), and the voice
   * its holder speaks in (pcc, chief, hmi, national, other).
   */
  record Role(String name, String organisation, String voice, Pattern pattern) {}

  /** A role found in a text, with where it stands. */
  record Found(Role role, int start, int end) {}

  private final List<Role> roles = new ArrayList<>();
  /** Each role's quick test, in the roles' order. */
  private final List<Needles> needles = new ArrayList<>();

  Roles(List<String> tsv) {
    for (String line : tsv) {
      String[] c = line.split("\t", 4);
      roles.add(new Role(c[0], c[1].equals("-") ? null : c[1], c[2], Pattern.compile("(?:" + c[3] + ")",
          Pattern.CASE_INSENSITIVE)));
      needles.add(Needles.of(c[3]));
    }
  }

  /** A word before a role that says how it is held: acting, temporary, interim. */
  private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(acting|temporary|interim)\\s+$");

  /** Every role title in the text, leftmost first; where two overlap the longer (earlier listed) wins. */
  List<Found> find(String text) {
    List<Found> all = new ArrayList<>();
    String folded = Needles.fold(text);
    for (int i = 0; i < roles.size(); i++) {
      if (!needles.get(i).mayMatch(folded)) continue;
      Role r = roles.get(i);
      Matcher m = r.pattern.matcher(text);
      while (m.find()) {
        if (isAcronymInWrongCase(m)) continue;
        // "Acting Chief Constable", "Temporary Deputy Chief Constable": the role as held, qualifier and all
        Matcher q = QUALIFIER.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
        if (q.find()) {
          String word = q.group(1);
          Role held = new Role(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT)
              + " " + r.name(), r.organisation(), r.voice(), r.pattern());
          all.add(new Found(held, m.start() - (q.end() - q.start()), m.end()));
        } else {
          all.add(new Found(r, m.start(), m.end()));
        }
      }
    }
    all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start >= end) {
        kept.add(f);
        end = f.end;
      }
    }
    return kept;
  }

  /** The first role title in the text, or null. */
  Found first(String text) {
    List<Found> found = find(text);
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * Acronyms (PCC, HMI, ACC) count only in capitals: "acc" in a word is not an Assistant Chief Constable. A bare
   * "mayor" is not taken for a policing body's mayor either: only the combined authorities' mayors, named with their
   * area, hold a commissioner's functions (a town's mayor does not).
   */
  private static boolean isAcronymInWrongCase(Matcher m) {
    String s = m.group();
    return s.length() <= 5 && !s.contains(" ") && !s.contains(".") && !s.equals(s.toUpperCase());
  }
}

package org.oversight.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The police forces of England and Wales and the other bodies HMICFRS inspects, with the names a text may use for
 * them: official name, aliases ("Notts Police", "TVP", "the Met") and the area a commissioner is elected for
 * ("Police and Crime Commissioner for Derbyshire"). Loaded from {@code forces.tsv}.
 */
public final class Forces {
  private static final Forces INSTANCE = new Forces(Resources.lines("forces.tsv"));

  /** "Kent Police Federation" and "Kent Police Authority" are bodies, not the force. */
  private static final String NOT_AN_ORGANISATION =
      "(?![\\p{L}\\d])(?!\\s+(?:Federation|Authority|Fire\\s+and\\s+Rescue|Staff\\s+Association|Superintendents))";

  /** Every way of naming a force, grouped by needle. */
  private final Needled names;
  /** Areas named on their own, grouped by needle. */
  private final Needled bareAreas;
  private final List<String> territorial = new ArrayList<>();

  /**
   * One way of naming a force, and the pattern that finds it. The needle is a word the text must contain (in lower
   * case) for the pattern to have any chance: checking it first skips most patterns for most texts.
   */
  private record Name(String canonical, Pattern pattern, String needle) {
    static Name of(String canonical, Pattern pattern, String form) {
      return new Name(canonical, pattern, form.toLowerCase(java.util.Locale.ROOT).split("[\\s&,]+")[0]);
    }
  }

  /** A force named in a text: its canonical name and where the name stands. */
  public record Hit(String force, int start, int end) {}

  Forces(List<String> tsv) {
    List<Name> names = new ArrayList<>();
    List<Name> bareAreas = new ArrayList<>();
    for (String line : tsv) {
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols[0].equals("canonical")) continue;
      String canonical = cols[0];
      if (cols[1].equals("territorial")) territorial.add(canonical);
      List<String> forms = new ArrayList<>();
      forms.add(canonical);
      if (cols.length > 3) forms.addAll(split(cols[3]));
      for (String form : forms) {
        names.add(Name.of(canonical, namePattern(form), form));
        if (form.contains(" and ")) {
          names.add(Name.of(canonical, namePattern(form.replace(" and ", " & ")), form));
        }
      }
      if (cols.length > 4) {
        for (String area : split(cols[4])) {
          names.add(Name.of(canonical, areaPattern(area), area));
          if (cols[1].equals("territorial") && !area.equals("London")) {
            bareAreas.add(Name.of(canonical, bareAreaPattern(area), area));
          }
        }
      }
    }
    this.names = Needled.of(names);
    this.bareAreas = Needled.of(bareAreas);
  }

  /** The 43 territorial forces of England and Wales, in the list's order. */
  public List<String> territorial() {
    return List.copyOf(territorial);
  }

  /**
   * The canonical force a user means by a name, alias or area ("Notts", "TVP", "Kent"); null if none. An area alone
   * is read as its force, as a filter means it.
   */
  public String resolve(String name) {
    List<Hit> hits = find(name);
    if (hits.isEmpty()) hits = find(name + " Police");
    return hits.isEmpty() ? null : hits.get(0).force();
  }

  /** The shared list loaded from the project's resources. */
  public static Forces standard() {
    return INSTANCE;
  }

  /** Every force named in the text, in order of appearance; overlapping names keep the longest. */
  public List<Hit> find(String text) {
    return longest(names, text);
  }

  /**
   * Every force area named on its own, without a policing word ("Kent", "Greater Manchester", "Dyfed-Powys"), as the
   * force it would name; overlapping names keep the longest. Whether such a name means the force depends on what
   * surrounds it (a list of forces, a grade given to it): the caller decides.
   */
  public List<Hit> findAreas(String text) {
    return longest(bareAreas, text);
  }

  /** The names found in the text, in order of appearance; of overlapping ones, the longest. */
  private static List<Hit> longest(Needled candidates, String text) {
    List<Found> hits = new ArrayList<>();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, List<Integer>> byNeedle : candidates.byNeedle.entrySet()) {
      if (!lower.contains(byNeedle.getKey())) continue; // one test for all the names that share a first word
      for (int i : byNeedle.getValue()) {
        Name n = candidates.names.get(i);
        Matcher m = n.pattern.matcher(text);
        while (m.find()) hits.add(new Found(new Hit(n.canonical, m.start(), m.end()), i));
      }
    }
    // leftmost first, then longest, then the name listed first: the same whichever needle found it
    hits.sort(Comparator.comparingInt((Found f) -> f.hit.start).thenComparing(Comparator.comparingInt(
        (Found f) -> f.hit.end).reversed()).thenComparingInt(f -> f.order));
    List<Hit> kept = new ArrayList<>();
    int end = -1;
    for (Found f : hits) {
      if (f.hit.start >= end) {
        kept.add(f.hit);
        end = f.hit.end;
      }
    }
    return kept;
  }

  private record Found(Hit hit, int order) {}

  /** Names grouped by their needle, so that a text is searched once for each first word, not once for each name. */
  private record Needled(List<Name> names, Map<String, List<Integer>> byNeedle) {
    static Needled of(List<Name> names) {
      Map<String, List<Integer>> by = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) by.computeIfAbsent(names.get(i).needle, k -> new ArrayList<>()).add(i);
      return new Needled(List.copyOf(names), by);
    }
  }

  /** Canonical force names with the number of times each is named, in order of first appearance. */
  public Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Hit h : find(text)) counts.merge(h.force, 1, Integer::sum);
    return counts;
  }

  private static List<String> split(String col) {
    List<String> out = new ArrayList<>();
    for (String s : col.split(";")) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }

  /** Acronyms match as written; longer names ignore case ("Notts police"). */
  private static Pattern namePattern(String form) {
    boolean acronym = form.equals(form.toUpperCase()) && !form.contains(" ");
    String body = Pattern.quote(form).replace(" ", "\\E\\s+\\Q");
    return Pattern.compile("(?<![\\p{L}\\d])" + body + NOT_AN_ORGANISATION,
        acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** An area as written, capitalised, a whole word: "Kent" but not "Kentish" nor "kent". */
  private static Pattern bareAreaPattern(String area) {
    String a = Pattern.quote(area).replace(" ", "\\E\\s+\\Q").replace("\\Q and \\E", "\\E\\s+(?:and|&)\\s+\\Q");
    return Pattern.compile("(?<![\\p{L}\\d-])" + a + "(?![\\p{L}\\d-])");
  }

  /**
   * An area names its force only beside a policing word: "Derbyshire Police", "Police and Crime Commissioner for
   * Derbyshire", "Derbyshire's PCC", "the Northamptonshire Police, Fire and Crime Commissioner".
   */
  private static Pattern areaPattern(String area) {
    String a = Pattern.quote(area).replace(" ", "\\E\\s+\\Q").replace("\\Q and \\E", "\\E\\s+(?:and|&)\\s+\\Q");
    String commissioner = "(?i:(?:Police(?:\\s+and|,\\s+Fire\\s+and)\\s+Crime|Police,\\s+Crime\\s+and\\s+Victims'?)"
        + "\\s+(?:Commissioner|Panel))|P(?:F)?CC|OPCC|OPFCC";
    String chief = "(?i:(?:Deputy\\s+|Assistant\\s+|Temporary\\s+|Acting\\s+)*Chief\\s+Constable)";
    String before = "(?:" + commissioner + "|" + chief + ")(?:'s)?\\s+(?i:for|of)\\s+(?:(?i:the)\\s+)?(?i:" + a + ")(?![\\p{L}])";
    String after = "(?<![\\p{L}])" + a + "(?:'s)?\\s+(?:" + commissioner + "|(?i:Police|Constabulary)"
        + NOT_AN_ORGANISATION + ")";
    return Pattern.compile(before + "|" + after);
  }
}

package org.oversight.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.domain.Forces;
import org.oversight.model.Evidence;

/**
 * The forces a document speaks about. A force counts when it is named as a force (its name, an alias such as "Notts
 * police" or "TVP", a commissioner's area such as "Police and Crime Commissioner for Derbyshire"), or when an area
 * named on its own stands where only a force can: in a list with a force ("Gwent and South Wales Police", "the Met,
 * Greater Manchester, Cleveland"), before "police forces", as what was graded ("Kent was assessed as adequate"), or
 * as "the North Wales force". A county named in passing is not a force.
 */
final class ForceTagger {
  /** Between two items of a list: a comma, "and", "&", "or". */
  private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+|&\\s+|or\\s+)?|\\s(?:and|&|or)\\s+)\\s*(?:the\\s+)?$");
  /** After a list: a head noun that makes every item a force. */
  private static final Pattern FORCE_NOUN_AFTER = Pattern.compile(
      "^(?:\\s*\\([^)]{1,12}\\))?\\s+(?i:police\\s+forces|forces|police|constabular(?:y|ies))\\b"
          + "(?!\\s+(?i:federation|authority|fire|staff|superintendents))");
  /** After a name: a grade or a monitoring decision given to it. */
  private static final Pattern GRADED_AFTER = Pattern.compile(
      "^(?:\\s*\\([^)]{1,12}\\))?(?:'s)?\\s+(?:(?:was|were|is|are|has|have|had)\\s+(?:been\\s+)?(?:both\\s+|all\\s+|also\\s+|"
          + "again\\s+|once again\\s+|now\\s+|previously\\s+|still\\s+)?(?:graded|rated|judged|assessed|deemed|given|"
          + "found to be|placed|moved|put|inspected)|received\\b|requires?\\s+improvement|required\\s+improvement)");
  /** Before an area: "the" of "the North Wales force". */
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern FORCE_AFTER = Pattern.compile("^\\s+force\\b");
  /** Before a list: "The forces are ...", "forces including ...". */
  private static final Pattern FORCES_BEFORE = Pattern.compile(
      "(?i)\\bforces\\s+(?:are|were|include|included|including|such as|namely)\\s*:?\\s*(?:the\\s+)?$");

  private final Forces forces = Forces.standard();

  /** A force found, the line it was first found on and why. */
  record Found(String force, Line line, int at, String rule) {}

  /** Forces in order of first mention (each once), with every mention counted for the primary force. */
  record Result(List<Found> first, Map<String, Integer> counts, List<Found> all) {}

  Result find(DocText doc) {
    List<Found> all = new ArrayList<>();
    for (Line l : doc.lines) all.addAll(inLine(l));
    if (all.isEmpty()) all.addAll(onlyArea(doc));
    Map<String, Found> first = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Found f : all) {
      first.putIfAbsent(f.force(), f);
      counts.merge(f.force(), 1, Integer::sum);
    }
    return new Result(new ArrayList<>(first.values()), counts, all);
  }

  private List<Found> inLine(Line l) {
    String t = l.text();
    List<Forces.Hit> named = forces.find(t);
    List<Item> items = new ArrayList<>();
    for (Forces.Hit h : named) items.add(new Item(h, true));
    for (Forces.Hit h : forces.findAreas(t)) {
      boolean inside = false;
      for (Forces.Hit n : named) {
        if (h.start() < n.end() && n.start() < h.end()) inside = true;
      }
      if (!inside) items.add(new Item(h, false));
    }
    items.sort((a, b) -> Integer.compare(a.hit.start(), b.hit.start()));
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      int j = i;
      while (j + 1 < items.size() && LIST_GLUE.matcher(t.substring(items.get(j).hit.end(),
          Math.max(items.get(j).hit.end(), items.get(j + 1).hit.start()))).matches()) {
        j++;
      }
      List<Item> run = items.subList(i, j + 1);
      String rule = runRule(t, run);
      for (Item it : run) {
        if (it.named) {
          out.add(new Found(it.hit.force(), l, it.hit.start(), "named '" + t.substring(it.hit.start(), it.hit.end()) + "'"));
        } else if (rule != null) {
          out.add(new Found(it.hit.force(), l, it.hit.start(), rule + " '" + t.substring(it.hit.start(), it.hit.end()) + "'"));
        }
      }
      i = j + 1;
    }
    return out;
  }

  /** Why the bare areas of a run name forces, or null when they do not. */
  private static String runRule(String t, List<Item> run) {
    boolean anyNamed = run.stream().anyMatch(it -> it.named);
    int start = run.get(0).hit.start();
    int end = run.get(run.size() - 1).hit.end();
    String after = t.substring(end);
    String before = t.substring(0, start);
    if (anyNamed && run.size() > 1) return "area in a list of forces";
    if (FORCE_NOUN_AFTER.matcher(after).find()) return "area before 'police'";
    if (GRADED_AFTER.matcher(after).find()) return "area graded or monitored";
    if (run.size() == 1 && THE_BEFORE.matcher(before).find() && FORCE_AFTER.matcher(after).find()) {
      return "'the ... force'";
    }
    if (FORCES_BEFORE.matcher(before).find()) return "area in a list of forces";
    return null;
  }

  private record Item(Forces.Hit hit, boolean named) {}

  /** A paper about "the force" or "the Constabulary" that names no force but one force area speaks of that force. */
  private static final Pattern THE_FORCE = Pattern.compile(
      "(?i)\\b(?:the|our|this) (?:force|constabulary)\\b|\\bthe chief constable\\b|\\bthe (?:police and crime )?commissioner\\b");

  private List<Found> onlyArea(DocText doc) {
    if (!THE_FORCE.matcher(doc.text).find()) return List.of();
    List<Found> areas = new ArrayList<>();
    for (Line l : doc.lines) {
      for (Forces.Hit h : forces.findAreas(l.text())) {
        areas.add(new Found(h.force(), l, h.start(), "the only force area named in a paper about 'the force' '"
            + l.text().substring(h.start(), h.end()) + "'"));
      }
    }
    boolean one = !areas.isEmpty() && areas.stream().allMatch(f -> f.force().equals(areas.get(0).force()));
    return one ? areas : List.of();
  }

  /**
   * The force a document is principally about: the one its opening lines name, else the one it names most when
   * that one clearly leads; null for a national document that names many forces alike.
   */
  static Found primary(Result r, DocText doc, boolean byHeadline) {
    if (r.first().isEmpty()) return null;
    List<Found> inHead = new ArrayList<>();
    for (Found f : r.all()) {
      if (f.line().index() < 4 && inHead.stream().noneMatch(x -> x.force().equals(f.force()))) inHead.add(f);
    }
    if (inHead.size() == 1) {
      Found f = inHead.get(0);
      return new Found(f.force(), f.line(), f.at(), "the only force named in the opening lines");
    }
    if (byHeadline && r.first().size() >= 3 && !doc.head(1).isEmpty()) {
      // a page about several forces whose headline names none of them is about none in particular
      int headline = doc.head(1).get(0).index();
      if (r.all().stream().noneMatch(f -> f.line().index() == headline)) return null;
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(r.counts().entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    Found top = firstOf(r, ranked.get(0).getKey());
    if (ranked.size() == 1) return new Found(top.force(), top.line(), top.at(), "the only force named");
    int first = ranked.get(0).getValue();
    int second = ranked.get(1).getValue();
    return first >= 2 * second ? new Found(top.force(), top.line(), top.at(),
        "named " + first + " times, at least twice as often as any other") : null;
  }

  private static Found firstOf(Result r, String force) {
    for (Found f : r.first()) {
      if (f.force().equals(force)) return f;
    }
    return null;
  }

  /** Evidence that a force is spoken about: where it was first found. */
  static Evidence evidence(DocText doc, String field, Found f) {
    return doc.evidence(field, f.force(), f.line(), f.at(), f.rule());
  }
}

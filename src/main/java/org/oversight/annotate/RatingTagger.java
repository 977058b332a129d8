package org.oversight.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.domain.Forces;
import org.oversight.model.Evidence;
import org.oversight.model.Rating;

/**
 * Graded judgements on the inspectorate's scale (outstanding, good, adequate, requires improvement, inadequate), with
 * the force graded and what was graded. A grade word counts only where the text grades with it: after a grading verb
 * ("was graded good", "rated the force as requires improvement", "gave the force an overall rating of 'good'"), as
 * a quoted grade ("found the force was 'inadequate' in three areas"), as a count ("good in one area, adequate in
 * three"), in a list of areas and grades ("Investigating crime: Adequate", "Outstanding – in engaging with the
 * public", a grade heading over its areas), or "requires improvement" said of a force. The scale listed as
 * vocabulary ("outstanding, good, adequate, requires improvement or inadequate"), informal praise ("a good
 * inspection", "good progress") and grades said not to have been given are not ratings. The force is the one the
 * sentence grades (the nearest force or list of forces before the grade, "the force" or "it" for the force just
 * named), else the document's own.
 */
final class RatingTagger {
  private static final String GRADE_WORDS = "outstanding|good|adequate|inadequate|requires\\s+improvement|"
      + "requiring\\s+improvement|required\\s+improvement|require\\s+improvement|needs\\s+improvement";
  private static final Pattern GRADE = Pattern.compile(
      "(?i)(?<q>[\u2018'\"\u201c]?)(?<![\\p{L}-])(?<grade>" + GRADE_WORDS + ")(?![\\p{L}-])(?<q2>[\u2019'\"\u201d]?)");
  /** Grading words before a grade in its clause. */
  private static final Pattern GRADING = Pattern.compile(
      "(?i)\\b(graded|grades|grading|gradings|grade|rated|rates|rating|ratings|judged|judges|judgement|judgment|"
          + "judgments|judgements|assessed|assesses|assessment|deemed|awarded|given|received|achieved|achieve|"
          + "achieving|adjudged|considered|found|finding|scored|remains?|moved|improved|dropped|fell|rose|receiving|"
          + "to be|as being|once again|judged as)\\b");
  private static final Pattern NUMBER = Pattern.compile(
      "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}|all|both)\\b");
  private static final Pattern COUNT_AFTER = Pattern.compile(
      "(?i)^[\u2019'\"\u201d]?\\s+(?:in|for|across)\\s+(?:the\\s+)?(?<n>one|two|three|four|five|six|seven|eight|nine|ten|"
          + "eleven|twelve|\\d{1,2}|all)\\b(?:\\s+(?:other\\s+|key\\s+|more\\s+)?(?:areas?|categories|category|"
          + "questions?|pillars?|strands?|of the|aspects?)\\b)?");
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)\\b(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+$");
  private static final Pattern AREA_AFTER = Pattern.compile(
      "(?i)^[\u2019'\"\u201d]?\\s*(?:overall\\s+)?(?:at|in|for|when it came to|on|in terms of|in relation to)\\s+"
          + "(?<area>[^.;:]{3,140}?)(?=[.;:]|,\\s|\\s+(?:but|while|whilst|and (?:was|is|has|it|the))\\b|$)");
  /** Nouns a grade describes informally: "a good inspection", "good progress", "good examples". */
  private static final Pattern INFORMAL_AFTER = Pattern.compile(
      "(?i)^[\u2019'\"\u201d]?\\s+(?:inspection|news|work|practice|progress|examples?|start|job|foundation|understanding|"
          + "approach|record|track|performance|service|relationships?|level|number|deal|reason|idea|things?|"
          + "time|management|quality|deal|point|position|effect|evidence|communication|use|results?|partnership|"
          + "news|at (?:making|recording)|for (?:the|our) (?:public|communities)|crime recording|force)\\b");
  /** "an overall judgment of inadequate", "a rating of 'good'". */
  private static final Pattern OF_BEFORE = Pattern.compile(
      "(?i)\\b(?:rating|grade|grading|judge?ment|judgment|assessment|score)\\s+of\\s+[\u2018'\"\u201c]?$");
  /** A sentence describing the scale itself: "one of five ratings", "the highest grade". */
  private static final Pattern SCALE = Pattern.compile(
      "(?i)\\b(?:(?:highest|lowest|top|bottom) (?:grade|rating|honour|judge?ment|judgment|mark)|one of (?:four|five) "
          + "(?:ratings|grades|judge?ments|judgments|gradings)|(?:four|five)[- ](?:point|tier) scale|on a scale)\\b");
  /** "Cheshire Constabulary is outstanding at", "and is good at": a force or its service said to be a grade. */
  private static final Pattern NAMED_SUBJECT_BE = Pattern.compile(
      "(?i)(?:\\b(?:police|constabulary|service|force|forces)|\\band|,)\\s+(?:is|was|are|were)\\s+(?:now\\s+|still\\s+|also\\s+|"
          + "again\\s+|already\\s+)?[\u2018'\"\u201c]?$");
  private static final Pattern INFORMAL_BEFORE = Pattern.compile(
      "(?i)\\b(?:barely|fairly|very|really|quite|reasonably|broadly|generally|so|too|as|how|a|an|more|most|less|"
          + "particularly|especially)\\s+[\u2018'\"\u201c]?$");
  /** A grade's own noun after it: "a 'requires improvement' rating", "three Inadequate gradings". */
  private static final Pattern GRADE_NOUN_AFTER = Pattern.compile(
      "(?i)^[\u2019'\"\u201d]?\\s+(?:grades?|gradings?|ratings?|judge?ments?|judgments?|assessments?)\\b");
  private static final Pattern NEGATED = Pattern.compile(
      "(?i)\\b(?:no|not|never|none|nor|without|neither)\\b(?!\\s+(?:only|longer))[^.;]{0,60}$");
  private static final Pattern CHANGED_TO = Pattern.compile(
      "(?i)\\bfrom\\s+[\u2018'\"\u201c]?(?:" + GRADE_WORDS + ")[\u2019'\"\u201d]?\\s+to\\s+[\u2018'\"\u201c]?$");
  private static final Pattern CHANGED_FROM = Pattern.compile("(?i)\\bfrom\\s+[\u2018'\"\u201c]?$");
  private static final Pattern BE_BEFORE = Pattern.compile(
      "(?i)\\b(?:is|was|were|are|be|been|being|as|remains?|now|still|also|again|overall)\\s+[\u2018'\"\u201c]?$");
  private static final Pattern AT_AFTER = Pattern.compile("(?i)^[\u2019'\"\u201d]?\\s+(?:at|in)\\s+\\p{L}");
  private static final Pattern SUBJECT_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:the|our|their|its|this) (?:force|constabulary|police service|police force|service)|it|they|"
          + "each force|we)\\s+(?:(?:is|was|were|are|has been|had been|have been|remains)\\s+)?(?:now\\s+|still\\s+|"
          + "also\\s+|again\\s+)?[\u2018'\"\u201c]?$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?i)(;|\\.\\s|:\\s|,\\s+(?:while|whilst|but|although|however)\\b|\\s(?:while|whilst|but)\\s)");
  private static final Pattern PRONOUN = Pattern.compile(
      "(?i)\\b(the force|the constabulary|it|its|our force|our police service|the police service|this force)\\b");
  /** Lists: "Area: Grade", "Grade – in area", a grade on its own line heading its areas. */
  private static final Pattern AREA_THEN_GRADE = Pattern.compile(
      "(?i)^(?:[\u2022\\-*\u2013]\\s*)?(?<area>[^:\u2013]{3,140}?)\\s*(?::|\u2013|\\s-)\\s*[\u2018'\"\u201c]?(?<grade>"
          + GRADE_WORDS + ")[\u2019'\"\u201d]?\\s*\\.?$");
  private static final Pattern GRADE_THEN_AREA = Pattern.compile(
      "(?i)^(?:[\u2022\\-*]\\s*)?[\u2018'\"\u201c]?(?<grade>" + GRADE_WORDS + ")[\u2019'\"\u201d]?\\s*(?::|\u2013|\\s-)\\s*"
          + "(?:in\\s+)?(?<area>.{3,200})$");
  /** A row of a grade table flattened to text: "Protecting vulnerable people Good". */
  private static final Pattern TABLE_ROW = Pattern.compile(
      "^(?:[\u2022\\-*]\\s*)?(?<area>\\p{Lu}[\\p{L}\\d ,'\u2019()&/-]{3,120}?)\\s+(?<grade>Outstanding|Good|Adequate|"
          + "Requires [Ii]mprovement|Inadequate)\\.?$");
  /** A list line "Good for effectiveness", "Requires improvement in investigating crime". */
  private static final Pattern GRADE_FOR_AREA = Pattern.compile(
      "^(?:[\u2022\\-*]\\s*)?[\u2018'\"\u201c]?(?<grade>(?i:" + GRADE_WORDS + "))[\u2019'\"\u201d]?\\s+(?:for|in|at)\\s+(?<area>.{3,160})$");
  private static final Pattern GRADE_ALONE = Pattern.compile("^[\u2022\\-*]?\\s*(?<grade>(?i:" + GRADE_WORDS + "))\\s*:?$");
  private static final Pattern LIST_LEAD = Pattern.compile(
      "(?i)\\b(grad(?:ed|es|ings?)|rat(?:ed|ings?)|judge?ments?|judgments|assessed|as follows|following areas)\\b");

  private final Forces forces = Forces.standard();

  /** A rating with the evidence for it. */
  record Found(Rating rating, Evidence evidence) {}

  List<Found> tag(DocText doc, String primaryForce) {
    Map<String, Found> out = new LinkedHashMap<>();
    lists(doc, primaryForce, out);
    String lastForce = null;
    int lastPassage = -1;
    for (NlpPipeline.Sentence s : doc.sentences) {
      // a force named in an earlier paragraph gives way to the document's own
      if (s.passage() - lastPassage > (primaryForce == null ? 3 : 0)) lastForce = null;
      String text = s.text();
      for (Graded g : sentence(text)) {
        List<String> graded = subjects(text, g.at(), lastForce, primaryForce);
        for (String force : graded) {
          Rating r = new Rating(force, g.area(), g.grade(), s.passage(), g.count());
          boolean listed = out.values().stream().anyMatch(f -> f.rating().force().equals(force)
              && f.rating().grade().equals(g.grade()) && f.rating().passage() == s.passage());
          if (!listed) out.putIfAbsent(key(r), new Found(r, doc.evidence("ratings", force + ": " + g.grade(), s, g.rule())));
        }
      }
      List<Forces.Hit> named = forces.find(text);
      if (!named.isEmpty()) {
        lastForce = named.get(named.size() - 1).force();
        lastPassage = s.passage();
      }
    }
    return new ArrayList<>(out.values());
  }

  /** One rating per force, grade and area; a grade given with no area is one with the grade given "overall". */
  private static String key(Rating r) {
    String area = r.area() != null ? r.area().toLowerCase(Locale.ROOT) : r.count() == null ? "overall" : "";
    return r.force() + "|" + r.grade() + "|" + area;
  }

  /** A grade a sentence gives, where it stands, what was graded (or how many areas), and why it counts. */
  record Graded(String grade, int at, String area, Integer count, String rule) {}

  /** The grades a sentence gives (not yet tied to a force). */
  static List<Graded> sentence(String text) {
    List<Graded> out = new ArrayList<>();
    if (SCALE.matcher(text).find()) return out;
    List<int[]> vocabulary = vocabulary(text);
    Matcher m = GRADE.matcher(text);
    while (m.find()) {
      int at = m.start("grade");
      int end = m.end("grade");
      if (vocabulary.stream().anyMatch(v -> v[0] <= at && at < v[1])) continue;
      String grade = canonical(m.group("grade"));
      boolean quoted = !m.group("q").isEmpty() || !m.group("q2").isEmpty()
          || Character.isUpperCase(m.group("grade").charAt(0)) && at > 0 && !sentenceStart(text, at);
      String clause = clauseBefore(text, at);
      String after = text.substring(end);
      if (NEGATED.matcher(clause).find() || CHANGED_FROM.matcher(clause).find()) continue;
      boolean gradeNoun = GRADE_NOUN_AFTER.matcher(after).find();
      boolean grading = GRADING.matcher(clause).find();
      if (!gradeNoun && !(grading && quoted) && INFORMAL_AFTER.matcher(after).find()
          && !grade.equals("requires improvement")) {
        continue;
      }
      if (!gradeNoun && !(grading && quoted) && INFORMAL_BEFORE.matcher(clause).find()
          && !BE_BEFORE.matcher(clause).find()) {
        continue;
      }
      Matcher countAfter = COUNT_AFTER.matcher(after);
      Matcher countBefore = COUNT_BEFORE.matcher(text.substring(0, m.start()));
      Integer count = null;
      boolean saidOf = (SUBJECT_BEFORE.matcher(clause).find() || NAMED_SUBJECT_BE.matcher(clause).find())
          && AT_AFTER.matcher(after).find();
      String rule = null;
      if (countAfter.lookingAt() && (grading || quoted || GRADING.matcher(text).find())) {
        count = number(countAfter.group("n"));
        rule = "a count of areas given a grade";
      } else if (countBefore.find() && (gradeNoun || grading || quoted || GRADING.matcher(text).find())) {
        count = number(countBefore.group("n"));
        rule = "a count of grades";
      } else if (CHANGED_TO.matcher(clause).find() && (grading || clause.matches("(?is).*\\b(changed|improved|went|go|gone)\\b.*"))) {
        rule = "the grade it changed to";
      } else if (OF_BEFORE.matcher(clause).find()) {
        rule = "a grade given as a rating";
      } else if (grading && (BE_BEFORE.matcher(clause).find() || gradeNoun || quoted
          || clause.matches("(?is).*\\b(graded|rated|rates|judged|assessed|deemed|adjudged|considered|found)\\b.{0,140}$"))) {
        rule = "a grade after a grading word";
      } else if (quoted && BE_BEFORE.matcher(clause).find()) {
        rule = "a quoted grade";
      } else if (grade.equals("requires improvement") && !m.group("grade").toLowerCase(Locale.ROOT).startsWith("need")) {
        rule = "'requires improvement' said of it";
      } else if (saidOf) {
        rule = "a grade said of the force";
      } else if (quoted && GRADING.matcher(text.substring(0, m.start())).find()
          && !INFORMAL_AFTER.matcher(after).find()) {
        rule = "a quoted grade in a grading sentence";
      }
      if (rule == null) continue;
      String area = null;
      if (count == null) {
        Matcher a = AREA_AFTER.matcher(after);
        if (a.lookingAt()) {
          area = a.group("area").strip();
          Matcher next = Pattern.compile("(?i)\\s+and\\s+[\u2018'\"\u201c]?(?:" + GRADE_WORDS + ")\\b|\\s*[\u2018\u201c\"]").matcher(area);
          if (next.find()) area = area.substring(0, next.start()).strip();
          if (area.length() < 3) area = null;
        }
      }
      if (area == null && count == null && saysOverall(text, m.start(), after)) area = "overall";
      out.add(new Graded(grade, at, area, count, rule));
    }
    return out;
  }

  /**
   * Whether the text calls the grade overall ("an overall rating of 'good'", "good overall"): a grade given without
   * an area is not an overall grade unless the text says so (PEEL, for one, gives none).
   */
  private static boolean saysOverall(String text, int gradeStart, String after) {
    return OVERALL.matcher(text.substring(Math.max(0, gradeStart - 60), gradeStart)).find()
        || OVERALL_AFTER.matcher(after).lookingAt();
  }

  private static final Pattern OVERALL = Pattern.compile("(?i)\\boverall\\b");
  private static final Pattern OVERALL_AFTER = Pattern.compile("(?i)[\u2019'\"\u201d]?\\s*overall\\b");

  private static boolean quotedOrCapital(Matcher m) {
    return !m.group("q").isEmpty() || Character.isUpperCase(m.group("grade").charAt(0));
  }

  private static boolean sentenceStart(String text, int at) {
    String before = text.substring(0, at).strip();
    return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.matches(".*[\u2022\\-*]$");
  }

  /** The part of the sentence before a point, from the last clause break. */
  private static String clauseBefore(String text, int at) {
    String before = text.substring(0, at);
    Matcher b = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (b.find()) from = b.end();
    return before.substring(from);
  }

  /**
   * Stretches of a sentence that list the scale rather than grade anything: three or more grade words joined by
   * commas, "or", "and", "to" with no count between them ("outstanding, good, adequate, requires improvement or
   * inadequate", "from outstanding to inadequate").
   */
  private static List<int[]> vocabulary(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = GRADE.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) spans.add(new int[] {m.start(), m.end()});
    int i = 0;
    while (i < spans.size()) {
      int j = i;
      while (j + 1 < spans.size() && text.substring(spans.get(j)[1], spans.get(j + 1)[0])
          .matches("(?i)[\\s,\u2019'\"\u201d\u2018\u201c]*(?:,|\\bor\\b|\\band\\b|\\bto\\b|followed by|then)[\\s,\u2019'\"\u201d\u2018\u201c]*")) {
        j++;
      }
      boolean changed = text.substring(0, spans.get(i)[0]).matches("(?is).*\\bfrom\\s*[\u2018'\"\u201c]?$")
          && !text.substring(0, spans.get(i)[0]).matches("(?is).*\\b(ranging|range|ranges|scale)\\s+(?:\\w+\\s+){0,2}?from\\s*[\u2018'\"\u201c]?$");
      boolean range = j > i && !changed && text.substring(spans.get(i)[1], spans.get(j)[0]).matches("(?is).*\\b(or|to)\\b.*");
      if (j - i >= 2 && !changed || range) out.add(new int[] {spans.get(i)[0], spans.get(j)[1]});
      i = j + 1;
    }
    Matcher from = Pattern.compile("(?i)\\b(?:ranging|range|ranges|scale)\\s+(?:\\w+\\s+){0,2}?from\\b").matcher(text);
    while (from.find()) {
      Matcher g = GRADE.matcher(text);
      if (g.find(from.end()) && g.start() - from.end() < 15 && text.substring(g.end()).matches("(?is)^[\u2019'\"\u201d]?\\s+(to|through)\\b.*")) {
        out.add(new int[] {g.start(), Math.min(text.length(), g.end() + 40)});
      }
    }
    return out;
  }

  /** The forces a grade at {@code at} is given to: the nearest force or list of forces before it, else the one meant. */
  private List<String> subjects(String text, int at, String lastForce, String primaryForce) {
    List<Item> items = items(text.substring(0, at));
    String before = text.substring(0, at);
    if (!items.isEmpty()) {
      Item last = items.get(items.size() - 1);
      // "the force was ..." after a force named earlier in the sentence still means that force
      List<String> run = new ArrayList<>();
      for (int k = items.size() - 1; k >= 0; k--) {
        Item it = items.get(k);
        if (it != last && !text.substring(it.end(), items.get(k + 1).start())
            .matches("(?i)\\s*(?:\\([^)]{1,12}\\)\\s*)?(?:,\\s*(?:and\\s+)?|\\s(?:and|&)\\s+|,\\s*)\\s*(?:the\\s+)?")) {
          break;
        }
        run.add(0, it.force());
      }
      return run;
    }
    Matcher p = PRONOUN.matcher(before);
    if (p.find() || lastForce != null || primaryForce != null) {
      if (lastForce != null) return List.of(lastForce);
      if (primaryForce != null) return List.of(primaryForce);
    }
    return List.of();
  }

  private record Item(String force, int start, int end) {}

  /** Forces named in a text, and areas named alone (in a grading sentence an area is its force). */
  private List<Item> items(String text) {
    List<Item> out = new ArrayList<>();
    List<Forces.Hit> named = forces.find(text);
    for (Forces.Hit h : named) out.add(new Item(h.force(), h.start(), h.end()));
    for (Forces.Hit h : forces.findAreas(text)) {
      boolean inside = named.stream().anyMatch(n -> h.start() < n.end() && n.start() < h.end());
      // "Northamptonshire's" of a commissioner's title is not what is graded; a bare area as subject is
      if (!inside) out.add(new Item(h.force(), h.start(), h.end()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // "South Wales Police (SWP)": the alias in brackets is the same force, not another item
    List<Item> kept = new ArrayList<>();
    for (Item it : out) {
      Item prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (prev != null && text.substring(prev.end(), it.start()).matches("\\s*\\(\\s*") && prev.force().equals(it.force())) continue;
      kept.add(it);
    }
    return kept;
  }

  /** Lists of areas and grades, one to a line. */
  private void lists(DocText doc, String primaryForce, Map<String, Found> out) {
    List<Line> lines = doc.lines;
    String heading = null;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String t = l.text().strip();
      Matcher alone = GRADE_ALONE.matcher(t);
      if (alone.matches()) {
        heading = leadIn(lines, i) ? canonical(alone.group("grade")) : null;
        if (heading != null && i + 1 < lines.size() && !GRADE_ALONE.matcher(lines.get(i + 1).text().strip()).matches()) {
          String force = forceBefore(lines, i, primaryForce);
          if (force != null) add(out, doc, l, force, heading, lines.get(i + 1).text().strip(), "a grade heading over its areas");
        }
        continue;
      }
      if (t.length() > 220) {
        heading = null;
        continue;
      }
      Matcher a = AREA_THEN_GRADE.matcher(t);
      Matcher g = GRADE_THEN_AREA.matcher(t);
      String grade = null;
      String area = null;
      if (a.matches() && !a.group("area").matches("(?i).*\\b(" + GRADE_WORDS + ")\\b.*")) {
        grade = canonical(a.group("grade"));
        area = a.group("area").replaceFirst("^[\u2022\\-*\\s]+", "").strip();
      } else if (g.matches() && !NEGATED.matcher(t.substring(0, g.start("grade"))).find()) {
        grade = canonical(g.group("grade"));
        area = g.group("area").replaceFirst("[.;,]+$", "").strip();
      }
      Matcher gradeFor = GRADE_FOR_AREA.matcher(t);
      if (grade == null && gradeFor.matches() && leadIn(lines, i)) {
        grade = canonical(gradeFor.group("grade"));
        area = gradeFor.group("area").replaceFirst("[.;,]+$", "").strip();
      }
      if (grade == null) {
        Matcher row = TABLE_ROW.matcher(t);
        boolean neighbour = i > 0 && TABLE_ROW.matcher(lines.get(i - 1).text().strip()).matches()
            || i + 1 < lines.size() && TABLE_ROW.matcher(lines.get(i + 1).text().strip()).matches()
            || i > 0 && lines.get(i - 1).text().strip().matches("(?i).*\\bgrade\\s*$");
        if (row.matches() && neighbour) {
          grade = canonical(row.group("grade"));
          area = row.group("area").strip();
        }
      }
      if (grade == null || area.split("\\s+").length > 25) continue;
      String force = forceBefore(lines, i, primaryForce);
      if (force != null) add(out, doc, l, force, grade, area, "a list of areas and grades");
    }
  }

  private static void add(Map<String, Found> out, DocText doc, Line l, String force, String grade, String area,
      String rule) {
    Rating r = new Rating(force, area, grade, l.passage(), null);
    out.putIfAbsent(key(r), new Found(r, doc.evidence("ratings", force + ": " + grade, l, rule)));
  }

  /** Whether a grade heading stands in a list introduced as grades ("received the following gradings:"). */
  private static boolean leadIn(List<Line> lines, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 14); k--) {
      if (LIST_LEAD.matcher(lines.get(k).text()).find()) return true;
    }
    return false;
  }

  /** The force a list of grades is about: the last force named in the lines above it, else the document's. */
  private String forceBefore(List<Line> lines, int i, String primaryForce) {
    for (int k = i; k >= Math.max(0, i - 15); k--) {
      List<Forces.Hit> h = forces.find(lines.get(k).text());
      if (!h.isEmpty()) return h.get(h.size() - 1).force();
    }
    return primaryForce;
  }

  private static String canonical(String grade) {
    String g = grade.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return g.contains("improvement") ? "requires improvement" : g;
  }

  private static Integer number(String n) {
    String w = n.toLowerCase(Locale.ROOT);
    if (w.matches("\\d+")) return Integer.parseInt(w);
    int i = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve").indexOf(w);
    return i >= 0 ? i : null;
  }
}

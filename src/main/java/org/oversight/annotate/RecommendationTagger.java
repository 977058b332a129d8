package org.oversight.annotate;

import org.oversight.domain.Forces;
import org.oversight.domain.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.Evidence;
import org.oversight.model.Mention;
import org.oversight.model.Passage;
import org.oversight.model.Recommendation;

/**
 * Sentences that state what the inspectorate recommends ("we recommend that ...", "HMICFRS recommended that ...",
 * "Recommendation 2: ...", "By 31 March 2025, chief constables should ..."), told apart from sentences that only
 * speak of recommendations ("the report makes important recommendations about vetting"). A statement goes on into
 * the next sentences of its paragraph while they still say what someone should do; a list introduced by "These
 * include" after a sentence saying recommendations were made is taken as their content.
 */
final class RecommendationTagger {
  private static final GuardedPatterns CUES = compile("recommendation-cues.txt");
  private static final GuardedPatterns MENTIONS = compile("recommendation-mentions.txt");
  private static final Pattern CONTINUES = Pattern.compile(
      "(?i)^(these|this|they|such|the|their|its|each|every)\\b.{0,80}\\b(should|must|will need to)\\b");
  private static final Pattern SECTION = Pattern.compile(
      "(?i)^\\W*(\\d+(\\.\\d+)*\\.?\\s+)?(recommendations?|(accelerated )?causes? of concern)\\W*$");
  private static final Pattern SHOULD = Pattern.compile("\\b(should|must)\\b");
  private static final Pattern CONTENT_LIST = Pattern.compile("(?i)^(these|they|this) (include|includes|are|were)\\b");
  private static final Pattern DEADLINE = Pattern.compile(
      "(?i)\\b(within (?:one|two|three|four|five|six|nine|twelve|eighteen|\\d+) (?:weeks?|months?|years?)"
          + "|(?:by|not later than|no later than|before) (?:the end of )?(?:\\d{1,2}(?:st|nd|rd|th)? )?"
          + "(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})");
  private static final List<String[]> ADDRESSEES = List.of(
      new String[] {"(?i)\\ball (police )?forces\\b|^forces\\b", "all forces"},
      new String[] {"(?i)\\bchief constables\\b", "chief constables"},
      new String[] {"(?i)\\bcollege of policing\\b", "College of Policing"},
      new String[] {"(?i)\\b(NPCC|national police chiefs'? council)\\b", "NPCC"},
      new String[] {"(?i)\\bhome office\\b", "Home Office"},
      new String[] {"(?i)\\b(police and crime commissioners|PCCs|local policing bodies)\\b",
          "police and crime commissioners"},
      new String[] {"(?i)\\bthe force\\b", "the force"});

  /** A recommendation with the evidence for it. */
  record Found(Recommendation recommendation, Evidence evidence) {}

  /** A list item marker: "•", "-", "o", "1.", "(a)". */
  private static final Pattern ITEM = Pattern.compile(
      "^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u2219*]|[-\u2013]|o|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])\\s+");
  /** A line introducing a list of recommendations: "The inspectorate has made 12 recommendations which include:". */
  private static final Pattern LIST_INTRO = Pattern.compile(
      "(?i)\\b(?:recommendations?|recommended|recommends)\\b(?:\\s+(?:that|which|are|were|include[sd]?|including|is|as follows|"
          + "below|to|were that|made|they made|it made|for (?:forces|the force|chief constables)))*\\s*:\\s*$");
  /** A line that opens a list of what someone should do: "Within three months, the force should:". */
  private static final Pattern SHOULD_INTRO = Pattern.compile("(?i)\\b(?:should|must)\\s*:\\s*$");
  /** "Recommendation 1." standing alone, its text in the sentence after it. */
  private static final Pattern BARE_LABEL = Pattern.compile("(?i)^\\W*recommendation\\s+\\d{1,2}\\s*[.:\\-\u2013]?\\s*$");
  /** A numbered item: "3. The force should ...", "(2) Chief constables should ...". */
  private static final Pattern NUMBERED = Pattern.compile("^\\(?\\d{1,2}[.)]\\s+\\S");
  /** A line that ends by introducing a recommendation: "made the following recommendation to address it:". */
  private static final Pattern RECOMMENDATION_COLON = Pattern.compile("(?i)\\brecommendations?\\b[^.:]{0,80}:\\s*$");
  /** A paragraph in quotation marks. */
  private static final Pattern QUOTED = Pattern.compile("^[\"\u201c\u2018'](.{20,}?)[\"\u201d\u2019']?\\s*$");
  /** An item that a progress paper tracks as a recommendation: "... This recommendation had arisen out of ...". */
  private static final Pattern TRACKED = Pattern.compile("(?i)\\b(?:this|the|that) recommendation\\b");
  /** A recommendations register's entry title: "Core business: ... (4822)". */
  private static final Pattern REGISTER_TITLE = Pattern.compile("\\(\\d{3,5}\\)\\s*$");
  /** Where a sentence's recommending clause begins when another clause comes before it. */
  private static final Pattern CLAUSE_BEFORE_CUE = Pattern.compile(
      "(?i)(?:,\\s*but|;|\\bbut)\\s+(?=(?:also\\s+)?(?:has\\s+)?recommend)");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\u201c\"'\u2018])");

  List<Found> tag(DocText doc, Forces forces) {
    List<Found> out = new ArrayList<>();
    for (Found f : stated(doc, forces)) add(out, f);
    lists(doc, forces, out);
    register(doc, forces, out);
    numberedSiblings(doc, forces, out);
    return out;
  }

  /**
   * In a numbered list some of whose items are recommendations, the other items that say who should do what are
   * recommendations too ("2. By March, the force should ...", "3. The force should ...").
   */
  private static void numberedSiblings(DocText doc, Forces forces, List<Found> out) {
    List<Line> lines = doc.lines;
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && NUMBERED.matcher(lines.get(j).text()).find()) j++;
      if (j - i >= 2) {
        List<Line> run = lines.subList(i, j);
        boolean recommends = run.stream().anyMatch(l -> out.stream()
            .anyMatch(f -> l.text().contains(f.recommendation().text()) || f.recommendation().text().contains(l.text())));
        if (recommends) {
          for (Line l : run) {
            String t = l.text().replaceFirst("^\\(?\\d{1,2}[.)]\\s+", "");
            if (SHOULD.matcher(t).find() && !MENTIONS.anyFound(t)) {
              add(out, found(doc, t, l.passage(), "an item of a numbered list of recommendations", forces));
            }
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static void add(List<Found> out, Found f) {
    String t = f.recommendation().text();
    for (Found o : out) {
      String ot = o.recommendation().text();
      if (ot.contains(t) || t.contains(ot)) return;
    }
    out.add(f);
  }

  private static Found found(DocText doc, String text, int passage, String rule, Forces forces) {
    String t = text.strip();
    Recommendation r = new Recommendation(t, passage, addressee(t, forces), deadline(t), null);
    return new Found(r, new Evidence("recommendations", t, passage, doc.page(passage), DocText.quote(t, 0), rule));
  }

  /** Sentences that state a recommendation, with the sentences of the paragraph that go on with it. */
  private List<Found> stated(DocText doc, Forces forces) {
    List<Found> out = new ArrayList<>();
    for (Recommendation r : tag(doc.sentences, doc.source.passages(), forces)) {
      String t = r.text();
      if (SHOULD_INTRO.matcher(t).find()) continue; // the line that opens a list, not a recommendation of its own
      Matcher cut = CLAUSE_BEFORE_CUE.matcher(t);
      if (cut.find()) t = t.substring(cut.end());
      out.add(found(doc, t, r.passage(), "a sentence stating a recommendation", forces));
    }
    return out;
  }

  /**
   * Items listed under a line that introduces recommendations ("made 12 recommendations which include:"), and items
   * a progress paper tracks as recommendations ("o Policy ... to be published. ... this recommendation ...").
   */
  private void lists(DocText doc, Forces forces, List<Found> out) {
    List<Line> lines = doc.lines;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      boolean recommends = LIST_INTRO.matcher(l.text()).find() && !MENTIONS_OF_LIST.anyFound(l.text());
      boolean introduces = recommends || RECOMMENDATION_COLON.matcher(l.text()).find();
      if (introduces && i + 1 < lines.size()) {
        // a recommendation quoted as its own paragraph after the line that introduces it
        Matcher quoted = QUOTED.matcher(lines.get(i + 1).text().strip());
        if (quoted.matches() && SHOULD.matcher(quoted.group(1)).find()) {
          add(out, found(doc, quoted.group(1).strip(), lines.get(i + 1).passage(),
              "quoted under '" + l.text().strip() + "'", forces));
        }
      }
      if (recommends || SHOULD_INTRO.matcher(l.text()).find()) {
        for (int k = i + 1; k < lines.size(); k++) {
          Matcher item = ITEM.matcher(lines.get(k).text());
          if (!item.lookingAt()) break;
          String t = lines.get(k).text().substring(item.end()).replaceFirst("(?:[;,.]|;?\\s+and|;?\\s+or)\\s*$", "");
          if (t.split("\\s+").length >= 3) {
            add(out, found(doc, t, lines.get(k).passage(), "an item listed under '" + l.text() + "'", forces));
          }
        }
      }
    }
    // a progress paper's list whose items are mostly tracked as "this recommendation": every item is one
    int i = 0;
    while (i < lines.size()) {
      int j = i;
      while (j < lines.size() && ITEM.matcher(lines.get(j).text()).lookingAt()) j++;
      if (j > i) {
        List<String[]> items = new ArrayList<>();
        int tracked = 0;
        for (Line l : lines.subList(i, j)) {
          Matcher item = ITEM.matcher(l.text());
          item.lookingAt();
          String[] sentences = SENTENCE.split(l.text().substring(item.end()), 2);
          items.add(sentences);
          if (sentences.length == 2 && TRACKED.matcher(sentences[1]).find()) tracked++;
        }
        if (tracked > 0 && 2 * tracked >= items.size()) {
          for (int k = 0; k < items.size(); k++) {
            String[] sentences = items.get(k);
            if (sentences.length == 2 && sentences[0].split("\\s+").length >= 3) {
              add(out, found(doc, sentences[0], lines.get(i + k).passage(),
                  "an item of a list tracked as recommendations ('this recommendation')", forces));
            }
          }
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  /** A heading over a report's areas for improvement. */
  private static final Pattern AREA_SECTION = Pattern.compile(
      "(?i)^\\W*(\\d+(\\.\\d+)*\\.?\\s+)?areas? for improvement\\W*$");
  /** A statement that names itself one: "Area for improvement 2: ...". */
  private static final Pattern AREA_LABEL = Pattern.compile("(?i)^\\W*areas? for improvement\\s+\\d{1,2}\\b");

  /**
   * The areas for improvement a report states: sentences under an "Areas for improvement" heading that say who should
   * do what, and statements labelled "Area for improvement N". They are advice, not recommendations, and are tagged
   * apart so that a ledger can list them without asking a policing body to answer them.
   */
  List<Found> areas(DocText doc, Forces forces) {
    boolean[] under = sections(doc.source.passages(), AREA_SECTION);
    List<Found> out = new ArrayList<>();
    for (Line l : doc.lines) {
      String t = l.text().strip();
      boolean labelled = AREA_LABEL.matcher(t).find();
      boolean sectioned = l.passage() < under.length && under[l.passage()] && SHOULD.matcher(t).find();
      if (!labelled && !sectioned) continue;
      Recommendation r = new Recommendation(t, l.passage(), addressee(t, forces), deadline(t), null);
      Found f = new Found(r, new Evidence("areas_for_improvement", t, l.passage(), doc.page(l.passage()),
          DocText.quote(t, 0), labelled ? "a statement labelled 'Area for improvement'"
              : "a sentence under an 'Areas for improvement' heading"));
      if (out.stream().noneMatch(o -> o.recommendation().text().equals(t))) out.add(f);
    }
    return out;
  }

  /** A recommendations register's entry: the text under the report's title and register number. */
  private void register(DocText doc, Forces forces, List<Found> out) {
    List<Line> lines = doc.lines;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (REGISTER_TITLE.matcher(lines.get(i).text()).find() && lines.get(i).text().length() < 250) {
        Line next = lines.get(i + 1);
        if (SHOULD.matcher(next.text()).find()) {
          add(out, found(doc, next.text(), next.passage(), "a recommendations register entry", forces));
        }
      }
    }
  }

  /** An intro that only points at recommendations elsewhere: "progress against the following recommendations:". */
  private static final GuardedPatterns MENTIONS_OF_LIST = new GuardedPatterns(List.of(
      Pattern.compile("(?i)\\b(progress|action|actions|response|responses|update|updates)\\b.{0,40}\\brecommendations?\\b")));

  /** Sentences stating recommendations, each with its continuation (the rule the others build on). */
  List<Recommendation> tag(List<NlpPipeline.Sentence> sentences, List<Passage> passages, Forces forces) {
    boolean[] inSection = recommendationSections(passages);
    List<Recommendation> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      NlpPipeline.Sentence s = sentences.get(i);
      String text = s.text().strip();
      if (BARE_LABEL.matcher(text).matches() && i + 1 < sentences.size()
          && sentences.get(i + 1).passage() == s.passage()) {
        text = text + " " + sentences.get(++i).text().strip(); // "Recommendation 1." and the sentence it labels
      }
      boolean sectioned = s.passage() < inSection.length && inSection[s.passage()] && SHOULD.matcher(text).find();
      boolean states = (CUES.anyFound(text) || sectioned) && !MENTIONS.anyFound(text);
      boolean listed = !states && i > 0 && CONTENT_LIST.matcher(text).find()
          && sentences.get(i - 1).passage() == s.passage() && mentionsMade(sentences.get(i - 1).text());
      if (!states && !listed) continue;
      StringBuilder rec = new StringBuilder(listed ? sentences.get(i - 1).text().strip() + " " + text : text);
      while (i + 1 < sentences.size() && sentences.get(i + 1).passage() == s.passage()
          && CONTINUES.matcher(sentences.get(i + 1).text().strip()).find()
          && !CUES.anyFound(sentences.get(i + 1).text().strip())) {
        rec.append(' ').append(sentences.get(++i).text().strip());
      }
      String r = rec.toString();
      out.add(new Recommendation(r, s.passage(), addressee(r, forces), deadline(r), null));
    }
    return out;
  }

  /**
   * Passages under a heading "Recommendations" or "Causes of concern", up to the next heading: there a sentence saying
   * who should do what is a recommendation without any cue phrase. Areas for improvement are not recommendations.
   */
  private static boolean[] recommendationSections(List<Passage> passages) {
    return sections(passages, SECTION);
  }

  /** Per passage, whether it stands under a heading {@code heading} matches, up to the next heading. */
  private static boolean[] sections(List<Passage> passages, Pattern opening) {
    boolean[] in = new boolean[passages.size()];
    boolean open = false;
    for (Passage p : passages) {
      String t = p.text().strip();
      boolean heading = t.length() <= 80 && !t.contains("\n") && !t.matches(".*[.:;,]$")
          && t.split("\\s+").length <= 10;
      if (heading) open = opening.matcher(t).matches();
      else in[p.ordinal()] = open;
    }
    return in;
  }

  private static boolean mentionsMade(String sentence) {
    return Pattern.compile("(?i)\\b(made|makes|make)\\b.{0,30}\\brecommendations?\\b").matcher(sentence).find();
  }

  static String addressee(String text, Forces forces) {
    List<Forces.Hit> named = forces.find(text);
    for (String[] a : ADDRESSEES) {
      if (Pattern.compile(a[0]).matcher(text).find()) {
        if (a[1].equals("the force") && !named.isEmpty()) return named.get(0).force();
        return a[1];
      }
    }
    return named.isEmpty() ? null : named.get(0).force();
  }

  private static final Pattern PERIOD = Pattern.compile(
      "(?i)within (one|two|three|four|five|six|nine|twelve|eighteen|\\d+) (week|month|year)s?");
  private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");

  /**
   * The deadline as a date: a stated date as it is; a period ("within six months") counted from {@code from}, the
   * report's publication date, when that is known to the day.
   */
  static String due(String deadline, List<Mention> mentions, String from) {
    if (deadline == null) return null;
    Matcher period = PERIOD.matcher(deadline);
    if (period.find()) {
      if (from == null || !from.matches("\\d{4}-\\d{2}-\\d{2}")) return null;
      String n = period.group(1).toLowerCase(java.util.Locale.ROOT);
      int count = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("eighteen") ? 18 : NUMBERS.indexOf(n);
      java.time.LocalDate start = java.time.LocalDate.parse(from);
      return switch (period.group(2).toLowerCase(java.util.Locale.ROOT)) {
        case "week" -> start.plusWeeks(count).toString();
        case "month" -> start.plusMonths(count).toString();
        default -> start.plusYears(count).toString();
      };
    }
    List<WrittenDates.Found> written = WrittenDates.days(deadline);
    if (!written.isEmpty()) return written.get(0).iso();
    for (Mention m : mentions) {
      if (m.type() == org.oversight.model.EntityType.DATE && m.normalized() != null
          && m.normalized().matches("\\d{4}-\\d{2}-\\d{2}") && deadline.contains(m.text())) {
        return m.normalized();
      }
    }
    return null;
  }

  static String deadline(String text) {
    Matcher m = DEADLINE.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static GuardedPatterns compile(String resource) {
    List<Pattern> out = new ArrayList<>();
    for (String line : Resources.lines(RecommendationTagger.class, resource)) {
      out.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new GuardedPatterns(out);
  }
}

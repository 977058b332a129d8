package org.oversight.annotate;

import org.oversight.domain.Forces;
import org.oversight.domain.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final List<Pattern> CUES = compile("recommendation-cues.txt");
  private static final List<Pattern> MENTIONS = compile("recommendation-mentions.txt");
  private static final Pattern CONTINUES = Pattern.compile(
      "(?i)^(these|this|they|such|the|their|its|each|every)\\b.{0,80}\\b(should|must|will need to)\\b");
  private static final Pattern SECTION = Pattern.compile(
      "(?i)^\\W*(\\d+(\\.\\d+)*\\.?\\s+)?(recommendations?|areas? for improvement|(accelerated )?causes? of concern)\\W*$");
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
  record Found(Recommendation recommendation, org.oversight.model.Evidence evidence) {}

  List<Found> tag(DocText doc, Forces forces) {
    List<Found> out = new ArrayList<>();
    for (Recommendation r : tag(doc.sentences, doc.source.passages(), forces)) {
      out.add(new Found(r, new org.oversight.model.Evidence("recommendations", r.text(), r.passage(),
          doc.page(r.passage()), DocText.quote(r.text(), 0), "a sentence stating a recommendation")));
    }
    return out;
  }

  List<Recommendation> tag(List<NlpPipeline.Sentence> sentences, List<Passage> passages, Forces forces) {
    boolean[] inSection = recommendationSections(passages);
    List<Recommendation> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      NlpPipeline.Sentence s = sentences.get(i);
      String text = s.text().strip();
      boolean sectioned = s.passage() < inSection.length && inSection[s.passage()] && SHOULD.matcher(text).find();
      boolean states = (matches(CUES, text) || sectioned) && !matches(MENTIONS, text);
      boolean listed = !states && i > 0 && CONTENT_LIST.matcher(text).find()
          && sentences.get(i - 1).passage() == s.passage() && mentionsMade(sentences.get(i - 1).text());
      if (!states && !listed) continue;
      StringBuilder rec = new StringBuilder(text);
      while (i + 1 < sentences.size() && sentences.get(i + 1).passage() == s.passage()
          && CONTINUES.matcher(sentences.get(i + 1).text().strip()).find()
          && !matches(CUES, sentences.get(i + 1).text().strip())) {
        rec.append(' ').append(sentences.get(++i).text().strip());
      }
      String r = rec.toString();
      out.add(new Recommendation(r, s.passage(), addressee(r, forces), deadline(r), null));
    }
    return out;
  }

  /**
   * Passages under a heading "Recommendations", "Areas for improvement" or "Causes of concern", up to the next
   * heading: there a sentence saying who should do what is a recommendation without any cue phrase.
   */
  private static boolean[] recommendationSections(List<Passage> passages) {
    boolean[] in = new boolean[passages.size()];
    boolean open = false;
    for (Passage p : passages) {
      String t = p.text().strip();
      boolean heading = t.length() <= 80 && !t.contains("\n") && !t.matches(".*[.:;,]$")
          && t.split("\\s+").length <= 10;
      if (heading) open = SECTION.matcher(t).matches();
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

  private static boolean matches(List<Pattern> patterns, String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  private static List<Pattern> compile(String resource) {
    List<Pattern> out = new ArrayList<>();
    for (String line : Resources.lines(RecommendationTagger.class, resource)) {
      out.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }
}

package org.oversight.query;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;
import org.oversight.domain.Resources;
import org.oversight.model.Passage;

/**
 * Finds, for each recommendation of a report, the passages of one response that address it: the evidence behind a
 * cell of the section 55 ledger ("the commissioner's response addresses recommendation 3 here").
 *
 * <p>A passage is cited for a recommendation in three ways:
 * <ul>
 *   <li><b>by number</b>: "Recommendation 3 presents the greatest challenge", "recommendations 2 and 4", "the sixth
 *       recommendation", unless the sentence says the number belongs to another report ("recommendation 2 in that
 *       report", a PEEL report);
 *   <li><b>after a quote</b>: a passage that only quotes the recommendation is not an answer; the passage after it is;
 *   <li><b>by its words</b>: the share of the recommendation's distinctive words the passage contains. Words are
 *       stemmed with Lucene's English analysis (Snowball stop words), abbreviations are spelt out ("NPCC") and names
 *       of bodies read as one word ("Home Office" does not half-match "Home Secretary"). Each word weighs by how few
 *       of the report's recommendations use it, so that "complaint" counts little when every recommendation is about
 *       complaints and "review body" counts much, and by how few of the response's passages use it, so that the
 *       response's own subject does not make every passage look like an answer. A passage is cited when that share
 *       reaches the threshold and is close to the best share the passage reaches for any recommendation (a passage
 *       about waiting lists is not cited for every recommendation that mentions devices);
 *   <li><b>singled out by what it is about</b>: "the recommendation addressed to chief constables about monitoring
 *       information systems" is cited for the recommendation whose words it shares most, with half the threshold,
 *       when that recommendation clearly leads the others.
 * </ul>
 * A passage that accepts "all the recommendations" names none of them and is not cited: the ledger never says more
 * than the response does. The score of a citation is the share of words (1.0 for a citation by number or after a
 * quote).
 */
final class RecommendationMatcher {
  /** Share of a recommendation's distinctive words a passage must contain to be cited. */
  static final double THRESHOLD = 0.25;
  /** A passage is cited for a recommendation only if its share is at least this part of its best share. */
  static final double RELATIVE = 0.6;
  /** Both ways, this share of a passage's words and of a recommendation's makes the passage a quote of it. */
  static final double QUOTE = 0.8;

  private static final Analyzer ENGLISH = new EnglishAnalyzer(snowballStopWords());
  private static final Set<String> STOP = stems(Resources.lines(RecommendationMatcher.class,
      "matching-stopwords.txt"));
  /** Each abbreviation of {@code matching-aliases.tsv}, as a whole word, with its expansion. */
  private static final Rewrite ALIASES = aliases();
  /** Each name of {@code matching-names.txt} with the one word it is read as. */
  private static final Rewrite NAMES = names();
  private static final List<Pattern> OTHER_REPORT = Resources.lines(RecommendationMatcher.class,
      "other-report-cues.txt").stream().map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE)).toList();

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
  private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");
  private static final String NUMBER = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  /** "Recommendation 3", "recommendations 2 and 4", "recommendations 1 to 3", "recommendations 2, 5 and 6". */
  private static final Pattern BY_NUMBER = Pattern.compile("(?i)\\brecommendations?\\s+(?:no\\.?\\s*)?(" + NUMBER
      + "(?:\\s*(?:,|and|&|or|to|-|\u2013)\\s*" + NUMBER + ")*)\\b");
  /** "the third recommendation", "the first and second recommendations". */
  private static final Pattern BY_ORDINAL = Pattern.compile("(?i)\\b((?:first|second|third|fourth|fifth|sixth|"
      + "seventh|eighth|ninth|tenth|eleventh|twelfth)(?:\\s*(?:,|and|&)\\s*(?:first|second|third|fourth|fifth|sixth|"
      + "seventh|eighth|ninth|tenth|eleventh|twelfth))*)\\s+recommendations?\\b");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)" + NUMBER + "|\\bto\\b|-|\u2013");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\"'\u201c(]?[A-Z])");
  /** The form around a recommendation's content: "Recommendation 2:", "We recommend that", a leading deadline. */
  private static final Pattern FORM = Pattern.compile("(?i)^\\s*(?:recommendation\\s+\\d+\\s*[:.\\-\u2013]\\s*)?"
      + "(?:(?:hmicfrs|hmic|we|the inspectorate|inspectors|the report)\\s+(?:has\\s+|have\\s+)?"
      + "recommend(?:s|ed)?\\s+that,?\\s*)?"
      + "(?:(?:by|not later than|no later than|before)\\s+(?:the end of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
      + "(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}"
      + "|within\\s+\\w+\\s+(?:weeks?|months?|years?)),?\\s*");
  /**
   * "The recommendation to the College of Policing", "the recommendation addressed to chief constables about ...":
   * a passage singling out one recommendation by what it is about rather than by its number.
   */
  private static final Pattern SINGLED_OUT = Pattern.compile("(?i)\\bthe\\s+recommendation\\s+(?:to|for|on|about|"
      + "addressed|concerning|regarding|made\\s+to)\\b");
  /** A passage singling out one recommendation needs only this part of the threshold for the one it fits best. */
  static final double SINGLED_OUT_PART = 0.5;
  /** ... and must fit it this many times better than any other. */
  static final double SINGLED_OUT_LEAD = 1.5;
  private static final Pattern STATED_NUMBER = Pattern.compile("(?i)^\\s*recommendation\\s+(\\d{1,2})\\s*[:.\\-\u2013]");

  /** A recommendation as the ledger knows it: its number in the report (0 when unknown) and its text. */
  record Numbered(int number, String text) {}

  /** Whether a response addresses a recommendation; the ledger adds a third status, no response at all. */
  enum Status {
    ADDRESSED("addressed"), NOT_FOUND("not_found");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    /** The status as written in JSON and CSV. */
    String id() {
      return id;
    }
  }

  /**
   * A passage cited for a recommendation.
   *
   * @param passage the passage's ordinal
   * @param page its page (0 for formats without pages)
   * @param score share of the recommendation's distinctive words in the passage, 0 to 1; 1 when cited by number or
   *     after a quote
   * @param how "number", "after quote", "words" or "singled out"
   */
  record Citation(int passage, int page, double score, String how) {}

  /** One recommendation's cell for one response: addressed with the passages citing it, or not found. */
  record Cell(Numbered recommendation, Status status, List<Citation> citations) {
    /** The best citation, or null when not found. */
    Citation best() {
      return citations.isEmpty() ? null : citations.get(0);
    }
  }

  private final double threshold;
  private final double relative;

  RecommendationMatcher() {
    this(THRESHOLD, RELATIVE);
  }

  RecommendationMatcher(double threshold, double relative) {
    this.threshold = threshold;
    this.relative = relative;
  }

  /**
   * For each recommendation, in the order given, the passages of one response that address it, best first.
   *
   * @param recommendations the report's recommendations (areas for improvement are not statutory: leave them out)
   * @param passages one response's passages in document order
   */
  List<Cell> match(List<Numbered> recommendations, List<Passage> passages) {
    Scores s = scores(recommendations, passages);
    List<List<Citation>> cited = new ArrayList<>();
    for (int r = 0; r < recommendations.size(); r++) cited.add(new ArrayList<>());
    for (int p = 0; p < passages.size(); p++) {
      Passage passage = passages.get(p);
      if (s.quoteOf()[p] >= 0) continue;
      int answers = p > 0 ? s.quoteOf()[p - 1] : -1;
      if (answers >= 0) cited.get(answers).add(new Citation(passage.ordinal(), passage.page(), 1.0, "after quote"));
      Set<Integer> byNumber = s.numbered().get(p);
      double best = Arrays.stream(s.share()[p]).max().orElse(0);
      int singled = byNumber.isEmpty() && answers < 0 ? singledOut(passage.text(), s.share()[p]) : -1;
      for (int r = 0; r < recommendations.size(); r++) {
        if (byNumber.contains(r)) {
          cited.get(r).add(new Citation(passage.ordinal(), passage.page(), 1.0, "number"));
        } else if (answers < 0 && s.share()[p][r] >= threshold && s.share()[p][r] >= relative * best) {
          cited.get(r).add(new Citation(passage.ordinal(), passage.page(), round(s.share()[p][r]), "words"));
        } else if (r == singled) {
          cited.get(r).add(new Citation(passage.ordinal(), passage.page(), round(s.share()[p][r]), "singled out"));
        }
      }
    }
    List<Cell> out = new ArrayList<>();
    for (int r = 0; r < recommendations.size(); r++) {
      List<Citation> c = dedupe(cited.get(r));
      c.sort(Comparator.comparingDouble(Citation::score).reversed().thenComparingInt(Citation::passage));
      out.add(new Cell(recommendations.get(r), c.isEmpty() ? Status.NOT_FOUND : Status.ADDRESSED, List.copyOf(c)));
    }
    return out;
  }

  /**
   * The recommendation a passage singles out by what it is about ("the recommendation addressed to chief constables
   * about monitoring information systems"): the one whose words it shares most, when that share reaches part of the
   * threshold and clearly leads; else -1.
   */
  private int singledOut(String text, double[] share) {
    if (!SINGLED_OUT.matcher(text).find()) return -1;
    int top = -1;
    double second = 0;
    for (int r = 0; r < share.length; r++) {
      if (top < 0 || share[r] > share[top]) {
        if (top >= 0) second = share[top];
        top = r;
      } else {
        second = Math.max(second, share[r]);
      }
    }
    return top >= 0 && share[top] >= SINGLED_OUT_PART * threshold && share[top] >= SINGLED_OUT_LEAD * second
        ? top : -1;
  }

  /**
   * The raw evidence for one response.
   *
   * @param share per passage and recommendation, the share of the recommendation's weighted words in the passage
   * @param numbered per passage, the positions of the recommendations it cites by number
   * @param quoteOf per passage, the position of the recommendation it only quotes, or -1
   */
  record Scores(double[][] share, List<Set<Integer>> numbered, int[] quoteOf) {}

  static Scores scores(List<Numbered> recommendations, List<Passage> passages) {
    int n = recommendations.size();
    List<Set<String>> recTerms = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Numbered rec : recommendations) {
      Set<String> t = terms(FORM.matcher(rec.text()).replaceFirst(""));
      recTerms.add(t);
      t.forEach(term -> df.merge(term, 1, Integer::sum));
    }
    List<Set<String>> passageTerms = new ArrayList<>();
    Map<String, Integer> pdf = new HashMap<>();
    for (Passage passage : passages) {
      Set<String> t = terms(passage.text());
      passageTerms.add(t);
      t.forEach(term -> pdf.merge(term, 1, Integer::sum));
    }
    int np = Math.max(1, passages.size());
    Map<String, Double> weight = new HashMap<>();
    df.forEach((term, d) -> weight.put(term, Math.log((n + 1.0) / d)
        * Math.log(1.0 + np / (double) Math.max(1, pdf.getOrDefault(term, 0))) / Math.log(1.0 + np)));
    double[][] share = new double[passages.size()][n];
    List<Set<Integer>> numbered = new ArrayList<>();
    int[] quoteOf = new int[passages.size()];
    for (int p = 0; p < passages.size(); p++) {
      String text = passages.get(p).text();
      Set<String> pt = passageTerms.get(p);
      String stripped = FORM.matcher(text).replaceFirst("");
      Set<String> bare = stripped.equals(text) ? pt : terms(stripped);
      quoteOf[p] = -1;
      for (int r = 0; r < n; r++) {
        double total = 0;
        double found = 0;
        int common = 0;
        for (String term : recTerms.get(r)) {
          double w = weight.get(term);
          total += w;
          if (pt.contains(term)) found += w;
          if (bare.contains(term)) common++;
        }
        share[p][r] = total == 0 ? 0 : found / total;
        int rs = recTerms.get(r).size();
        if (rs > 0 && !bare.isEmpty() && common >= QUOTE * rs && common >= QUOTE * bare.size()) quoteOf[p] = r;
      }
      numbered.add(indexes(references(text), recommendations));
    }
    return new Scores(share, numbered, quoteOf);
  }

  /** The recommendation numbers a passage cites, leaving out sentences that cite another report. */
  static Set<Integer> references(String text) {
    Set<Integer> out = new TreeSet<>();
    if (!text.toLowerCase(Locale.ROOT).contains("recommendation")) return out; // both patterns need the word
    for (String sentence : SENTENCE.split(text)) {
      Set<Integer> found = new TreeSet<>();
      Matcher m = BY_NUMBER.matcher(sentence);
      while (m.find()) found.addAll(numberList(m.group(1)));
      m = BY_ORDINAL.matcher(sentence);
      while (m.find()) {
        for (String w : m.group(1).toLowerCase(Locale.ROOT).split("\\s*(?:,|and|&)\\s*|\\s+")) {
          int i = ORDINALS.indexOf(w.strip());
          if (i >= 0) found.add(i + 1);
        }
      }
      if (!found.isEmpty() && OTHER_REPORT.stream().noneMatch(c -> c.matcher(sentence).find())) out.addAll(found);
    }
    return out;
  }

  private static List<Integer> numberList(String list) {
    List<Integer> out = new ArrayList<>();
    Matcher m = LIST_ITEM.matcher(list);
    boolean range = false;
    while (m.find()) {
      String tok = m.group().toLowerCase(Locale.ROOT);
      if (tok.equals("to") || tok.equals("-") || tok.equals("\u2013")) {
        range = !out.isEmpty();
        continue;
      }
      int v = tok.matches("\\d+") ? Integer.parseInt(tok) : NUMBER_WORDS.indexOf(tok) + 1;
      if (range && v > out.get(out.size() - 1) && v - out.get(out.size() - 1) < 20) {
        for (int i = out.get(out.size() - 1) + 1; i <= v; i++) out.add(i);
      } else {
        out.add(v);
      }
      range = false;
    }
    return out;
  }

  /** Positions in the list of the recommendations with these numbers. */
  private static Set<Integer> indexes(Set<Integer> numbers, List<Numbered> recommendations) {
    Set<Integer> out = new HashSet<>();
    for (int r = 0; r < recommendations.size(); r++) {
      if (recommendations.get(r).number() > 0 && numbers.contains(recommendations.get(r).number())) out.add(r);
    }
    return out;
  }

  /** Share of the shorter text's words the longer must contain for two texts to be one recommendation. */
  static final double SAME_CONTAINED = 0.8;
  /** Share of the two texts' words together that both must contain for them to be one recommendation. */
  static final double SAME_OVERLAP = 0.5;

  /**
   * A recommendation gathered from several documents.
   *
   * @param number its number, when any of the texts states one ("Recommendation 3: ..."), else 0
   * @param text the fullest of the texts
   * @param sources positions in the input of the texts merged into it, in input order
   */
  record Merged(int number, String text, List<Integer> sources) {}

  /**
   * Merges the texts that state the same recommendation in different words: a letter quoting it without its
   * deadline, a response quoting it with "HMICFRS recommended that", the report numbering it. Two texts are one
   * recommendation when the longer contains most of the shorter's content words and the two share at least half of
   * their words together, and they do not state different numbers. Each text joins the first group (taken longest
   * text first) whose fullest text it matches. Groups come out by number, then unnumbered in order of appearance.
   */
  static List<Merged> merge(List<String> texts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) order.add(i);
    order.sort(Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed().thenComparing(i -> i));
    List<Set<String>> words = new ArrayList<>();
    for (String t : texts) words.add(terms(FORM.matcher(t).replaceFirst("")));
    List<List<Integer>> groups = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i : order) {
      int n = statedNumber(texts.get(i));
      int joined = -1;
      for (int g = 0; g < groups.size() && joined < 0; g++) {
        int head = groups.get(g).get(0);
        boolean conflict = n > 0 && numbers.get(g) > 0 && n != numbers.get(g);
        if (!conflict && same(words.get(head), words.get(i))) joined = g;
      }
      if (joined < 0) {
        groups.add(new ArrayList<>(List.of(i)));
        numbers.add(n);
      } else {
        groups.get(joined).add(i);
        if (numbers.get(joined) == 0) numbers.set(joined, n);
      }
    }
    List<Merged> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Integer> sources = new ArrayList<>(groups.get(g));
      String text = texts.get(sources.get(0));
      sources.sort(null);
      out.add(new Merged(numbers.get(g), text, List.copyOf(sources)));
    }
    out.sort(Comparator.comparingInt((Merged m) -> m.number() == 0 ? Integer.MAX_VALUE : m.number())
        .thenComparingInt(m -> m.sources().get(0)));
    return out;
  }

  private static boolean same(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return a.equals(b);
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) common++;
    }
    int union = a.size() + b.size() - common;
    return common >= SAME_CONTAINED * Math.min(a.size(), b.size()) && common >= SAME_OVERLAP * union;
  }

  /** The number a recommendation states for itself ("Recommendation 3: By ..."), or 0. */
  static int statedNumber(String text) {
    Matcher m = STATED_NUMBER.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * Stemmed content words: Lucene's English analysis (possessives, stop words, Porter stems) after abbreviations are
   * spelt out, without the words of {@code matching-stopwords.txt} and without numbers that are years or days.
   */
  static Set<String> terms(String text) {
    String expanded = NAMES.apply(ALIASES.apply(text));
    Set<String> out = new LinkedHashSet<>();
    for (String t : analyze(expanded)) {
      if (!STOP.contains(t) && !YEAR.matcher(t).matches()) out.add(t);
    }
    return out;
  }

  private static List<String> analyze(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }

  /**
   * Rewrites the text before analysis: one pattern for all the forms of a list, and what each form becomes (looked up
   * by its key: the matched text in lower case with only its letters).
   */
  private record Rewrite(Pattern pattern, Map<String, String> replacements) {
    String apply(String text) {
      return pattern.matcher(text).replaceAll(m -> {
        String k = key(m.group());
        String r = replacements.get(k);
        if (r == null) r = replacements.get(k.substring(0, k.length() - 1)); // a plural
        return Matcher.quoteReplacement(r == null ? m.group() : r);
      });
    }

    static String key(String form) {
      return form.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /** One alternation of the forms, longest first, as whole words. */
    static Pattern alternation(List<String> forms, String flags, String tail) {
      List<String> sorted = new ArrayList<>(forms);
      sorted.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder re = new StringBuilder(flags + "(?<![\\p{L}\\d])(?:");
      for (int i = 0; i < sorted.size(); i++) {
        if (i > 0) re.append('|');
        re.append(Pattern.quote(sorted.get(i)).replace("'", "\\E['\u2019]?\\Q").replace(" ", "\\E\\s+\\Q"));
      }
      return Pattern.compile(re.append(')').append(tail).append("(?![\\p{L}\\d])").toString());
    }
  }

  /** "NPCC" (as written, a whole word) read as "National Police Chiefs' Council". */
  private static Rewrite aliases() {
    Map<String, String> map = new HashMap<>();
    List<String> forms = new ArrayList<>();
    for (String line : Resources.lines(RecommendationMatcher.class, "matching-aliases.tsv")) {
      String[] a = line.split("\t");
      if (a.length != 2) continue;
      forms.add(a[0]);
      map.put(Rewrite.key(a[0]), a[1]);
    }
    return new Rewrite(Rewrite.alternation(forms, "", ""), map);
  }

  /** "Home Office" (any case, plural, curly apostrophe) read as the one word "homeoffice". */
  private static Rewrite names() {
    Map<String, String> map = new HashMap<>();
    List<String> forms = Resources.lines(RecommendationMatcher.class, "matching-names.txt");
    for (String n : forms) map.put(Rewrite.key(n), Rewrite.key(n));
    return new Rewrite(Rewrite.alternation(forms, "(?i)", "s?"), map);
  }

  /** The Snowball project's English stop words (Lucene's default English list has only 33 words). */
  private static CharArraySet snowballStopWords() {
    try (Reader r = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) out.addAll(analyze(w));
    return out;
  }

  private static List<Citation> dedupe(List<Citation> citations) {
    Map<Integer, Citation> best = new HashMap<>();
    for (Citation c : citations) best.merge(c.passage(), c, (a, b) -> a.score() >= b.score() ? a : b);
    return new ArrayList<>(best.values());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

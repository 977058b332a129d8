package org.oversight.annotate;

import org.oversight.domain.Resources;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oversight.model.EntityType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.Passage;

/**
 * The language processing, built once per run and shared by worker threads: Stanford CoreNLP with only what the tags
 * use (tokenize, ssplit and the one 3-class NER CRF for people, organisations and places; no part-of-speech tags,
 * lemmas, SUTime or numeric classifiers), then the project's own date step ({@link DateMentions}) on the sentences
 * that can hold a date. About ten times faster than the same CoreNLP with POS, lemma and SUTime, with the same names.
 */
public final class NlpPipeline {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Set<String> STOPWORDS = Resources.lines(NlpPipeline.class, "entity-stopwords.txt").stream()
      .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  /** Words that open sentences: a sentence capitalised only in such a first word names no one. */
  private static final Set<String> OPENERS = Set.copyOf(Resources.lines(NlpPipeline.class, "sentence-openers.txt"));

  /** Tokens and sentences (with {@link #names}), or the whole configuration when it is not oversight's own. */
  private final StanfordCoreNLP pipeline;
  /** The name-finding CRF, run only on the sentences that may hold a name; null when {@link #pipeline} does all. */
  private final StanfordCoreNLP names;
  /** Whether dates come from the project's date step (SUTime off), not from CoreNLP. */
  private final boolean dateStep;

  /** Builds the pipeline with the project's properties; takes a few seconds and a few hundred MB. */
  public NlpPipeline() {
    this(properties());
  }

  NlpPipeline(Properties props) {
    this.dateStep = !Boolean.parseBoolean(props.getProperty("ner.useSUTime", "true").strip());
    boolean ownConfiguration = props.getProperty("annotators", "").replace(" ", "").equals("tokenize,ssplit,ner");
    if (ownConfiguration && dateStep) {
      // the CRF only where a name may stand: one pipeline splits, the other finds names in the sentences chosen
      this.pipeline = new StanfordCoreNLP(with(props, "tokenize,ssplit"));
      this.names = new StanfordCoreNLP(with(props, "ner"));
    } else {
      this.pipeline = new StanfordCoreNLP(props);
      this.names = null;
    }
  }

  private static Properties with(Properties props, String annotators) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  /**
   * Whether a sentence may hold a name: it has a capitalised word other than a common word opening it ("The force
   * should ..." has none). The others (about a fifth of the words of these texts) are not shown to the CRF, which
   * finds nothing in them: on the 113 texts of the development and own sets it found no entity in any of them.
   */
  static boolean mayName(List<CoreLabel> tokens) {
    boolean first = true;
    for (CoreLabel t : tokens) {
      String w = t.word();
      boolean letters = false;
      boolean capital = false;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c)) letters = true;
        if (Character.isUpperCase(c)) capital = true;
      }
      if (capital && !(first && OPENERS.contains(w.toLowerCase(Locale.ROOT)))) return true;
      if (letters) first = false;
    }
    return false;
  }

  /** The properties oversight runs CoreNLP with; the benchmark gives the same ones to bare CoreNLP. */
  public static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = NlpPipeline.class.getResourceAsStream("corenlp.properties")) {
      p.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource corenlp.properties", e);
    }
    return p;
  }

  /** What the pipeline found in one document: entities, sentences (for the domain rules) and the token count. */
  public record Result(List<Mention> mentions, List<Sentence> sentences, int tokens) {}

  /** A sentence as CoreNLP split it, with the passage it belongs to. */
  public record Sentence(int passage, String text) {}

  /**
   * Passages are annotated in groups of about this many characters, each group its own CoreNLP annotation, so that
   * the memory a long document takes is that of one group (sentences never span passages, so the result is the same).
   */
  static final int CHUNK_CHARACTERS = 50_000;

  /**
   * Annotates a document.
   *
   * @param documentDate the document's own date (ISO) when already known, so that "today" or "last year" resolve;
   *     null otherwise
   */
  public Result annotate(ExtractedDocument doc, String documentDate) {
    List<Passage> passages = doc.passages();
    List<Mention> mentions = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int tokens = 0;
    for (int from = 0, to; from < passages.size(); from = to) {
      int chars = 0;
      for (to = from; to < passages.size() && (to == from || chars + passages.get(to).text().length()
          <= CHUNK_CHARACTERS); to++) {
        chars += passages.get(to).text().length() + 2;
      }
      tokens += annotate(passages, from, to, documentDate, mentions, sentences);
    }
    if (dateStep) mentions = inPassageOrder(mentions, DateMentions.find(sentences, documentDate));
    return new Result(mentions, sentences, tokens);
  }

  /** Annotates passages {@code from} (inclusive) to {@code to}, adding what is found; returns the token count. */
  private int annotate(List<Passage> passages, int from, int to, String documentDate, List<Mention> mentions,
      List<Sentence> sentences) {
    int[] starts = new int[to - from];
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) text.append("\n\n");
      starts[i - from] = text.length();
      text.append(passages.get(i).text());
    }
    Annotation ann = new Annotation(text.toString());
    if (documentDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
    }
    pipeline.annotate(ann);
    List<CoreMap> found = names == null ? ann.get(CoreAnnotations.MentionsAnnotation.class) : names(ann, documentDate);
    if (found != null) {
      for (CoreMap m : found) {
        Mention mention = toMention(m, starts, from);
        if (mention != null) mentions.add(mention);
      }
    }
    String all = text.toString();
    List<CoreMap> split = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (split != null) {
      for (CoreMap s : split) {
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        sentences.add(new Sentence(from + passageAt(starts, begin), all.substring(begin, end)));
      }
    }
    List<?> tokens = ann.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  /** The names CoreNLP finds in the sentences of an annotation that may hold one. */
  private List<CoreMap> names(Annotation ann, String documentDate) {
    List<CoreMap> chosen = new ArrayList<>();
    List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (all != null) {
      for (CoreMap s : all) {
        if (mayName(s.get(CoreAnnotations.TokensAnnotation.class))) chosen.add(s);
      }
    }
    if (chosen.isEmpty()) return List.of();
    Annotation some = new Annotation(ann.get(CoreAnnotations.TextAnnotation.class));
    some.set(CoreAnnotations.TokensAnnotation.class, ann.get(CoreAnnotations.TokensAnnotation.class));
    some.set(CoreAnnotations.SentencesAnnotation.class, chosen);
    if (documentDate != null) some.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
    names.annotate(some);
    return some.get(CoreAnnotations.MentionsAnnotation.class);
  }

  /** The entities and the dates together, passage by passage (entities first within a passage). */
  private static List<Mention> inPassageOrder(List<Mention> entities, List<Mention> dates) {
    List<Mention> out = new ArrayList<>(entities.size() + dates.size());
    int d = 0;
    for (Mention e : entities) {
      while (d < dates.size() && dates.get(d).passage() < e.passage()) out.add(dates.get(d++));
      out.add(e);
    }
    out.addAll(dates.subList(d, dates.size()));
    return out;
  }

  private static Mention toMention(CoreMap m, int[] starts, int firstPassage) {
    EntityType type = typeOf(m.get(CoreAnnotations.EntityTypeAnnotation.class));
    String words = m.get(CoreAnnotations.TextAnnotation.class);
    if (type == null || words == null || isStopword(words)) return null;
    int passage = firstPassage + passageAt(starts, m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    String normalized = null;
    if (type == EntityType.DATE) {
      String value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (value != null && value.length() > 10 && value.charAt(10) == 'T') value = value.substring(0, 10);
      if (value != null && ISO_DATE.matcher(value).matches()) {
        normalized = value;
      } else if ("TIME".equals(m.get(CoreAnnotations.EntityTypeAnnotation.class))) {
        return null;
      }
    }
    return new Mention(type, words.replaceAll("\\s+", " ").strip(), normalized, passage);
  }

  private static int passageAt(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return Math.max(0, i < 0 ? -i - 2 : i);
  }

  private static EntityType typeOf(String ner) {
    if (ner == null) return null;
    return switch (ner) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "DATE", "TIME" -> EntityType.DATE;
      default -> null;
    };
  }

  private static boolean isStopword(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !STOPWORDS.contains(w)) return false;
    }
    return true;
  }
}

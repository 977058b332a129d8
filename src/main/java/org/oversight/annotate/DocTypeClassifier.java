package org.oversight.annotate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.domain.Resources;
import org.oversight.model.DocType;
import org.oversight.model.Evidence;
import org.oversight.model.Passage;

/**
 * Tells what kind of paper a text is. Its features are cues of layout and wording written for this project
 * ({@code doc-type-cues.txt}: a letter's salutation, a response heading, a byline, minutes) and who speaks in it (a
 * commissioner, a chief officer, the inspectorate, a national body); how much each feature counts for each kind is a
 * weight learned by logistic regression on hand-labelled texts ({@code doc-type-weights.tsv}, made by
 * {@code DocTypeTrainer}). The kind with the highest score wins; the cues that gave it most are its evidence.
 */
final class DocTypeClassifier {
  static final String BIAS = "bias";
  private static final int HEAD_LINES = 2;
  private static final int TOP_LINES = 10;

  private record Cue(String name, int within, boolean unquoted, Pattern pattern, Needles needles) {}

  /** A quotation: between quote marks, or from an opening mark to the end of the line. */
  /** A headline quoting words: "Force 'requires improvement', inspectors say". */
  private static final Pattern HEADLINE_QUOTE = Pattern.compile("(^|\\s)[\u2018'\u201c\"][^\u2019'\u201d\"]{3,60}[\u2019'\u201d\"]");
  private static final Pattern QUOTATION = Pattern.compile("[\u201c\"][^\u201d\"]*(?:[\u201d\"]|$)");

  /** A feature that fired, where: the line and offset of its first occurrence (null line for whole-text features). */
  record Fired(String feature, Line line, int at) {}

  /** The kind, the features it was decided on, and the per-kind scores. */
  record Decision(DocType type, List<Fired> features, Map<DocType, Double> scores) {}

  private final List<Cue> cues = new ArrayList<>();
  private final Map<String, Map<DocType, Double>> weights;

  DocTypeClassifier() {
    this(weights(Resources.lines(DocTypeClassifier.class, "doc-type-weights.tsv")));
  }

  DocTypeClassifier(Map<String, Map<DocType, Double>> weights) {
    for (String line : Resources.lines(DocTypeClassifier.class, "doc-type-cues.txt")) {
      String[] cols = line.split("\t", 3);
      String where = cols[1].replace("+unquoted", "");
      cues.add(new Cue(cols[0], where.equals("head") ? HEAD_LINES : where.equals("top") ? TOP_LINES : 0,
          cols[1].endsWith("+unquoted"),
          Pattern.compile(cols[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), Needles.of(cols[2])));
    }
    this.weights = weights;
  }

  /** The names of every cue feature, for training. */
  List<String> cueNames() {
    return cues.stream().map(Cue::name).toList();
  }

  /** The features of a document: cues of layout and wording, and the voices of its speakers. */
  List<Fired> features(DocText doc, List<Attributions.Attribution> speakers, String signerVoice, Line signerLine) {
    Map<String, Fired> out = new LinkedHashMap<>();
    Map<Line, String> unquotedLines = new java.util.HashMap<>(); // worked out once a line, not once a cue
    String[] folded = new String[doc.lines.size()];
    for (Cue c : cues) {
      for (Line l : c.within > 0 ? doc.head(c.within) : doc.lines) {
        if (c.needles.any() && !c.needles.mayMatch(folded(doc, folded, l))) continue;
        String text = c.unquoted ? unquotedLines.computeIfAbsent(l, x -> unquoted(x.text())) : l.text();
        Matcher m = c.pattern.matcher(text);
        if (m.find()) {
          out.putIfAbsent(c.name, new Fired(c.name, l, m.start()));
          break;
        }
      }
    }
    for (int i = 0; i < speakers.size(); i++) {
      Attributions.Attribution a = speakers.get(i);
      if (i == 0) out.putIfAbsent("first_speaker_" + a.voice(), new Fired("first_speaker_" + a.voice(), a.line(), a.at()));
      out.putIfAbsent("speaker_" + a.voice(), new Fired("speaker_" + a.voice(), a.line(), a.at()));
    }
    java.util.Set<String> voices = new java.util.TreeSet<>();
    for (Attributions.Attribution a : speakers) voices.add(a.voice());
    if (voices.size() >= 2) {
      Attributions.Attribution second = speakers.stream().filter(a -> !a.voice().equals(speakers.get(0).voice()))
          .findFirst().orElse(speakers.get(0));
      out.putIfAbsent("voices_multiple", new Fired("voices_multiple", second.line(), second.at()));
    }
    List<Line> head = doc.head(3);
    if (!head.isEmpty() && HEADLINE_QUOTE.matcher(head.get(0).text()).find()) {
      out.putIfAbsent("headline_quote", new Fired("headline_quote", head.get(0), 0));
    }
    for (Line l : doc.head(4)) {
      if (l.text().split("\\s+").length < 12) continue;
      Roles.Found f = Roles.STANDARD.first(l.text());
      if (f != null && "pcc".equals(f.role().voice()) && f.start() < 60) {
        out.putIfAbsent("lead_pcc", new Fired("lead_pcc", l, f.start()));
      }
      break;
    }
    if (signerVoice != null) {
      out.putIfAbsent("signer_" + signerVoice, new Fired("signer_" + signerVoice, signerLine, 0));
    }
    return new ArrayList<>(out.values());
  }

  /** A line folded for the cues' quick tests, once a document. */
  private static String folded(DocText doc, String[] folded, Line l) {
    int i = l.index();
    if (i < 0 || i >= folded.length || doc.lines.get(i) != l) return Needles.fold(l.text());
    if (folded[i] == null) folded[i] = Needles.fold(l.text());
    return folded[i];
  }

  /** A line without what it quotes (blanked, so that offsets still point into the line). */
  static String unquoted(String line) {
    Matcher m = QUOTATION.matcher(line);
    StringBuilder sb = new StringBuilder(line);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
    }
    return sb.toString();
  }

  Decision classify(List<Fired> features) {
    Map<DocType, Double> score = new EnumMap<>(DocType.class);
    if (features.isEmpty()) {
      // no cue of any kind: nothing says what the paper is
      for (DocType t : DocType.values()) score.put(t, t == DocType.OTHER ? 1.0 : 0.0);
      return new Decision(DocType.OTHER, features, score);
    }
    for (DocType t : DocType.values()) score.put(t, weight(BIAS, t));
    for (Fired f : features) {
      for (DocType t : DocType.values()) score.merge(t, weight(f.feature(), t), Double::sum);
    }
    DocType best = DocType.OTHER;
    for (DocType t : DocType.values()) {
      if (score.get(t) > score.get(best)) best = t;
    }
    return new Decision(best, features, score);
  }

  /** The kind of a bare text (no language analysis: the cues alone, no speakers). */
  DocType classify(String text) {
    List<Passage> passages = new ArrayList<>();
    for (String p : text.strip().split("\n\\s*\n")) passages.add(new Passage(passages.size(), 0, p.strip()));
    DocText doc = new DocText(new org.oversight.model.ExtractedDocument(new org.oversight.model.SourceFile(
        java.nio.file.Path.of("text"), "", 0), "text/plain", "text", null, Map.of(), 0, passages),
        Line.of(passages), List.of(), List.of());
    PeopleTagger.Signer signer = new PeopleTagger().signer(doc);
    return classify(features(doc, new Attributions().find(doc), signer == null ? null : signer.voice(),
        signer == null ? null : signer.line())).type();
  }

  /**
   * The evidence for a decision: the features that counted most for the kind chosen (at most three), each quoting the
   * line it fired on.
   */
  List<Evidence> evidence(DocText doc, Decision d) {
    if (d.features().isEmpty()) {
      return List.of(new Evidence("doc_type", d.type().id(), -1, 0, "", "no cue of any kind: other"));
    }
    List<Fired> ranked = new ArrayList<>(d.features());
    ranked.removeIf(f -> margin(f.feature(), d.type()) <= 0 || f.line() == null);
    ranked.sort((a, b) -> Double.compare(margin(b.feature(), d.type()), margin(a.feature(), d.type())));
    List<Evidence> out = new ArrayList<>();
    for (Fired f : ranked.subList(0, Math.min(3, ranked.size()))) {
      out.add(doc.evidence("doc_type", d.type().id(), f.line(), f.at(),
          "cue " + f.feature() + String.format(" (%+.2f)", margin(f.feature(), d.type()))));
    }
    return out;
  }

  /** How much a feature favours one kind over the average of the others. */
  private double margin(String feature, DocType t) {
    double others = 0;
    for (DocType o : DocType.values()) {
      if (o != t) others += weight(feature, o);
    }
    return weight(feature, t) - others / (DocType.values().length - 1);
  }

  private double weight(String feature, DocType t) {
    Map<DocType, Double> w = weights.get(feature);
    return w == null ? 0.0 : w.getOrDefault(t, 0.0);
  }

  /** Weights from lines {@code feature<TAB>doc_type<TAB>weight}. */
  static Map<String, Map<DocType, Double>> weights(List<String> tsv) {
    Map<String, Map<DocType, Double>> out = new LinkedHashMap<>();
    for (String line : tsv) {
      String[] c = line.split("\t");
      out.computeIfAbsent(c[0], k -> new EnumMap<>(DocType.class)).put(DocType.parse(c[1]), Double.parseDouble(c[2]));
    }
    return out;
  }
}

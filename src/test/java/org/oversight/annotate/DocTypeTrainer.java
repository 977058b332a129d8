package org.oversight.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.oversight.extract.Extractor;
import org.oversight.model.DocType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Json;

/**
 * Learns the weights of the document-type cues ({@code doc-type-weights.tsv}) from hand-labelled texts by L2-
 * regularised logistic regression (CoreNLP's {@code LinearClassifierFactory}), and reports leave-one-out accuracy
 * and confusion. The texts are read where they lie (e.g. {@code ../shared/eval/dev}); only the learned numbers are
 * written into the project.
 *
 * <pre>
 * mvn -q package -DskipTests
 * java -cp "target/test-classes:target/classes:target/lib/*" org.oversight.annotate.DocTypeTrainer \
 *     --gold ../shared/eval/dev/gold.jsonl --docs ../shared/eval/dev/docs --gold eval/own/gold.jsonl --docs eval/own/docs \
 *     --examples src/test/resources/org/oversight/annotate/doc-type-examples --samples corpus/samples \
 *     --loo --sigma 2 --out src/main/resources/org/oversight/annotate/doc-type-weights.tsv
 * </pre>
 * {@code --gold}/{@code --docs} pairs may repeat; {@code --sigmas 0.5,1,2} compares leave-one-out accuracy for
 * several priors; {@code --verbose} names each text classified wrongly.
 */
public final class DocTypeTrainer {
  private DocTypeTrainer() {}

  /** One labelled document: its features and its kind. */
  record Example(String file, List<String> features, DocType label) {}

  public static void main(String[] args) throws Exception {
    List<Path[]> sets = new ArrayList<>();
    Path out = null;
    boolean loo = false;
    boolean verbose = false;
    double sigma = 1.0;
    Path gold = null;
    List<Path> written = new ArrayList<>();
    List<Double> tried = new ArrayList<>();
    List<Path> samples = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--examples" -> written.add(Path.of(args[++i]));
        case "--samples" -> samples.add(Path.of(args[++i]));
        case "--gold" -> gold = Path.of(args[++i]);
        case "--docs" -> sets.add(new Path[] {gold, Path.of(args[++i])});
        case "--out" -> out = Path.of(args[++i]);
        case "--loo" -> loo = true;
        case "--verbose" -> verbose = true;
        case "--sigma" -> sigma = Double.parseDouble(args[++i]);
        case "--sigmas" -> {
          for (String x : args[++i].split(",")) tried.add(Double.parseDouble(x));
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Example> examples = examples(sets);
    List<Example> extra = new ArrayList<>();
    for (Path dir : written) extra.addAll(written(dir));
    for (Path dir : samples) extra.addAll(samples(dir));
    PrintStream o = System.out;
    o.printf("%d labelled documents, %d texts written for the project%n", examples.size(), extra.size());
    if (loo) {
      if (tried.isEmpty()) tried.add(sigma);
      for (double s : tried) {
        int right = 0;
        Map<String, Integer> confusion = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
          List<Example> rest = new ArrayList<>(examples);
          Example held = rest.remove(i);
          rest.addAll(extra);
          DocType got = predict(train(rest, s), held.features());
          if (got == held.label()) right++;
          else if (verbose) o.printf("  miss %s: %s -> %s %s%n", held.file(), held.label().id(), got.id(), held.features());
          confusion.merge(held.label().id() + " -> " + got.id(), 1, Integer::sum);
        }
        o.printf(Locale.ROOT, "leave-one-out accuracy (sigma %.2f): %.3f (%d/%d)%n", s,
            (double) right / examples.size(), right, examples.size());
        confusion.forEach((k, v) -> o.printf("  %-36s %d%n", k, v));
      }
    }
    List<Example> all = new ArrayList<>(examples);
    all.addAll(extra);
    LinearClassifier<DocType, String> c = train(all, sigma);
    int fit = 0;
    for (Example e : examples) {
      if (predict(c, e.features()) == e.label()) fit++;
    }
    o.printf(Locale.ROOT, "fit accuracy (for reference only): %.3f%n", (double) fit / examples.size());
    if (out != null) {
      StringBuilder sb = new StringBuilder("# Learned weights of the document-type cues (doc-type-cues.txt and the "
          + "speaker voices): <feature><TAB><doc_type><TAB><weight>.\n# Made by DocTypeTrainer (src/test/java) from "
          + examples.size() + " hand-labelled texts and " + extra.size() + " texts written for the project in each "
          + "genre's shape,\n# sigma " + sigma + "; do not edit by hand.\n");
      Map<DocType, Counter<String>> w = c.weightsAsMapOfCounters();
      TreeMap<String, Map<DocType, Double>> byFeature = new TreeMap<>();
      w.forEach((label, counter) -> counter.keySet().forEach(f ->
          byFeature.computeIfAbsent(f, k -> new TreeMap<>()).put(label, counter.getCount(f))));
      byFeature.forEach((f, m) -> m.forEach((label, v) -> {
        if (Math.abs(v) >= 0.0005) sb.append(String.format(Locale.ROOT, "%s\t%s\t%.3f%n", f, label.id(), v));
      }));
      Files.writeString(out, sb.toString());
      o.println("wrote " + out);
    }
  }

  static List<Example> examples(List<Path[]> sets) throws Exception {
    Extractor extractor = new Extractor();
    NlpPipeline nlp = Annotator.shared().pipeline();
    DomainTagger tagger = new DomainTagger();
    List<Example> out = new ArrayList<>();
    for (Path[] set : sets) {
      for (String line : Files.readAllLines(set[0])) {
        if (line.isBlank()) continue;
        JsonNode g = Json.MAPPER.readTree(line);
        String name = Path.of(g.path("file").asText()).getFileName().toString();
        Path file = set[1].resolve(name);
        if (!Files.exists(file)) continue;
        ExtractedDocument doc = extractor.extract(file);
        NlpPipeline.Result r = nlp.annotate(doc, null);
        DomainTagger.Reading reading = tagger.read(doc, r.mentions(), r.sentences());
        List<String> features = new ArrayList<>();
        for (DocTypeClassifier.Fired f : reading.features()) features.add(f.feature());
        out.add(new Example(name, features, DocType.parse(g.path("doc_type").asText())));
      }
    }
    return out;
  }

  /** Texts written for the project, one folder per kind: passages split at blank lines, a first "#" line dropped. */
  static List<Example> written(Path dir) throws Exception {
    NlpPipeline nlp = Annotator.shared().pipeline();
    DomainTagger tagger = new DomainTagger();
    List<Example> out = new ArrayList<>();
    try (var types = Files.list(dir)) {
      for (Path typeDir : types.sorted().toList()) {
        DocType label = DocType.parse(typeDir.getFileName().toString());
        try (var files = Files.list(typeDir)) {
          for (Path f : files.sorted().toList()) {
            String text = Files.readString(f).replaceFirst("^#[^\n]*\n", "");
            List<org.oversight.model.Passage> passages = new ArrayList<>();
            for (String p : text.strip().split("\n\\s*\n")) {
              passages.add(new org.oversight.model.Passage(passages.size(), 0, p.strip()));
            }
            ExtractedDocument doc = new ExtractedDocument(new org.oversight.model.SourceFile(f, "", 0), "text/plain",
                "text", null, Map.of(), 0, passages);
            out.add(example(f.getFileName().toString(), doc, label, nlp, tagger));
          }
        }
      }
    }
    return out;
  }

  /** The sample corpus (written for the project), labelled by file name. */
  static List<Example> samples(Path dir) throws Exception {
    Extractor extractor = new Extractor();
    NlpPipeline nlp = Annotator.shared().pipeline();
    DomainTagger tagger = new DomainTagger();
    List<Example> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        DocType label = n.contains("response") ? DocType.PCC_RESPONSE : n.startsWith("hmicfrs-letter")
            ? DocType.HMICFRS_LETTER : n.startsWith("hmicfrs-report") ? DocType.HMICFRS_REPORT
            : n.startsWith("news") ? DocType.NEWS_ARTICLE : DocType.OTHER;
        out.add(example(n, extractor.extract(f), label, nlp, tagger));
      }
    }
    return out;
  }

  private static Example example(String name, ExtractedDocument doc, DocType label, NlpPipeline nlp,
      DomainTagger tagger) {
    NlpPipeline.Result r = nlp.annotate(doc, null);
    DomainTagger.Reading reading = tagger.read(doc, r.mentions(), r.sentences());
    List<String> features = new ArrayList<>();
    for (DocTypeClassifier.Fired f : reading.features()) features.add(f.feature());
    return new Example(name, features, label);
  }

  static LinearClassifier<DocType, String> train(List<Example> examples, double sigma) {
    Dataset<DocType, String> data = new Dataset<>();
    for (Example e : examples) data.add(new BasicDatum<>(withBias(e.features()), e.label()));
    LinearClassifierFactory<DocType, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(data);
  }

  static DocType predict(LinearClassifier<DocType, String> c, List<String> features) {
    return c.classOf(new BasicDatum<>(withBias(features)));
  }

  private static List<String> withBias(List<String> features) {
    List<String> f = new ArrayList<>(features);
    f.add(DocTypeClassifier.BIAS);
    return f;
  }
}

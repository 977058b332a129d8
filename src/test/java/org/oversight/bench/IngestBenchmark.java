package org.oversight.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.oversight.annotate.Annotator;
import org.oversight.annotate.NlpPipeline;
import org.oversight.extract.Extractor;
import org.oversight.ingest.Ingest;

/**
 * Measures whole ingest (extraction, cleaning, NLP, tagging, indexing) against its reference: bare CoreNLP running
 * the same annotators with the same properties on the same extracted text, in the same JVM; and against CoreNLP's
 * default NER configuration on a sample. Figures: documents/s, tokens/s, peak heap.
 */
public final class IngestBenchmark {
  private final PrintWriter out;
  private final Path work;

  public IngestBenchmark(PrintWriter out, Path work) {
    this.out = out;
    this.work = work;
  }

  /** One measured run. */
  record Figures(String what, int threads, int docs, long tokens, double seconds, long peakHeapMb) {
    double docsPerSecond() {
      return docs / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  public void run(Path samples, int docs, int defaultSample) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf("building a corpus of %d documents from %s ...%n", docs, samples);
    out.flush();
    List<Path> files = BenchCorpus.build(samples, work.resolve("corpus"), docs);
    Extractor extractor = new Extractor();
    List<String> texts = new ArrayList<>();
    for (Path f : files) texts.add(extractor.extract(f).text());

    long t0 = System.nanoTime();
    Annotator annotator = Annotator.shared();
    out.printf("oversight pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    // warm-up: JIT both paths before measuring; then each pair runs back to back, the reference first
    StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
    int warm = Math.min(200, files.size());
    ingest(files.subList(0, warm), cores, "warmup");
    bare(bare, texts.subList(0, warm), cores, "warm");

    List<Figures> results = new ArrayList<>();
    Figures b1 = bare(bare, texts, 1, "bare CoreNLP, same properties");
    results.add(ingest(files, 1, "ingest-1"));
    Figures bN = bare(bare, texts, cores, "bare CoreNLP, same properties");
    results.add(ingest(files, cores, "ingest-" + cores));
    results.add(b1);
    results.add(bN);

    Properties defaults = new Properties();
    defaults.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    t0 = System.nanoTime();
    StanfordCoreNLP defaultPipeline = new StanfordCoreNLP(defaults);
    double defaultLoad = (System.nanoTime() - t0) / 1e9;
    List<String> sample = texts.subList(0, Math.min(defaultSample, texts.size()));
    bare(defaultPipeline, sample.subList(0, Math.min(20, sample.size())), 1, "warm");
    results.add(bare(defaultPipeline, sample, 1, "CoreNLP default ner (fine-grained on)"));

    report(results, cores, defaultLoad);
  }

  private Figures ingest(List<Path> files, int threads, String label) throws IOException {
    Path index = work.resolve("index-" + label);
    deleteTree(index);
    resetPeaks();
    Ingest ingest = new Ingest(new Ingest.Options(index, threads, Extractor.DEFAULT_MAX_BYTES), Annotator::shared);
    long t0 = System.nanoTime();
    Ingest.Report r = ingest.run(files, new Ingest.Listener() {});
    double s = (System.nanoTime() - t0) / 1e9;
    if (r.failed()) throw new IOException("benchmark ingest failed: " + r.failures());
    return new Figures("oversight ingest (whole pipeline)", threads, r.added(), r.tokens(), s, peakHeapMb());
  }

  private Figures bare(StanfordCoreNLP pipeline, List<String> texts, int threads, String label) throws Exception {
    resetPeaks();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (String text : texts) {
      fs.add(pool.submit(() -> {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        tokens.addAndGet(a.get(CoreAnnotations.TokensAnnotation.class).size());
      }));
    }
    for (Future<?> f : fs) f.get();
    double s = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    return new Figures(label, threads, texts.size(), tokens.get(), s, peakHeapMb());
  }

  private void report(List<Figures> r, int cores, double defaultLoad) {
    out.println();
    out.printf("%-40s %7s %7s %9s %9s %9s %9s%n", "run", "threads", "docs", "tokens", "docs/s", "tokens/s",
        "peak MB");
    for (Figures f : r) {
      out.printf("%-40s %7d %7d %9d %9.1f %9.0f %9d%n", f.what(), f.threads(), f.docs(), f.tokens(),
          f.docsPerSecond(), f.tokensPerSecond(), f.peakHeapMb());
    }
    Figures i1 = r.get(0), iN = r.get(1), b1 = r.get(2), bN = r.get(3), d1 = r.get(4);
    out.println();
    out.printf("ingest vs bare CoreNLP (same annotators), 1 thread:  %.2fx (target >= 0.85)%n",
        i1.tokensPerSecond() / b1.tokensPerSecond());
    out.printf("ingest vs bare CoreNLP (same annotators), %d threads: %.2fx (target >= 0.85)%n", cores,
        iN.tokensPerSecond() / bN.tokensPerSecond());
    out.printf("ingest (1 thread) vs CoreNLP default ner (1 thread):  %.2fx (target >= 3)%n",
        i1.tokensPerSecond() / d1.tokensPerSecond());
    out.printf("ingest %d threads vs 1 thread:                        %.2fx (target >= 1.7)%n", cores,
        iN.tokensPerSecond() / i1.tokensPerSecond());
    out.printf("CoreNLP default configuration load time: %.1f s%n", defaultLoad);
    out.printf("max heap of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  private static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}

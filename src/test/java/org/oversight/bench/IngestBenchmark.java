package org.oversight.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.oversight.annotate.Annotator;
import org.oversight.annotate.NlpPipeline;
import org.oversight.extract.Extractor;
import org.oversight.ingest.Ingest;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Json;
import org.oversight.samples.PdfMaker;

/**
 * Measures ingest against its reference, CoreNLP as a project would run it to find people, organisations, places and
 * dates (tokenize,ssplit,pos,lemma,ner with CoreNLP's default NER models, fine-grained labels off): warm in one JVM,
 * on one thread and on all cores, with peak heap; what each analysis costs; and the whole process
 * ({@code bin/oversight ingest} in a new JVM, start-up and model load included) over a folder of short PDFs made at
 * run time from real texts, against the reference on one thread.
 */
public final class IngestBenchmark {
  private final PrintWriter out;
  private final Path work;
  private final int cores = Runtime.getRuntime().availableProcessors();

  public IngestBenchmark(PrintWriter out, Path work) {
    this.out = out;
    this.work = work;
  }

  /** One measured run. */
  record Figures(String what, int threads, int docs, long tokens, double seconds, long peakHeapMb, double cpu) {
    double docsPerSecond() {
      return docs / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }

    /** Tokens per second of processor time (this JVM and the worker processes it waited for). */
    double tokensPerCpuSecond() {
      return tokens / cpu;
    }
  }

  /**
   * Processor seconds used so far by this JVM (all its threads: JIT and GC included) and by the child processes it
   * has waited for (the PDF workers): a figure that other sessions' load on a shared machine does not change much.
   */
  static double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields 14-17 of proc(5): utime, stime, cutime, cstime; after the name, index 0 is field 3
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
      return ticks / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The reference: the annotators a project needs for names and dates, CoreNLP's default NER models. */
  static Properties reference() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    return p;
  }

  /**
   * Runs everything.
   *
   * @param referenceSample documents of the corpus the (slow) reference and the cost table run on
   * @param pdfTexts a folder of real texts to make PDFs of for the whole-process run (skipped when absent)
   */
  public void run(Path samples, int docs, int referenceSample, Path pdfTexts, int pdfCount, String launcher)
      throws Exception {
    out.printf("load average at start: %s%n", load());
    out.printf("building a corpus of %d documents from %s ...%n", docs, samples);
    out.flush();
    List<Path> files = BenchCorpus.build(samples, work.resolve("corpus"), docs);
    Extractor extractor = new Extractor();
    List<ExtractedDocument> extracted = new ArrayList<>();
    for (Path f : files) extracted.add(extractor.extract(f));
    List<String> texts = extracted.stream().map(ExtractedDocument::text).toList();

    long t0 = System.nanoTime();
    Annotator annotator = Annotator.shared();
    double oversightLoad = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    StanfordCoreNLP reference = new StanfordCoreNLP(reference());
    double referenceLoad = (System.nanoTime() - t0) / 1e9;
    StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
    out.printf("models loaded: oversight %.1f s, reference %.1f s%n", oversightLoad, referenceLoad);
    out.flush();

    // warm-up: JIT every path before measuring (the optimising compiler works for tens of seconds on two cores: a
    // short warm-up leaves its work inside the measured runs)
    int warm = Math.min(600, files.size());
    ingest(files.subList(0, warm), cores, "warmup");
    bare(bare, texts.subList(0, warm), cores, "warm");
    List<String> sample = texts.subList(0, Math.min(referenceSample, texts.size()));
    bare(reference, sample.subList(0, Math.min(60, sample.size())), 1, "warm");

    List<Figures> r = new ArrayList<>();
    Figures ref1 = bare(reference, sample, 1, "reference CoreNLP (" + sample.size() + " docs)");
    Figures refN = bare(reference, sample, cores, "reference CoreNLP (" + sample.size() + " docs)");
    Figures bare1 = bare(bare, texts, 1, "its CoreNLP on every sentence");
    Figures bareN = bare(bare, texts, cores, "its CoreNLP on every sentence");
    Figures nlp1 = timed(extracted, 1, "language step (CRF where names may be)",
        d -> annotator.pipeline().annotate(d, null).tokens());
    Figures ann1 = timed(extracted, 1, "+ domain rules (annotate)", d -> annotator.annotate(d).tokens());
    Figures ing1 = ingest(files, 1, "ingest-1");
    Figures ingN = ingest(files, cores, "ingest-" + cores);
    r.addAll(List.of(ref1, refN, bare1, bareN, nlp1, ann1, ing1, ingN));
    table(r);
    out.println();
    out.printf("ingest vs the reference, 1 thread:                 %5.2fx (target >= 4)%n",
        ing1.tokensPerSecond() / ref1.tokensPerSecond());
    out.printf("  the same in processor time (tokens per cpu-second): %5.2fx (load-independent)%n",
        ing1.tokensPerCpuSecond() / ref1.tokensPerCpuSecond());
    out.printf("ingest vs the reference, %d threads each:           %5.2fx%n", cores,
        ingN.tokensPerSecond() / refN.tokensPerSecond());
    out.printf("ingest %d threads vs ingest 1 thread:               %5.2fx (target >= 1.8)%n", cores,
        ingN.tokensPerSecond() / ing1.tokensPerSecond());
    out.printf("reference %d threads vs 1 thread:                   %5.2fx%n", cores,
        refN.tokensPerSecond() / ref1.tokensPerSecond());
    out.printf("oversight's CoreNLP %d threads vs 1 thread:         %5.2fx%n", cores,
        bareN.tokensPerSecond() / bare1.tokensPerSecond());
    out.printf("ingest vs oversight's CoreNLP alone, 1 thread:     %5.2fx%n",
        ing1.tokensPerSecond() / bare1.tokensPerSecond());
    out.flush();

    costs(sample, extracted.subList(0, sample.size()), annotator, files.subList(0, sample.size()));
    if (pdfCount < 1) {
      out.printf("%nwhole-process run skipped: --pdfs %d%n", pdfCount);
    } else if (pdfTexts != null && Files.isDirectory(pdfTexts)) {
      wholeProcess(pdfTexts, pdfCount, launcher, reference, extractor);
    } else {
      out.printf("%nwhole-process run skipped: no folder of texts at %s (--pdf-texts)%n", pdfTexts);
    }
    out.printf("%nload average at end: %s; max heap of this JVM: %d MB%n", load(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
  }

  /**
   * What each analysis costs, one thread, warm, on the reference sample: CoreNLP pipelines that add one annotator at
   * a time, then oversight's own steps. Milliseconds per thousand tokens.
   */
  private void costs(List<String> sample, List<ExtractedDocument> docs, Annotator annotator, List<Path> files)
      throws Exception {
    Properties base = NlpPipeline.properties();
    String[][] steps = {
        {"tokenize, ssplit", "tokenize,ssplit", "false"},
        {"+ ner: one 3-class CRF (oversight)", "tokenize,ssplit,ner", "false"},
        {"+ pos", "tokenize,ssplit,pos,ner", "false"},
        {"+ lemma", "tokenize,ssplit,pos,lemma,ner", "false"},
        {"+ SUTime and numeric classifiers", "tokenize,ssplit,pos,lemma,ner", "true"},
    };
    List<double[]> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double previous = 0;
    long tokens = 0;
    for (String[] s : steps) {
      Properties p = (Properties) base.clone();
      p.setProperty("annotators", s[1]);
      p.setProperty("ner.useSUTime", s[2]);
      p.setProperty("ner.applyNumericClassifiers", s[2]);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
      bare(pipeline, sample.subList(0, Math.min(30, sample.size())), 1, "warm");
      Figures f = bare(pipeline, sample, 1, s[0]);
      tokens = f.tokens();
      double ms = f.cpu() * 1e6 / f.tokens();
      names.add(s[0]);
      rows.add(new double[] {ms - previous, ms});
      previous = ms;
    }
    Figures ref = bare(new StanfordCoreNLP(reference()), sample, 1, "reference");
    double refMs = ref.cpu() * 1e6 / ref.tokens();
    names.add("+ 7- and 4-class CRFs (the reference)");
    rows.add(new double[] {refMs - previous, refMs});
    out.println();
    out.printf("what each analysis costs (1 thread, warm, %d docs, %d tokens; processor ms per 1,000 tokens):%n",
        sample.size(), tokens);
    out.printf("%-44s %10s %12s%n", "CoreNLP pipeline", "this step", "cumulative");
    for (int i = 0; i < rows.size(); i++) {
      out.printf("%-44s %10.1f %12.1f%n", names.get(i), rows.get(i)[0], rows.get(i)[1]);
    }
    double bareMs = rows.get(1)[1];
    Figures nlp = timed(docs, 1, "nlp", d -> annotator.pipeline().annotate(d, null).tokens());
    Figures ann = timed(docs, 1, "annotate", d -> annotator.annotate(d).tokens());
    Figures ing = ingest(files, 1, "ingest-costs");
    double nlpMs = nlp.cpu() * 1e6 / nlp.tokens();
    double annMs = ann.cpu() * 1e6 / ann.tokens();
    double ingMs = ing.cpu() * 1e6 / ing.tokens();
    out.printf("%-44s %10s %12s%n", "oversight", "this step", "cumulative");
    out.printf("%-44s %10.1f %12.1f%n", "language step (CRF on sentences that may name,", nlpMs, nlpMs);
    out.printf("%-44s %10s %12s%n", "  date step; every sentence would be " + String.format("%.1f", bareMs) + ")", "",
        "");
    out.printf("%-44s %10.1f %12.1f%n", "+ domain rules", annMs - nlpMs, annMs);
    out.printf("%-44s %10.1f %12.1f%n", "+ extraction (worker JVMs), indexing", ingMs - annMs, ingMs);
    out.flush();
  }

  /**
   * The whole process: {@code bin/oversight ingest} in a new JVM over a folder of short PDFs made from real texts,
   * JVM start, model load and the PDF workers included, on one thread and on all cores, against the reference
   * annotating the same text warm on one thread.
   */
  private void wholeProcess(Path textFolder, int count, String launcher, StanfordCoreNLP reference,
      Extractor extractor) throws Exception {
    List<Path> sources;
    try (Stream<Path> s = Files.list(textFolder)) {
      sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (sources.isEmpty()) {
      out.printf("%nwhole-process run skipped: no .txt files in %s%n", textFolder);
      return;
    }
    Path pdfs = Files.createDirectories(work.resolve("pdfs"));
    List<byte[]> made = new ArrayList<>();
    for (Path src : sources) {
      PdfMaker pdf = new PdfMaker();
      for (String para : Files.readString(src).split("\\n\\s*\\n")) {
        if (!para.isBlank()) pdf.paragraph(para.strip());
      }
      Path one = pdf.write(work.resolve("one.pdf"));
      made.add(Files.readAllBytes(one));
    }
    List<Path> folder = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path p = pdfs.resolve(String.format(Locale.ROOT, "%04d.pdf", i));
      Files.write(p, BenchCorpus.variant(made.get(i % made.size()), "x.pdf", i));
      folder.add(p);
    }
    List<String> texts = new ArrayList<>();
    for (Path p : folder) texts.add(extractor.extract(p).text());
    out.printf("%nwhole process: %d short PDFs made from %d texts of %s; load average %s%n", count, sources.size(),
        textFolder, load());
    out.flush();
    bare(reference, texts.subList(0, Math.min(30, texts.size())), 1, "warm");
    Figures ref = bare(reference, texts, 1, "reference CoreNLP, warm, in-process");
    Path onePdf = Files.createDirectories(work.resolve("one-pdf"));
    Files.copy(folder.get(0), onePdf.resolve("one.pdf"));
    // the first run after a build writes the class-data archives (of the run and of its workers): not measured
    process(launcher, onePdf, List.of(), "writing the class-data archives");
    List<Process1> runs = new ArrayList<>();
    runs.add(process(launcher, pdfs, List.of("--threads", "1"), "bin/oversight ingest --threads 1"));
    runs.add(process(launcher, pdfs, List.of("--threads", String.valueOf(cores)),
        "bin/oversight ingest --threads " + cores));
    runs.add(process(launcher, pdfs, List.of("--threads", String.valueOf(cores), "--in-process"),
        "  same, --in-process (no PDF workers)"));
    runs.add(process(launcher, onePdf, List.of(), "bin/oversight ingest, one PDF (start-up)"));
    out.printf("%-44s %8s %8s %6s %9s %9s %12s%n", "run", "seconds", "cpu s", "docs", "tokens", "tokens/s",
        "peak memory");
    out.printf("%-44s %8.1f %8.1f %6d %9d %9.0f %12s%n", ref.what(), ref.seconds(), ref.cpu(), ref.docs(),
        ref.tokens(), ref.tokensPerSecond(), ref.peakHeapMb() + " MB heap");
    for (Process1 p : runs) {
      out.printf("%-44s %8.1f %8.1f %6d %9d %9.0f %12s%s%n", p.what(), p.seconds(), p.cpu(), p.docs(), p.tokens(),
          p.tokens() / p.seconds(), p.peakTreeRssMb() + " MB RSS", p.exit() == 0 ? "" : "  (exit " + p.exit() + ")");
    }
    out.printf("whole-process ingest, %d threads, vs the reference on 1 thread (warm, load excluded): %.2fx "
        + "(target >= 5)%n", cores, ref.seconds() / runs.get(1).seconds());
    out.printf("whole-process ingest, 1 thread, vs the reference on 1 thread:                       %.2fx%n",
        ref.seconds() / runs.get(0).seconds());
    out.printf("  in processor time (whole process, workers included, vs the reference's): %.2fx%n",
        ref.cpu() / runs.get(0).cpu());
    out.printf("whole-process, %d threads vs 1 thread: %.2fx; PDF worker processes cost %.1f s of %.1f s%n", cores,
        runs.get(0).seconds() / runs.get(1).seconds(), runs.get(1).seconds() - runs.get(2).seconds(),
        runs.get(1).seconds());
    out.flush();
  }

  /** One run of the launcher in a new JVM: wall time, what it read, and the peak memory of its process tree. */
  private record Process1(String what, double seconds, int docs, long tokens, long peakTreeRssMb, int exit,
      double cpu) {}

  private Process1 process(String launcher, Path folder, List<String> options, String what) throws Exception {
    Path index = work.resolve("index-process-" + Math.abs(what.hashCode()));
    deleteTree(index);
    List<String> cmd = new ArrayList<>(List.of(launcher, "ingest", folder.toString(), "--index", index.toString(),
        "--format", "json", "--no-progress"));
    cmd.addAll(options);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(work.resolve("stderr-process.txt").toFile());
    long t0 = System.nanoTime();
    double c0 = cpuSeconds();
    Process p = pb.start();
    String json;
    int code;
    double seconds;
    double cpu;
    long tree;
    try (ProcessMemory memory = ProcessMemory.watch(p, 200)) {
      json = new String(p.getInputStream().readAllBytes());
      code = p.waitFor();
      seconds = (System.nanoTime() - t0) / 1e9;
      cpu = cpuSeconds() - c0; // the launcher's JVM and its workers, all waited for
      tree = memory.peakTreeMb();
    }
    JsonNode s = json.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(json);
    return new Process1(what, seconds, s.path("added").asInt(), s.path("tokens").asLong(), tree, code, cpu);
  }

  private Figures ingest(List<Path> files, int threads, String label) throws IOException {
    Path index = work.resolve("index-" + label);
    deleteTree(index);
    resetPeaks();
    Ingest ingest = new Ingest(new Ingest.Options(index, threads, Extractor.DEFAULT_MAX_BYTES), Annotator::shared);
    long t0 = System.nanoTime();
    double c0 = cpuSeconds();
    Ingest.Report r = ingest.run(files, new Ingest.Listener() {});
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuSeconds() - c0;
    if (r.failed()) throw new IOException("benchmark ingest failed: " + r.failures());
    return new Figures("oversight ingest (whole pipeline)", threads, r.added(), r.tokens(), s, peakHeapMb(), cpu);
  }

  private Figures timed(List<ExtractedDocument> docs, int threads, String label,
      ToIntFunction<ExtractedDocument> work) throws Exception {
    resetPeaks();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    double c0 = cpuSeconds();
    List<Future<?>> fs = new ArrayList<>();
    for (ExtractedDocument d : docs) fs.add(pool.submit(() -> tokens.addAndGet(work.applyAsInt(d))));
    for (Future<?> f : fs) f.get();
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = cpuSeconds() - c0;
    pool.shutdown();
    return new Figures(label, threads, docs.size(), tokens.get(), s, peakHeapMb(), cpu);
  }

  private Figures bare(StanfordCoreNLP pipeline, List<String> texts, int threads, String label) throws Exception {
    resetPeaks();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    double c0 = cpuSeconds();
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
    double cpu = cpuSeconds() - c0;
    pool.shutdown();
    return new Figures(label, threads, texts.size(), tokens.get(), s, peakHeapMb(), cpu);
  }

  private void table(List<Figures> r) {
    out.println();
    out.printf("%-44s %7s %6s %9s %8s %9s %8s %8s %11s%n", "run (warm, one JVM)", "threads", "docs", "tokens",
        "docs/s", "tokens/s", "peak MB", "cpu s", "tokens/cpu-s");
    for (Figures f : r) {
      out.printf("%-44s %7d %6d %9d %8.1f %9.0f %8d %8.1f %11.0f%n", f.what(), f.threads(), f.docs(), f.tokens(),
          f.docsPerSecond(), f.tokensPerSecond(), f.peakHeapMb(), f.cpu(), f.tokensPerCpuSecond());
    }
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip().replaceFirst("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
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

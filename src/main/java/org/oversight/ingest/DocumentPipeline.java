package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.oversight.annotate.Annotator;
import org.oversight.extract.ExtractionException;
import org.oversight.extract.ExtractionLimits;
import org.oversight.extract.Extraction;
import org.oversight.extract.Extractor;
import org.oversight.extract.Workers;
import org.oversight.fetch.Manifest;
import org.oversight.fetch.ManifestEntry;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.model.PageEvidence;
import org.oversight.model.SourceFile;
import org.slf4j.LoggerFactory;

/**
 * One file through the stages, the same way for {@code ingest}, {@code extract} and {@code eval}: read the file (its
 * identity is the SHA-256 of its bytes), extract and clean its text (in a worker process for risky formats, see
 * {@link Isolation}), add what the page it was found on said of it (the corpus manifest), and annotate it, within a
 * time limit. The language models are loaded on first need, while the first file is being read. One pipeline serves
 * a run and is shared by its threads; close it to stop its workers.
 */
public final class DocumentPipeline implements AutoCloseable {
  /**
   * Limits for one file.
   *
   * @param maxBytes files larger than this are refused before they are read
   * @param timeout how long reading and annotating one file may take before it is given up
   * @param extraction what one file may become once extracted
   */
  public record Limits(long maxBytes, Duration timeout, ExtractionLimits extraction) {
    /** The default per-document time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public Limits(long maxBytes, Duration timeout) {
      this(maxBytes, timeout, ExtractionLimits.defaults());
    }

    /** 100 MB, five minutes and the default extraction limits. */
    public static Limits defaults() {
      return new Limits(Extractor.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }
  }

  private final Limits limits;
  private final Isolation isolation;
  private final Extractor extractor;
  private final Supplier<Annotator> annotators;
  private volatile CompletableFuture<Annotator> annotator;
  private final Map<Path, Manifest> manifests = new HashMap<>();
  private final int threads;
  /**
   * Turns to work in this process: at most {@code threads} threads read, annotate and index at once. A thread
   * waiting on a worker process gives its turn up, so that another can annotate meanwhile (a run may have more
   * threads than turns for that; see {@link #threadsFor(int)}).
   */
  private final Semaphore turns;
  private final ThreadLocal<Boolean> hasTurn = ThreadLocal.withInitial(() -> false);
  /** How long this thread last waited for its turn back after a worker answered: not the file's own time. */
  private final ThreadLocal<Long> turnWait = ThreadLocal.withInitial(() -> 0L);
  private Workers workers;
  /** Work that may hang (a parser caught in a loop) runs on its own thread, abandoned when it takes too long. */
  private final ExecutorService bounded = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "oversight-document");
    t.setDaemon(true);
    return t;
  });

  /** @param annotators builds the annotator on first need (it loads CoreNLP's models, which takes seconds) */
  public DocumentPipeline(Limits limits, Supplier<Annotator> annotators) {
    this(limits, annotators, Isolation.defaults(), Runtime.getRuntime().availableProcessors());
  }

  /** @param threads how many threads will call it: at most that many worker processes are started */
  public DocumentPipeline(Limits limits, Supplier<Annotator> annotators, Isolation isolation, int threads) {
    this.limits = limits;
    this.isolation = isolation;
    this.extractor = new Extractor(limits.maxBytes(), limits.extraction());
    this.annotators = annotators;
    this.threads = threads;
    this.turns = new Semaphore(Math.max(1, threads));
  }

  /**
   * How many threads a run of {@code threads} turns should give the pipeline: twice as many when files may be read in
   * worker processes, so that while one thread waits on a worker another annotates (the turns keep the work done in
   * this process to {@code threads} at a time).
   */
  public int threadsFor(int threads) {
    return isolation.mode() == Isolation.Mode.NONE ? threads : 2 * threads;
  }

  /** Runs work in a turn: at most as many at once as the pipeline has threads. */
  public <T> T inTurn(Turn<T> work) throws Exception {
    turns.acquire();
    hasTurn.set(true);
    try {
      return work.run();
    } finally {
      hasTurn.set(false);
      turns.release();
    }
  }

  /** Work done in a turn. */
  public interface Turn<T> {
    T run() throws Exception;
  }

  /**
   * Starts loading the language models in the background, if they are not loaded yet: for a run that has just found
   * a file it will read, so that the models load while the parsers set themselves up (Tika's configuration, a
   * worker's start) rather than after.
   */
  public void loadModels() {
    annotatorLoading();
  }

  /** Reads a file and identifies it by its bytes, before any parsing. */
  public Extractor.Loaded load(Path file) throws ExtractionException {
    if (!Files.exists(file)) throw new ExtractionException(FailureKind.UNREADABLE, "no such file");
    return extractor.load(file);
  }

  /**
   * Why a file is not a document at all (a font, audio ...), from its first bytes, before it is read whole; null when
   * it may be one (a file that cannot be told, empty or unreadable, fails when it is read, with its reason).
   */
  public String notADocument(Path file) {
    Extractor.Detected d = detected(file);
    return d == null ? null : d.notADocument();
  }

  /**
   * What a file is, from its first bytes, before it is read whole (handed to {@link #processAll(Extractor.Loaded,
   * boolean, Extractor.Detected)} so that it is not detected again); null when it cannot be told here.
   */
  public Extractor.Detected detected(Path file) {
    try {
      long size = Files.size(file);
      if (size == 0 || size > limits.maxBytes()) return null;
      return extractor.detect(new Extractor.Loaded(new SourceFile(file, null, size)));
    } catch (IOException | ExtractionException e) {
      return null;
    }
  }

  /** Extracts and annotates a loaded file: its own document, or the first one inside an archive or message. */
  public AnnotatedDocument process(Extractor.Loaded loaded) throws ExtractionException {
    return processAll(loaded, false).documents().get(0);
  }

  /** Loads, extracts and annotates a file. */
  public AnnotatedDocument process(Path file) throws ExtractionException {
    return process(load(file));
  }

  /** What a file gave: its annotated documents, and the files inside it that could not be read. */
  public record Processed(List<AnnotatedDocument> documents, List<Failure> inside) {}

  /**
   * Extracts and annotates a loaded file and every document inside it.
   *
   * @param isolate read it in a worker process whatever its format (a file a previous run died on)
   */
  public Processed processAll(Extractor.Loaded loaded, boolean isolate) throws ExtractionException {
    return processAll(loaded, isolate, null);
  }

  /** As {@link #processAll(Extractor.Loaded, boolean)}, for a file whose type is known ({@code known} null: not). */
  public Processed processAll(Extractor.Loaded loaded, boolean isolate, Extractor.Detected known)
      throws ExtractionException {
    long start = System.nanoTime();
    Extractor.Detected detected = known != null && known.size() == loaded.source().size() ? known
        : extractor.detect(loaded);
    if (detected.notADocument() != null) {
      throw new ExtractionException(FailureKind.NOT_A_DOCUMENT, "not a document: " + detected.notADocument());
    }
    CompletableFuture<Annotator> models = annotatorLoading(); // loads while the file is read
    Extraction extraction = readsInWorker(detected, isolate)
        ? inWorker(loaded, detected, limits.timeout())
        : withinTimeout(() -> extractor.extractAll(loaded, detected), limits.timeout());
    Duration left = limits.timeout().minusNanos(System.nanoTime() - start - turnWait.get());
    turnWait.set(0L);
    Annotator a = annotator(models);
    ManifestEntry fetched = fetchedAs(loaded.source().path());
    List<AnnotatedDocument> annotated = withinTimeout(() -> {
      List<AnnotatedDocument> out = new ArrayList<>();
      for (ExtractedDocument doc : extraction.documents()) out.add(a.annotate(withEvidence(doc, fetched)));
      return out;
    }, left.isNegative() ? Duration.ZERO : left);
    return new Processed(annotated, extraction.inside());
  }

  private boolean readsInWorker(Extractor.Detected detected, boolean isolate) {
    return switch (isolation.mode()) {
      case NONE -> isolate;
      case EVERY_FILE -> true;
      case RISKY_FORMATS -> isolate || !detected.safeInProcess();
    };
  }

  private Extraction inWorker(Extractor.Loaded loaded, Extractor.Detected detected, Duration timeout)
      throws ExtractionException {
    Workers w;
    synchronized (this) {
      if (workers == null) {
        workers = new Workers(new Workers.Settings(isolation.workerHeapMegabytes(), isolation.log(),
            limits.extraction()), threads);
      }
      w = workers;
    }
    boolean gaveUp = hasTurn.get(); // waiting on the worker, this thread gives its turn to one that has work here
    if (gaveUp) turns.release();
    try {
      return w.extract(loaded, detected, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(FailureKind.INTERNAL, "interrupted");
    } finally {
      long t0 = System.nanoTime();
      if (gaveUp) turns.acquireUninterruptibly();
      turnWait.set(System.nanoTime() - t0);
    }
  }

  /** What a document's processing threw, as a failure of the file: a kind and one line. */
  public static Failure failure(Path file, Exception e) {
    if (e instanceof ExtractionException x) return new Failure(file, x.kind(), x.getMessage());
    return new Failure(file, FailureKind.INTERNAL, "internal error: " + e);
  }

  private synchronized ManifestEntry fetchedAs(Path file) throws ExtractionException {
    try {
      return Manifest.describing(file, manifests);
    } catch (IOException e) {
      throw new ExtractionException(FailureKind.UNREADABLE, "cannot read the corpus manifest: " + e.getMessage(), e);
    }
  }

  /**
   * What the page a document was found on said of it (its report, the report's date, the force its link named),
   * added to the document's metadata, where the domain rules take it as strong evidence.
   */
  static ExtractedDocument withEvidence(ExtractedDocument doc, ManifestEntry e) {
    if (e == null) return doc;
    Map<String, String> md = new LinkedHashMap<>(doc.metadata());
    put(md, PageEvidence.URL, e.url());
    put(md, PageEvidence.LINK_TEXT, e.linkText());
    put(md, PageEvidence.REPORT_TITLE, e.reportTitle());
    put(md, PageEvidence.PUBLICATION_DATE, e.publicationDate());
    put(md, PageEvidence.FORCE, e.force());
    return new ExtractedDocument(doc.source(), doc.mediaType(), doc.format(), doc.title(), md, doc.pages(),
        doc.passages());
  }

  private static void put(Map<String, String> md, String key, String value) {
    if (value != null && !value.isBlank()) md.put(key, value);
  }

  private interface Work<T> {
    T run() throws ExtractionException;
  }

  private <T> T withinTimeout(Work<T> work, Duration timeout) throws ExtractionException {
    Future<T> f = bounded.submit(work::run);
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true); // the language pipeline stops at its next check; a parser in a loop cannot be stopped
      throw new ExtractionException(FailureKind.TIMEOUT, "timed out after " + limits.timeout().toSeconds()
          + " s (--timeout): parsing and annotating did not finish");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(FailureKind.INTERNAL, "interrupted");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static ExtractionException rethrown(Throwable cause) {
    if (cause instanceof ExtractionException x) return x;
    if (cause instanceof RuntimeException x) throw x;
    if (cause instanceof Error x) throw x;
    throw new IllegalStateException(cause);
  }

  private CompletableFuture<Annotator> annotatorLoading() {
    CompletableFuture<Annotator> f = annotator;
    if (f == null) {
      synchronized (this) {
        if (annotator == null) {
          // SLF4J set up here first: set up by two threads at once (the models' loading and a parser's), it prints
          // a warning that it replays the calls made meanwhile
          LoggerFactory.getILoggerFactory();
          annotator = CompletableFuture.supplyAsync(annotators, bounded);
        }
        f = annotator;
      }
    }
    return f;
  }

  private static Annotator annotator(CompletableFuture<Annotator> loading) throws ExtractionException {
    try {
      return loading.join();
    } catch (CompletionException e) {
      throw rethrown(e.getCause());
    }
  }

  /** A file's outcome: its (first) annotated document, or why it failed. */
  public record Outcome(Path file, AnnotatedDocument document, Failure failure) {}

  /** Processes files on {@code threads} threads, handing each outcome to {@code sink} in the files' order. */
  public void each(List<Path> files, int threads, OutcomeSink sink) throws IOException, InterruptedException {
    if (!files.isEmpty()) loadModels();
    try {
      Parallel.<Path, AnnotatedDocument>map(files, threads, this::process, (file, doc, failure) ->
          sink.accept(new Outcome(file, doc, failure == null ? null : failure(file, failure))));
    } finally {
      stopWorkers();
    }
  }

  /** Receives outcomes. */
  public interface OutcomeSink {
    void accept(Outcome outcome) throws IOException;
  }

  /** Stops the worker processes; they start again if more files come. */
  public synchronized void stopWorkers() {
    if (workers != null) workers.close();
    workers = null;
  }

  @Override
  public void close() {
    stopWorkers();
    bounded.shutdownNow();
  }
}

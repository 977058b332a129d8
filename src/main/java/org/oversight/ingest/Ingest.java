package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.oversight.annotate.Annotator;
import org.oversight.extract.ExtractionException;
import org.oversight.extract.Extractor;
import org.oversight.fetch.Manifest;
import org.oversight.fetch.ManifestEntry;
import org.oversight.model.PageEvidence;
import org.oversight.model.ExtractedDocument;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;

/**
 * The ingest run: walks files and folders, and for each document extracts, annotates and indexes it, on all cores.
 * Unchanged files are skipped before any parsing; the language models are loaded only if some file needs them. A
 * bad file is reported and skipped; everything else is committed in one step at the end.
 */
public final class Ingest {
  /**
   * Run settings.
   *
   * @param timeout how long one document may take to extract and annotate before it is given up
   */
  public record Options(Path index, int threads, long maxBytes, Duration timeout) {
    /** The default per-document time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public Options(Path index, int threads, long maxBytes) {
      this(index, threads, maxBytes, DEFAULT_TIMEOUT);
    }
  }

  /** A file that could not be ingested, and why. */
  public record Failure(Path file, String reason) {}

  /** What a run did. */
  public record Report(int files, int added, int replaced, int unchanged, int duplicates, List<Failure> failures,
      long tokens, long pagesWithoutText, Duration elapsed) {
    public boolean failed() {
      return !failures.isEmpty();
    }
  }

  /** Told of each file as it is done, for progress display. */
  public interface Listener {
    default void started(int files) {}

    default void done(Path file) {}
  }

  private final Options options;
  private final Supplier<Annotator> annotators;
  private volatile Annotator annotator;

  /** @param annotators builds the annotator on first need (it loads CoreNLP's models, which takes seconds) */
  public Ingest(Options options, Supplier<Annotator> annotators) {
    this.options = options;
    this.annotators = annotators;
  }

  /** Lists the files under the given paths: regular, not hidden, in a stable order. */
  public static List<Path> walk(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.walk(in)) {
          s.filter(Files::isRegularFile).filter(p -> !isHidden(in, p))
              .filter(p -> !p.getFileName().toString().startsWith("manifest.jsonl"))
              .sorted(Comparator.naturalOrder())
              .forEach(files::add);
        }
      } else {
        files.add(in);
      }
    }
    return files;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  public Report run(List<Path> inputs, Listener listener) throws IOException {
    long t0 = System.nanoTime();
    List<Path> files = walk(inputs);
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger added = new AtomicInteger();
    AtomicInteger replaced = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    AtomicLong pagesWithoutText = new AtomicLong();
    Extractor extractor = new Extractor(options.maxBytes());
    listener.started(files.size());
    try (CorpusIndex index = CorpusIndex.open(options.index())) {
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (Path file : files) {
          tasks.add(pool.submit(() -> {
            try {
              if (!Files.exists(file)) throw new ExtractionException("no such file");
              Extractor.Loaded loaded = extractor.load(file);
              String path = file.toAbsolutePath().normalize().toString();
              String id = loaded.source().id();
              CorpusIndex.State state = index.claim(path, id);
              switch (state) {
                case UNCHANGED -> unchanged.incrementAndGet();
                case DUPLICATE -> duplicates.incrementAndGet();
                case NEW, CHANGED -> {
                  try {
                    Annotator a = annotator();
                    ManifestEntry fetched = fetchedAs(file);
                    AnnotatedDocument annotated = withinTimeout(() -> a.annotate(
                        withEvidence(extractor.extract(loaded), fetched)));
                    index.put(annotated, path);
                    String blank = annotated.document().metadata().get(Extractor.PAGES_WITHOUT_TEXT);
                    if (blank != null) pagesWithoutText.addAndGet(Long.parseLong(blank));
                    tokens.addAndGet(annotated.tokens());
                    (state == CorpusIndex.State.NEW ? added : replaced).incrementAndGet();
                  } catch (Exception | StackOverflowError e) {
                    index.release(id);
                    throw e;
                  }
                }
              }
            } catch (ExtractionException e) {
              failures.add(new Failure(file, e.getMessage()));
            } catch (Exception | StackOverflowError e) {
              failures.add(new Failure(file, "internal error: " + e));
            } finally {
              listener.done(file);
            }
          }));
        }
        for (Future<?> f : tasks) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted; nothing from this run was committed", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
      index.commit();
    }
    failures.sort(Comparator.comparing(f -> f.file().toString()));
    return new Report(files.size(), added.get(), replaced.get(), unchanged.get(), duplicates.get(),
        List.copyOf(failures), tokens.get(), pagesWithoutText.get(), Duration.ofNanos(System.nanoTime() - t0));
  }

  private final Map<Path, Manifest> manifests = new java.util.HashMap<>();

  private synchronized ManifestEntry fetchedAs(Path file) throws IOException {
    return Manifest.describing(file, manifests);
  }

  /**
   * What the page a document was found on said of it (its report, the report's date, the force its link named),
   * added to the document's metadata, where the domain rules take it as strong evidence.
   */
  static ExtractedDocument withEvidence(ExtractedDocument doc, ManifestEntry e) {
    if (e == null) return doc;
    Map<String, String> md = new java.util.LinkedHashMap<>(doc.metadata());
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

  /** Work that may hang (a parser caught in a loop) runs on its own thread, abandoned when it takes too long. */
  private final ExecutorService bounded = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "oversight-document");
    t.setDaemon(true);
    return t;
  });

  private interface Work {
    AnnotatedDocument run() throws ExtractionException;
  }

  private AnnotatedDocument withinTimeout(Work work) throws ExtractionException, InterruptedException {
    Future<AnnotatedDocument> f = bounded.submit(work::run);
    try {
      return f.get(options.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      f.cancel(true);
      throw new ExtractionException("timed out after " + options.timeout().toSeconds()
          + " s (--timeout): parsing and annotating did not finish");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof ExtractionException x) throw x;
      if (e.getCause() instanceof RuntimeException x) throw x;
      if (e.getCause() instanceof Error x) throw x;
      throw new IllegalStateException(e.getCause());
    }
  }

  private Annotator annotator() {
    Annotator a = annotator;
    if (a == null) {
      synchronized (this) {
        if (annotator == null) annotator = annotators.get();
        a = annotator;
      }
    }
    return a;
  }
}

package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.oversight.annotate.Annotator;
import org.oversight.extract.ExtractionException;
import org.oversight.extract.Extractor;
import org.oversight.fetch.Manifest;
import org.oversight.fetch.ManifestEntry;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.model.PageEvidence;

/**
 * One document through the stages, the same way for {@code ingest}, {@code extract} and {@code eval}: read the file
 * (its identity is the SHA-256 of its bytes), extract and clean its text, add what the page it was found on said of
 * it (the corpus manifest), and annotate it, extraction and annotation together within a time limit. The language
 * models are loaded on first need. One pipeline serves a run and is shared by its worker threads.
 */
public final class DocumentPipeline {
  /**
   * Limits for one document.
   *
   * @param maxBytes files larger than this are refused before they are read
   * @param timeout how long extraction and annotation of one document may take before it is given up
   */
  public record Limits(long maxBytes, Duration timeout) {
    /** The default per-document time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** 100 MB and five minutes. */
    public static Limits defaults() {
      return new Limits(Extractor.DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }
  }

  private final Limits limits;
  private final Extractor extractor;
  private final Supplier<Annotator> annotators;
  private volatile Annotator annotator;
  private final Map<Path, Manifest> manifests = new HashMap<>();
  /** Work that may hang (a parser caught in a loop) runs on its own thread, abandoned when it takes too long. */
  private final ExecutorService bounded = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "oversight-document");
    t.setDaemon(true);
    return t;
  });

  /** @param annotators builds the annotator on first need (it loads CoreNLP's models, which takes seconds) */
  public DocumentPipeline(Limits limits, Supplier<Annotator> annotators) {
    this.limits = limits;
    this.extractor = new Extractor(limits.maxBytes());
    this.annotators = annotators;
  }

  /** Reads a file and identifies it by its bytes, before any parsing. */
  public Extractor.Loaded load(Path file) throws ExtractionException {
    if (!Files.exists(file)) throw new ExtractionException(FailureKind.UNREADABLE, "no such file");
    return extractor.load(file);
  }

  /** Extracts and annotates a loaded file, with the page evidence of the corpus it lies in. */
  public AnnotatedDocument process(Extractor.Loaded loaded) throws ExtractionException {
    Annotator a = annotator();
    ManifestEntry fetched = fetchedAs(loaded.source().path());
    return withinTimeout(() -> a.annotate(withEvidence(extractor.extract(loaded), fetched)));
  }

  /** Loads, extracts and annotates a file. */
  public AnnotatedDocument process(Path file) throws ExtractionException {
    return process(load(file));
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

  private interface Work {
    AnnotatedDocument run() throws ExtractionException;
  }

  private AnnotatedDocument withinTimeout(Work work) throws ExtractionException {
    Future<AnnotatedDocument> f = bounded.submit(work::run);
    try {
      return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ExtractionException(FailureKind.TIMEOUT, "timed out after " + limits.timeout().toSeconds()
          + " s (--timeout): parsing and annotating did not finish");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(FailureKind.INTERNAL, "interrupted");
    } catch (ExecutionException e) {
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

  /** A file's outcome: its annotated document, or why it failed. */
  public record Outcome(Path file, AnnotatedDocument document, Failure failure) {}

  /** Processes files on {@code threads} threads, handing each outcome to {@code sink} in the files' order. */
  public void each(List<Path> files, int threads, OutcomeSink sink) throws IOException, InterruptedException {
    Parallel.<Path, AnnotatedDocument>map(files, threads, this::process, (file, doc, failure) ->
        sink.accept(new Outcome(file, doc, failure == null ? null : failure(file, failure))));
  }

  /** Receives outcomes. */
  public interface OutcomeSink {
    void accept(Outcome outcome) throws IOException;
  }
}

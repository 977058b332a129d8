package org.oversight.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.oversight.annotate.Annotator;
import org.oversight.extract.ExtractionException;
import org.oversight.extract.Extractor;
import org.oversight.index.CorpusIndex;
import org.oversight.index.StoredFailure;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;

/**
 * The ingest run: walks files and folders and, for each file, runs the {@link DocumentPipeline} and writes the result
 * to the index, on all cores. No single file can end the run: a bad file is named with its reason (and kept in the
 * index as a failure, not read again while it is unchanged); a parser that runs out of memory or crashes does so in a
 * worker process. Unchanged files are skipped before any parsing, so the language models are loaded only if some file
 * needs them. The run commits every so many files or seconds, so a run that dies keeps all but its last batch and the
 * next run does only the rest.
 */
public final class Ingest {
  /**
   * Run settings.
   *
   * @param index the index folder
   * @param threads worker threads
   * @param limits per-file limits
   * @param isolation which files are read in worker processes
   * @param retryFailed read again the files the index knows failed, even unchanged
   * @param prune remove from the index the files gone from the folders given
   * @param commitEveryFiles commit after this many files ...
   * @param commitEvery ... or this long after the last commit
   */
  public record Options(Path index, int threads, DocumentPipeline.Limits limits, Isolation isolation,
      boolean retryFailed, boolean prune, int commitEveryFiles, Duration commitEvery) {
    public Options(Path index, int threads, DocumentPipeline.Limits limits) {
      this(index, threads, limits, Isolation.defaults(), false, false, CorpusIndex.COMMIT_EVERY_FILES,
          CorpusIndex.COMMIT_EVERY);
    }

    public Options(Path index, int threads, long maxBytes) {
      this(index, threads, new DocumentPipeline.Limits(maxBytes, DocumentPipeline.Limits.DEFAULT_TIMEOUT));
    }

    public Options isolated(Isolation how) {
      return new Options(index, threads, limits, how, retryFailed, prune, commitEveryFiles, commitEvery);
    }

    public Options retryingFailures(boolean retry) {
      return new Options(index, threads, limits, isolation, retry, prune, commitEveryFiles, commitEvery);
    }

    public Options pruning(boolean remove) {
      return new Options(index, threads, limits, isolation, retryFailed, remove, commitEveryFiles, commitEvery);
    }

    public Options committingEvery(int files, Duration every) {
      return new Options(index, threads, limits, isolation, retryFailed, prune, files, every);
    }
  }

  /**
   * What a run did.
   *
   * @param files files found
   * @param added files indexed for the first time
   * @param replaced changed files indexed again
   * @param unchanged files the index already held as they are
   * @param duplicates files (and documents inside archives) whose content the index holds under another name
   * @param failures every file (or folder) that could not be read, once each, with its reason
   * @param tokens tokens the language pipeline read
   * @param pagesWithoutText PDF pages that gave no text
   * @param elapsed wall time
   * @param knownFailures unchanged files that failed in an earlier run, not read again
   * @param skipped files that are not documents (and links followed twice ...), counted by reason
   * @param inside documents indexed from inside archives and messages
   * @param gone files the index holds that are no longer in the folders given
   * @param pruned whether the gone files were removed from the index
   * @param readAgain files a previous run died while reading, read this time in a worker process
   * @param documentsWithoutText documents that had pages without text
   * @param notDocuments files skipped as not documents (among {@code skipped})
   * @param indexed the ids of the documents this run added or replaced, sorted: what saved searches run over
   */
  public record Report(int files, int added, int replaced, int unchanged, int duplicates, List<Failure> failures,
      long tokens, long pagesWithoutText, Duration elapsed, int knownFailures, Map<String, Integer> skipped,
      int inside, List<String> gone, boolean pruned, List<String> readAgain, int documentsWithoutText,
      int notDocuments, List<String> indexed) {
    public boolean failed() {
      return !failures.isEmpty();
    }

    /** Failures counted by kind, in the kinds' order. */
    public Map<FailureKind, Integer> failuresByKind() {
      Map<FailureKind, Integer> out = new EnumMap<>(FailureKind.class);
      for (Failure f : failures) out.merge(f.kind(), 1, Integer::sum);
      return out;
    }

    /** Files skipped as not documents, in all. */
    public int skippedCount() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether any file found may be a document, rather than none at all or only files that are not documents. */
    public boolean foundDocuments() {
      return files > notDocuments;
    }
  }

  /** Told of each file as it is done, for progress display. */
  public interface Listener {
    default void started(int files) {}

    default void done(Path file) {}
  }

  private final Options options;
  private final Supplier<Annotator> annotators;

  /** @param annotators builds the annotator on first need (it loads CoreNLP's models, which takes seconds) */
  public Ingest(Options options, Supplier<Annotator> annotators) {
    this.options = options;
    this.annotators = annotators;
  }

  /** Lists the files under the given paths: regular, not hidden, in a stable order. */
  public static List<Path> walk(List<Path> inputs) throws IOException {
    return Walk.of(inputs, null).files();
  }

  /** The log file beside an index, where libraries' messages go during a run. */
  public static Path logOf(Path index) {
    return index.resolve("oversight.log");
  }

  /** What one run counts, from all its threads. */
  private static final class Tally {
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger replaced = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger known = new AtomicInteger();
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger withoutText = new AtomicInteger();
    final AtomicInteger notDocuments = new AtomicInteger();
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong pagesWithoutText = new AtomicLong();
    final Map<String, Integer> skipped = new ConcurrentHashMap<>();
    final List<String> indexed = Collections.synchronizedList(new ArrayList<>());

    void notADocument(String reason) {
      skipped.merge(reason, 1, Integer::sum);
      notDocuments.incrementAndGet();
    }
  }

  /**
   * Ingests the files under {@code inputs}; with {@link Options#retryFailed()} and no inputs, the files the index
   * knows failed.
   */
  public Report run(List<Path> inputs, Listener listener) throws IOException {
    long t0 = System.nanoTime();
    PrintStream terminal = LibraryLog.terminal();
    Walk walk = Walk.of(inputs, options.index());
    Tally tally = new Tally();
    tally.failures.addAll(walk.failures());
    walk.skipped().forEach((reason, n) -> tally.skipped.merge(reason, n, Integer::sum));
    List<String> gone = new ArrayList<>();
    List<String> readAgain = new ArrayList<>();
    Files.createDirectories(options.index());
    // workers' messages go where the run's own libraries' go: the log beside the index, or the terminal (--verbose)
    Isolation isolation = options.isolation().log() != null || LibraryLog.onTerminal() ? options.isolation()
        : options.isolation().loggingTo(logOf(options.index()).toAbsolutePath());
    int fileCount;
    try (CorpusIndex index = CorpusIndex.open(options.index())
            .committingEvery(options.commitEveryFiles(), options.commitEvery());
        DocumentPipeline pipeline = new DocumentPipeline(options.limits(), annotators, isolation, options.threads());
        InFlight inFlight = InFlight.open(options.index(), terminal)) {
      boolean failuresOnly = options.retryFailed() && inputs.isEmpty();
      List<Path> files = toRead(walk, index, failuresOnly);
      Set<String> present = new HashSet<>();
      for (Path f : files) present.add(FileNames.identity(f));
      for (String source : goneFrom(walk, index, present, failuresOnly)) {
        gone.add(FileNames.display(source));
        if (options.prune()) index.remove(source);
      }
      for (String left : inFlight.leftovers()) {
        if (present.contains(left)) readAgain.add(FileNames.display(left));
      }
      fileCount = files.size();
      listener.started(files.size());
      Parallel.<Path, Void>map(files, pipeline.threadsFor(options.threads()), file -> {
        if (index.broken() == null) {
          pipeline.inTurn(() -> {
            one(file, index, pipeline, inFlight, tally);
            return null;
          });
        }
        listener.done(file);
        index.commitIfDue();
        return null;
      }, (file, nothing, failure) -> {
        if (failure != null) tally.failures.add(DocumentPipeline.failure(file, failure));
      });
      if (index.broken() != null) {
        throw new IOException("the index could not be written (" + index.broken() + "); what was committed before "
            + "is kept, and the next run does the rest", index.broken());
      }
      index.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; the last batch of this run was not committed", e);
    }
    List<Failure> failures = new ArrayList<>(tally.failures);
    failures.sort(Comparator.comparing(f -> f.file().toString()));
    return new Report(fileCount, tally.added.get(),
        tally.replaced.get(), tally.unchanged.get(), tally.duplicates.get(), List.copyOf(failures),
        tally.tokens.get(), tally.pagesWithoutText.get(), Duration.ofNanos(System.nanoTime() - t0),
        tally.known.get(), new TreeMap<>(tally.skipped), tally.inside.get(), List.copyOf(gone), options.prune(),
        List.copyOf(readAgain), tally.withoutText.get(), tally.notDocuments.get(),
        tally.indexed.stream().sorted().toList());
  }

  /** The files walked, or with {@code failuresOnly} the known failures that are still there. */
  private static List<Path> toRead(Walk walk, CorpusIndex index, boolean failuresOnly) {
    if (!failuresOnly) return walk.files();
    List<Path> files = new ArrayList<>();
    for (StoredFailure f : index.failures()) {
      Path file = FileNames.path(f.source());
      if (Files.exists(file)) files.add(file); // a failed file gone since is reported as gone
    }
    return files;
  }

  /** Files the index holds under the folders walked that the walk did not find (nor could have: unread folders). */
  private static List<String> goneFrom(Walk walk, CorpusIndex index, Set<String> present, boolean failuresOnly) {
    List<String> out = new ArrayList<>();
    if (failuresOnly) {
      for (StoredFailure f : index.failures()) {
        if (!Files.exists(FileNames.path(f.source()))) out.add(f.source());
      }
      return out;
    }
    List<String> unread = walk.unread().stream().map(FileNames::folderIdentity).toList();
    for (Path folder : walk.folders()) {
      for (String source : index.sourcesUnder(FileNames.folderIdentity(folder))) {
        if (present.contains(source) || unread.stream().anyMatch(source::startsWith)) continue;
        if (!Files.exists(FileNames.path(source))) out.add(source);
      }
    }
    return out;
  }

  /** One file, start to end; whatever happens to it is counted, and only an index that cannot be written stops. */
  private void one(Path file, CorpusIndex index, DocumentPipeline pipeline, InFlight inFlight, Tally tally)
      throws IOException {
    String source = FileNames.identity(file);
    BasicFileAttributes attrs = null;
    String id = null;
    inFlight.begin(file);
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (!options.retryFailed() && index.knownFailure(source, attrs.size(), attrs.lastModifiedTime().toMillis())
          != null) {
        tally.known.incrementAndGet();
        return;
      }
      Extractor.Loaded loaded = pipeline.load(file);
      id = loaded.source().id();
      CorpusIndex.State state = index.claim(source, id);
      switch (state) {
        case UNCHANGED -> {
          tally.unchanged.incrementAndGet();
          index.forgetFailure(source);
        }
        case DUPLICATE -> {
          tally.duplicates.incrementAndGet();
          index.forgetFailure(source);
        }
        case NEW, CHANGED -> {
          boolean claimed = true;
          pipeline.loadModels();
          try {
            Extractor.Detected detected = pipeline.detected(file); // from its first bytes, before any parser
            if (detected != null && detected.notADocument() != null) {
              tally.notADocument(detected.notADocument());
              index.forgetFailure(source);
              return;
            }
            index(loaded, detected, state, source, index, pipeline, inFlight, tally);
            claimed = false;
          } finally {
            if (claimed) index.release(id);
          }
        }
      }
    } catch (ExtractionException e) {
      if (e.kind() == FailureKind.NOT_A_DOCUMENT) {
        tally.notADocument(e.getMessage().replaceFirst("^not a document: ", ""));
        index.forgetFailure(source);
      } else {
        failed(new Failure(file, e.kind(), e.getMessage()), attrs, id, source, index, tally);
      }
    } catch (NoSuchFileException e) {
      failed(new Failure(file, FailureKind.UNREADABLE, "no such file"), null, null, source, index, tally);
    } catch (IOException e) {
      if (index.broken() != null) throw e;
      failed(new Failure(file, FailureKind.UNREADABLE, "cannot read file: " + e.getMessage()), attrs, id, source,
          index, tally);
    } catch (OutOfMemoryError e) {
      inFlight.dying(); // if the run cannot recover, the next one reads this file in a worker
      failed(new Failure(file, FailureKind.OUT_OF_MEMORY, "ran out of memory in the run's own process (heap "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB; --isolate reads every file in a worker process)"),
          attrs, id, source, index, tally);
    } catch (StackOverflowError e) {
      failed(new Failure(file, FailureKind.TOO_DEEP, "refused: nests too deeply to process"), attrs, id, source,
          index, tally);
    } catch (RuntimeException e) {
      failed(new Failure(file, FailureKind.INTERNAL, "internal error: " + e), attrs, id, source, index, tally);
    } finally {
      inFlight.end();
    }
  }

  private void index(Extractor.Loaded loaded, Extractor.Detected detected, CorpusIndex.State state, String source,
      CorpusIndex index, DocumentPipeline pipeline, InFlight inFlight, Tally tally)
      throws ExtractionException, IOException {
    DocumentPipeline.Processed done = pipeline.processAll(loaded, inFlight.leftovers().contains(source), detected);
    List<AnnotatedDocument> kept = new ArrayList<>();
    for (AnnotatedDocument d : done.documents()) {
      boolean embedded = d.document().metadata().containsKey(ExtractedDocument.EMBEDDED_PATH);
      if (embedded && !index.claimInside(source, d.document().source().id())) {
        tally.duplicates.incrementAndGet();
        continue;
      }
      kept.add(d);
      if (embedded) tally.inside.incrementAndGet();
      String blank = d.document().metadata().get(Extractor.PAGES_WITHOUT_TEXT);
      if (blank != null) {
        tally.pagesWithoutText.addAndGet(Long.parseLong(blank));
        tally.withoutText.incrementAndGet();
      }
      tally.tokens.addAndGet(d.tokens());
    }
    tally.failures.addAll(done.inside());
    index.put(kept, source, loaded.source().id()); // with none kept, the index still knows the file as read
    for (AnnotatedDocument d : kept) tally.indexed.add(d.document().source().id());
    if (!kept.isEmpty()) (state == CorpusIndex.State.NEW ? tally.added : tally.replaced).incrementAndGet();
  }

  private static void failed(Failure failure, BasicFileAttributes attrs, String id, String source, CorpusIndex index,
      Tally tally) throws IOException {
    tally.failures.add(failure);
    if (attrs != null) {
      index.fail(new StoredFailure(source, failure.file().toAbsolutePath().normalize().toString(),
          failure.file().getFileName().toString(), failure.kind(), failure.reason(), attrs.size(),
          attrs.lastModifiedTime().toMillis(), id, Instant.now().toString()));
    }
  }
}

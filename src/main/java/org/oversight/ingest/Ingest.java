package org.oversight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.oversight.annotate.Annotator;
import org.oversight.extract.Extractor;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;

/**
 * The ingest run: walks files and folders and, for each document, runs the {@link DocumentPipeline} and writes the
 * result to the index, on all cores. Unchanged files are skipped before any parsing, so the language models are
 * loaded only if some file needs them. A bad file is reported and skipped; everything else is committed in one step
 * at the end.
 */
public final class Ingest {
  /**
   * Run settings.
   *
   * @param index the index folder
   * @param threads worker threads
   * @param limits per-document limits
   */
  public record Options(Path index, int threads, DocumentPipeline.Limits limits) {
    public Options(Path index, int threads, long maxBytes) {
      this(index, threads, new DocumentPipeline.Limits(maxBytes, DocumentPipeline.Limits.DEFAULT_TIMEOUT));
    }
  }

  /**
   * What a run did.
   *
   * @param indexed the ids of the documents this run added or replaced, sorted: what saved searches run over
   */
  public record Report(int files, int added, int replaced, int unchanged, int duplicates, List<Failure> failures,
      long tokens, long pagesWithoutText, Duration elapsed, List<String> indexed) {
    public boolean failed() {
      return !failures.isEmpty();
    }

    /** Failures counted by kind, in the kinds' order. */
    public Map<FailureKind, Integer> failuresByKind() {
      Map<FailureKind, Integer> out = new EnumMap<>(FailureKind.class);
      for (Failure f : failures) out.merge(f.kind(), 1, Integer::sum);
      return out;
    }
  }

  /** Told of each file as it is done, for progress display. */
  public interface Listener {
    default void started(int files) {}

    default void done(Path file) {}
  }

  private final Options options;
  private final DocumentPipeline pipeline;

  /** @param annotators builds the annotator on first need (it loads CoreNLP's models, which takes seconds) */
  public Ingest(Options options, Supplier<Annotator> annotators) {
    this.options = options;
    this.pipeline = new DocumentPipeline(options.limits(), annotators);
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
    List<String> indexed = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger added = new AtomicInteger();
    AtomicInteger replaced = new AtomicInteger();
    AtomicInteger unchanged = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    AtomicLong pagesWithoutText = new AtomicLong();
    listener.started(files.size());
    try (CorpusIndex index = CorpusIndex.open(options.index())) {
      Parallel.<Path, Void>map(files, options.threads(), file -> {
        try {
          Extractor.Loaded loaded = pipeline.load(file);
          String path = file.toAbsolutePath().normalize().toString();
          String id = loaded.source().id();
          CorpusIndex.State state = index.claim(path, id);
          switch (state) {
            case UNCHANGED -> unchanged.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            case NEW, CHANGED -> {
              try {
                AnnotatedDocument annotated = pipeline.process(loaded);
                index.put(annotated, path);
                indexed.add(id);
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
        } catch (Exception e) {
          failures.add(DocumentPipeline.failure(file, e));
        } catch (StackOverflowError e) {
          failures.add(new Failure(file, FailureKind.TOO_DEEP, "refused: nests too deeply to process"));
        } finally {
          listener.done(file);
        }
        return null;
      }, (file, nothing, failure) -> {
        if (failure != null) failures.add(DocumentPipeline.failure(file, failure));
      });
      index.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; nothing from this run was committed", e);
    }
    failures.sort(Comparator.comparing(f -> f.file().toString()));
    return new Report(files.size(), added.get(), replaced.get(), unchanged.get(), duplicates.get(),
        List.copyOf(failures), tokens.get(), pagesWithoutText.get(), Duration.ofNanos(System.nanoTime() - t0),
        indexed.stream().sorted().toList());
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.oversight.annotate.Annotator;
import org.oversight.extract.Extractor;
import org.oversight.extract.Ocr;
import org.oversight.extract.Workers;
import org.oversight.ingest.DocumentPipeline;
import org.oversight.ingest.FileNames;
import org.oversight.ingest.Ingest;
import org.oversight.ingest.Isolation;
import org.oversight.ingest.LibraryLog;
import org.oversight.model.Failure;
import org.oversight.model.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Extract, annotate and index documents (files or folders).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest (none with "
      + "--retry-failed: the files the index knows failed).")
  List<Path> paths = List.of();

  @Mixin Options.Index index;
  @Mixin Settings settings;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table or json.")
  OutputFormat format;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Option(names = "--retry-failed", description = "Read again the files that failed in earlier runs, even unchanged "
      + "(without PATH: only those).")
  boolean retryFailed;

  @Option(names = "--prune", description = "Remove from the index the files no longer in the folders given.")
  boolean prune;

  @Option(names = "--verbose", description = "Show the libraries' messages on the terminal instead of the log "
      + "beside the index.")
  boolean verbose;

  /** How an ingest runs, shared with {@code update} and {@code extract}. */
  static final class Settings {
    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", description = "Refuse files larger than this (default: 100 MB).")
    long maxBytes = Extractor.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", defaultValue = "300",
        description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--isolate", description = "Read every file in a worker process (default: every format but "
        + "plain text and web pages).")
    boolean isolate;

    @Option(names = "--in-process", description = "Read every file in this process: quicker to start, but a file "
        + "that fills the memory or crashes a parser ends the run. For debugging.")
    boolean inProcess;

    @Option(names = "--worker-heap", paramLabel = "MB",
        description = "Memory each worker process may use to read one file (default: " + Workers.Settings.DEFAULT_HEAP_MB
            + " MB).")
    int workerHeap = Workers.Settings.DEFAULT_HEAP_MB;

    Ingest.Options options(Path index) {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      Isolation.Mode mode = inProcess ? Isolation.Mode.NONE
          : isolate ? Isolation.Mode.EVERY_FILE : Isolation.Mode.RISKY_FORMATS;
      return new Ingest.Options(index, n, new DocumentPipeline.Limits(maxBytes, Duration.ofSeconds(timeout)))
          .isolated(new Isolation(mode, workerHeap, null));
    }
  }

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty() && !retryFailed) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give the files or folders to ingest (PATH), "
          + "or --retry-failed");
    }
    if (settings.isolate && settings.inProcess) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--isolate and --in-process exclude each other");
    }
    return run(spec, paths, index.index, settings.options(index.index).retryingFailures(retryFailed).pruning(prune),
        format, !noProgress, verbose);
  }

  /** Runs an ingest and prints its summary and failures; the exit code says whether any file failed. */
  static int run(CommandSpec spec, List<Path> paths, Path index, Settings settings, OutputFormat format,
      boolean progressWanted) throws Exception {
    return run(spec, paths, index, settings.options(index), format, progressWanted, false);
  }

  private static int run(CommandSpec spec, List<Path> paths, Path index, Ingest.Options options,
      OutputFormat format, boolean progressWanted, boolean verbose) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingest ingest = new Ingest(options, Annotator::shared);
    Ingest.Report report;
    Path log;
    try (LibraryLog libraries = LibraryLog.open(Ingest.logOf(index), verbose);
        Progress progress = new Progress(progressWanted && System.console() != null)) {
      log = libraries.file();
      report = ingest.run(paths, progress);
    }
    for (Failure f : report.failures()) {
      err.println("failed: " + FileNames.display(f.file()) + ": " + f.reason());
    }
    for (String g : report.gone()) {
      err.println((report.pruned() ? "removed: " : "gone: ") + g + (report.pruned() ? " (no longer there)"
          : " (indexed earlier, no longer there; --prune removes it from the index)"));
    }
    if (!report.readAgain().isEmpty()) {
      err.println("note: the previous run ended while reading " + String.join(", ", report.readAgain())
          + "; read again in a worker process");
    }
    if (report.pagesWithoutText() > 0) {
      // said once a run, not once a file
      err.println("note: " + report.pagesWithoutText() + (report.pagesWithoutText() == 1 ? " PDF page" : " PDF pages")
          + " in " + report.documentsWithoutText() + (report.documentsWithoutText() == 1 ? " document" : " documents")
          + " had no text layer" + (Ocr.available() ? " and OCR found none" : "; " + Ocr.howToInstall()));
    }
    if (report.knownFailures() > 0) {
      err.println("note: " + report.knownFailures() + (report.knownFailures() == 1 ? " file" : " files")
          + " failed in an earlier run and did not change: not read again (oversight failures lists them; "
          + "--retry-failed reads them again)");
    }
    if (!report.foundDocuments() && report.failures().isEmpty() && !(options.retryFailed() && paths.isEmpty())) {
      err.println("oversight: no documents found under " + String.join(", ", paths.stream().map(FileNames::display)
          .toList()) + (report.notDocuments() > 0 ? " (" + skips(report) + ")" : ""));
      err.flush();
      return 1;
    }
    if (format == OutputFormat.json || format == OutputFormat.jsonl) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("files", report.files());
      m.put("added", report.added());
      m.put("replaced", report.replaced());
      m.put("unchanged", report.unchanged());
      m.put("duplicates", report.duplicates());
      m.put("failed", report.failures().size());
      m.put("failed_by_kind", report.failuresByKind());
      m.put("failures", report.failures().stream()
          .map(f -> Map.of("file", FileNames.display(f.file()), "kind", f.kind().id(), "reason", f.reason()))
          .toList());
      m.put("known_failures", report.knownFailures());
      m.put("skipped", report.skipped());
      m.put("inside_archives", report.inside());
      m.put("gone", report.gone());
      m.put("pruned", report.pruned() ? report.gone().size() : 0);
      m.put("read_again", report.readAgain());
      m.put("tokens", report.tokens());
      m.put("pages_without_text", report.pagesWithoutText());
      m.put("documents_without_text", report.documentsWithoutText());
      m.put("seconds", report.elapsed().toMillis() / 1000.0);
      m.put("log", log == null ? null : log.toString());
      out.println(Json.MAPPER.writeValueAsString(m));
    } else {
      out.printf("%d files: %d added, %d replaced, %d unchanged, %d duplicates, %d failed%s%s (%.1f s, index %s)%n",
          report.files(), report.added(), report.replaced(), report.unchanged(), report.duplicates(),
          report.failures().size(), report.knownFailures() > 0 ? ", " + report.knownFailures() + " known failures"
              : "", report.skipped().isEmpty() ? "" : "; skipped " + skips(report),
          report.elapsed().toMillis() / 1000.0, index);
    }
    out.flush();
    err.flush();
    return report.failed() ? 1 : 0;
  }

  /** "3 not documents: 2 image (no OCR), 1 font". */
  private static String skips(Ingest.Report report) {
    StringBuilder sb = new StringBuilder();
    report.skipped().forEach((reason, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(reason));
    return sb.toString();
  }

  /** A progress bar on the terminal: documents done, rate, time left. Silent when output is not a terminal. */
  private static final class Progress implements Ingest.Listener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;

    Progress(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public void started(int files) {
      if (enabled) {
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" docs", 1)
            .setStyle(ProgressBarStyle.ASCII).showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(LibraryLog.terminal())).build();
      }
    }

    @Override
    public void done(Path file) {
      if (bar != null) bar.step();
    }

    @Override
    public void close() {
      if (bar != null) bar.close();
    }
  }
}

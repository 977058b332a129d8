package org.oversight.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "ingest", description = "Extract, annotate and index documents (files or folders).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest (none with "
      + "--retry-failed: the files the index knows failed).")
  List<Path> paths = List.of();

  @Mixin Options.Index index;
  @Mixin Settings settings;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table, json or jsonl (one "
      + "line of JSON) (default: ${DEFAULT-VALUE}).")
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
    @Option(names = "--threads", converter = Options.AtLeastOne.class,
        description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", converter = Options.Positive.class,
        description = "Refuse files larger than this (default: 100 MB).")
    long maxBytes = Extractor.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", defaultValue = "300", converter = Options.Positive.class,
        description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--isolate", description = "Read every file in a worker process (default: every format but "
        + "plain text and web pages).")
    boolean isolate;

    @Option(names = "--in-process", description = "Read every file in this process: quicker to start, but a file "
        + "that fills the memory or crashes a parser ends the run. For debugging.")
    boolean inProcess;

    @Option(names = "--worker-heap", paramLabel = "MB", converter = Options.AtLeastOne.class,
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
    Options.require(spec, format, OutputFormat.table, OutputFormat.json, OutputFormat.jsonl);
    return run(spec, paths, index.index, settings.options(index.index).retryingFailures(retryFailed).pruning(prune),
        format, !noProgress, verbose, null);
  }

  /** Runs an ingest and prints its summary and failures; the exit code says whether any file failed. */
  static int run(CommandSpec spec, List<Path> paths, Path index, Settings settings, OutputFormat format,
      boolean progressWanted) throws Exception {
    return run(spec, paths, index, settings, format, progressWanted, null);
  }

  /**
   * Runs an ingest, then the saved searches over what it added or changed, and prints the summary, the new matches
   * and the failures; with {@code into} given, the JSON summary is put there instead of printed ({@code update}
   * prints one object for both of its steps). The exit code says whether any file or saved search failed.
   */
  static int run(CommandSpec spec, List<Path> paths, Path index, Settings settings, OutputFormat format,
      boolean progressWanted, Map<String, Object> into) throws Exception {
    return run(spec, paths, index, settings.options(index), format, progressWanted, false, into);
  }

  private static int run(CommandSpec spec, List<Path> paths, Path index, Ingest.Options options,
      OutputFormat format, boolean progressWanted, boolean verbose, Map<String, Object> into) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingest.Report report;
    Path log;
    try (LibraryLog libraries = LibraryLog.open(Ingest.logOf(index), verbose);
        Progress progress = new Progress(progressWanted && System.console() != null ? LibraryLog.terminal() : null,
            Progress.REFRESH_MILLIS)) {
      log = libraries.file();
      Ingest ingest = new Ingest(options, () -> {
        progress.loadingModels(true);
        try {
          return Annotator.shared();
        } finally {
          progress.loadingModels(false);
        }
      });
      report = ingest.run(paths, progress);
    }
    Alerts alerts = Alerts.after(index, report.indexed());
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
    alerts.printErrors(err);
    if (into != null || format == OutputFormat.json || format == OutputFormat.jsonl) {
      Map<String, Object> m = into != null ? into : new LinkedHashMap<>();
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
      alerts.putJson(m);
      if (into == null) out.println(Json.MAPPER.writeValueAsString(m));
    } else {
      out.printf("%s: %d added, %d replaced, %d unchanged, %d duplicates, %d failed%s%s (%.1f s, index %s)%n",
          Plural.of(report.files(), "file"), report.added(), report.replaced(), report.unchanged(),
          report.duplicates(), report.failures().size(), report.knownFailures() > 0 ? ", "
              + Plural.of(report.knownFailures(), "known failure") : "",
          report.skipped().isEmpty() ? "" : "; skipped " + skips(report), report.elapsed().toMillis() / 1000.0, index);
      alerts.printTable(out);
    }
    out.flush();
    err.flush();
    return report.failed() || alerts.failed() ? 1 : 0;
  }

  /** "3 not documents: 2 image (no OCR), 1 font". */
  private static String skips(Ingest.Report report) {
    StringBuilder sb = new StringBuilder();
    report.skipped().forEach((reason, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(reason));
    return sb.toString();
  }

  /**
   * A progress bar on the terminal: documents done, rate ("0.3 docs/s"), time left, and while the language models
   * load, a note saying so (the first documents wait for them). Silent when there is no terminal to draw on.
   */
  static final class Progress implements Ingest.Listener, AutoCloseable {
    static final int REFRESH_MILLIS = 1000;
    static final String LOADING = "loading the language models…";
    /** Rates with a leading zero: "0.3 docs/s", not ".3 docs/s". */
    static final DecimalFormat RATE = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final PrintStream stream;
    private final int refreshMillis;
    private ProgressBar bar;
    private boolean loading;

    /** @param stream where to draw, or null for no bar */
    Progress(PrintStream stream, int refreshMillis) {
      this.stream = stream;
      this.refreshMillis = refreshMillis;
    }

    @Override
    public synchronized void started(int files) {
      if (stream != null) {
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" docs", 1)
            .setStyle(ProgressBarStyle.ASCII).showSpeed(RATE).setUpdateIntervalMillis(refreshMillis)
            // redrawn at every interval, not only when a document is done: a note set before the first document
            // (the language models loading) shows, and the elapsed time moves while a long document is read
            .continuousUpdate()
            .setConsumer(new ConsoleProgressBarConsumer(stream, Terminal.width() - 1)).build();
        if (loading) bar.setExtraMessage(LOADING);
      }
    }

    /** Says on the bar that the language models are loading, or no longer. */
    synchronized void loadingModels(boolean now) {
      loading = now;
      if (bar != null) {
        bar.setExtraMessage(now ? LOADING : "");
      }
    }

    @Override
    public synchronized void done(Path file) {
      if (bar != null) bar.step();
    }

    @Override
    public synchronized void close() {
      if (bar != null) bar.close();
    }
  }
}

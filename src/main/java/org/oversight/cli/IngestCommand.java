package org.oversight.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
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
import org.oversight.ingest.DocumentPipeline;
import org.oversight.ingest.Ingest;
import org.oversight.model.Failure;
import org.oversight.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Extract, annotate and index documents (files or folders).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Mixin Options.Index index;
  @Mixin Settings settings;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table, json or jsonl (one "
      + "line of JSON) (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  /** How an ingest runs, shared with {@code update}. */
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

    Ingest.Options options(Path index) {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      return new Ingest.Options(index, n, new DocumentPipeline.Limits(maxBytes, Duration.ofSeconds(timeout)));
    }
  }

  @Override
  public Integer call() throws Exception {
    Options.require(spec, format, OutputFormat.table, OutputFormat.json, OutputFormat.jsonl);
    return run(spec, paths, index.index, settings, format, !noProgress);
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingest.Report report;
    try (Progress progress = new Progress(progressWanted && System.console() != null ? System.err : null,
        Progress.REFRESH_MILLIS)) {
      Ingest ingest = new Ingest(settings.options(index), () -> {
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
      err.println("failed: " + f.file() + ": " + f.reason());
    }
    if (report.pagesWithoutText() > 0) {
      // said once a run, not once a file
      err.println("note: " + report.pagesWithoutText() + " PDF pages had no text layer"
          + (Ocr.available() ? " and OCR found none" : "; " + Ocr.howToInstall()));
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
          .map(f -> Map.of("file", f.file().toString(), "kind", f.kind().id(), "reason", f.reason())).toList());
      m.put("tokens", report.tokens());
      m.put("pages_without_text", report.pagesWithoutText());
      m.put("seconds", report.elapsed().toMillis() / 1000.0);
      alerts.putJson(m);
      if (into == null) out.println(Json.MAPPER.writeValueAsString(m));
    } else {
      out.printf("%s: %d added, %d replaced, %d unchanged, %d duplicates, %d failed (%.1f s, index %s)%n",
          Plural.of(report.files(), "file"), report.added(), report.replaced(), report.unchanged(),
          report.duplicates(), report.failures().size(), report.elapsed().toMillis() / 1000.0, index);
      alerts.printTable(out);
    }
    out.flush();
    return report.failed() || alerts.failed() ? 1 : 0;
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
            .setConsumer(new ConsoleProgressBarConsumer(stream, Terminal.width() - 1)).build();
        if (loading) bar.setExtraMessage(LOADING);
      }
    }

    /** Says on the bar that the language models are loading, or no longer. */
    synchronized void loadingModels(boolean now) {
      loading = now;
      if (bar != null) bar.setExtraMessage(now ? LOADING : "");
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

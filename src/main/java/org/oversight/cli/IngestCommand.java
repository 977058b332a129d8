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

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table or json.")
  OutputFormat format;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  /** How an ingest runs, shared with {@code update}. */
  static final class Settings {
    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", description = "Refuse files larger than this (default: 100 MB).")
    long maxBytes = Extractor.DEFAULT_MAX_BYTES;

    @Option(names = "--timeout", defaultValue = "300",
        description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
    long timeout;

    Ingest.Options options(Path index) {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      return new Ingest.Options(index, n, new DocumentPipeline.Limits(maxBytes, Duration.ofSeconds(timeout)));
    }
  }

  @Override
  public Integer call() throws Exception {
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
    Ingest ingest = new Ingest(settings.options(index), Annotator::shared);
    Ingest.Report report;
    try (Progress progress = new Progress(progressWanted && System.console() != null)) {
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
      out.printf("%d files: %d added, %d replaced, %d unchanged, %d duplicates, %d failed (%.1f s, index %s)%n",
          report.files(), report.added(), report.replaced(), report.unchanged(), report.duplicates(),
          report.failures().size(), report.elapsed().toMillis() / 1000.0, index);
      alerts.printTable(out);
    }
    out.flush();
    return report.failed() || alerts.failed() ? 1 : 0;
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
            .setStyle(ProgressBarStyle.ASCII).showSpeed().setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
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

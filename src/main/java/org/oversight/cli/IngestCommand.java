package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import org.oversight.index.IndexBusyException;
import org.oversight.model.Json;
import org.oversight.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Extract, annotate and index documents (files or folders).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--max-bytes", description = "Refuse files larger than this (default: 100 MB).")
  long maxBytes = Extractor.DEFAULT_MAX_BYTES;

  @Option(names = "--timeout", defaultValue = "300",
      description = "Seconds one document may take before it is given up (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table or json.")
  OutputFormat format;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    Ingest ingest = new Ingest(new Ingest.Options(index, n, maxBytes, java.time.Duration.ofSeconds(timeout)),
        Annotator::shared);
    Progress progress = new Progress(!noProgress && System.console() != null);
    Ingest.Report report;
    try {
      report = ingest.run(paths, progress);
    } catch (IndexBusyException e) {
      err.println("oversight: " + e.getMessage());
      return Main.USAGE;
    } finally {
      progress.close();
    }
    for (Ingest.Failure f : report.failures()) {
      err.println("failed: " + f.file() + ": " + f.reason());
    }
    if (report.pagesWithoutText() > 0) {
      // said once a run, not once a file
      err.println("note: " + report.pagesWithoutText() + " PDF pages had no text layer"
          + (Ocr.available() ? " and OCR found none" : "; " + Ocr.howToInstall()));
    }
    if (format == OutputFormat.json || format == OutputFormat.jsonl) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("files", report.files());
      m.put("added", report.added());
      m.put("replaced", report.replaced());
      m.put("unchanged", report.unchanged());
      m.put("duplicates", report.duplicates());
      m.put("failed", report.failures().size());
      m.put("failures", report.failures().stream()
          .map(f -> Map.of("file", f.file().toString(), "reason", f.reason())).toList());
      m.put("tokens", report.tokens());
      m.put("pages_without_text", report.pagesWithoutText());
      m.put("seconds", report.elapsed().toMillis() / 1000.0);
      out.println(Json.MAPPER.writeValueAsString(m));
    } else {
      out.printf("%d files: %d added, %d replaced, %d unchanged, %d duplicates, %d failed (%.1f s, index %s)%n",
          report.files(), report.added(), report.replaced(), report.unchanged(), report.duplicates(),
          report.failures().size(), report.elapsed().toMillis() / 1000.0, index);
    }
    out.flush();
    return report.failed() ? 1 : 0;
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

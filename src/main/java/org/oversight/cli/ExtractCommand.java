package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oversight.annotate.Annotator;
import org.oversight.extract.ExtractionException;
import org.oversight.extract.Extractor;
import org.oversight.model.Json;
import org.oversight.ingest.Ingest;
import org.oversight.model.AnnotatedDocument;
import org.oversight.eval.ExtractionRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = "Print the extraction record of each file (no index): one JSON object per file.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or json.")
  OutputFormat format;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> all = Ingest.walk(files);
    Extractor extractor = new Extractor();
    Annotator annotator = Annotator.shared();
    ExecutorService pool = Executors.newFixedThreadPool(
        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
    List<Future<AnnotatedDocument>> results = new ArrayList<>();
    for (Path f : all) {
      results.add(pool.submit(() -> annotator.annotate(extractor.extract(f))));
    }
    int failed = 0;
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      try {
        Map<String, Object> rec = ExtractionRecord.of(all.get(i), results.get(i).get());
        if (format == OutputFormat.json) records.add(rec);
        else out.println(Json.MAPPER.writeValueAsString(rec));
      } catch (java.util.concurrent.ExecutionException e) {
        failed++;
        Throwable c = e.getCause();
        err.println("failed: " + all.get(i) + ": "
            + (c instanceof ExtractionException ? c.getMessage() : "internal error: " + c));
      }
      out.flush();
    }
    pool.shutdown();
    if (format == OutputFormat.json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(records));
    }
    out.flush();
    return failed > 0 ? 1 : 0;
  }
}

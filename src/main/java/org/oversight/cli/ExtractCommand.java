package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oversight.annotate.Annotator;
import org.oversight.ingest.DocumentPipeline;
import org.oversight.ingest.Ingest;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = "Print the record of each file (no index): one JSON object per file, the "
    + "fields of the extraction schema first.")
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or json.")
  OutputFormat format;

  @Mixin IngestCommand.Settings settings;

  @Override
  public Integer call() throws Exception {
    Options.require(spec, format, OutputFormat.jsonl, OutputFormat.json);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ingest.Options o = settings.options(null);
    DocumentPipeline pipeline = new DocumentPipeline(o.limits(), Annotator::shared);
    List<DocumentRecord> records = new ArrayList<>();
    int[] failed = {0};
    pipeline.each(Ingest.walk(files), o.threads(), outcome -> {
      if (outcome.failure() != null) {
        failed[0]++;
        err.println("failed: " + outcome.file() + ": " + outcome.failure().reason());
        err.flush();
        return;
      }
      DocumentRecord rec = DocumentRecord.of(outcome.document());
      if (format == OutputFormat.json) {
        records.add(rec);
      } else {
        out.println(Json.MAPPER.writeValueAsString(rec));
        out.flush();
      }
    });
    if (format == OutputFormat.json) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(records));
    }
    out.flush();
    return failed[0] > 0 ? 1 : 0;
  }
}

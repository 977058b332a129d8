package org.oversight.cli;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "update", description = "Keep a corpus current in one command: fetch, then ingest what is new or "
    + "changed (unchanged files are recognised by their bytes and skipped).")
final class UpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--start", description = "Run the profile from this address instead of its own.")
  URI start;

  @Mixin FetchCommand.Settings fetch;
  @Mixin Options.Index index;

  @Option(names = "--threads", converter = Options.AtLeastOne.class,
      description = "Ingest worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--doc-timeout", defaultValue = "300", converter = Options.Positive.class,
      description = "Seconds one document may take to ingest before it is given up (default: ${DEFAULT-VALUE}).")
  long docTimeout;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table, or json for one object "
      + "{fetch, ingest} (the ingest part with the saved searches' new matches).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    if (format != OutputFormat.table && format != OutputFormat.json) {
      throw new CommandLine.ParameterException(spec.commandLine(), "update prints table or json, not " + format);
    }
    Map<String, Object> fetchJson = format == OutputFormat.json ? new LinkedHashMap<>() : null;
    int fetched = FetchCommand.run(spec, fetch, null, start, OutputFormat.table, fetchJson);
    if (fetched == Main.USAGE) return fetched;
    IngestCommand.Settings ingest = new IngestCommand.Settings();
    ingest.threads = threads;
    ingest.maxBytes = fetch.maxBytes; // one size limit for fetching and ingesting
    ingest.timeout = docTimeout;
    Map<String, Object> ingestJson = format == OutputFormat.json ? new LinkedHashMap<>() : null;
    int ingested = IngestCommand.run(spec, List.of(fetch.corpus), index.index, ingest, OutputFormat.table,
        !noProgress, ingestJson);
    if (format == OutputFormat.json) {
      Map<String, Object> both = new LinkedHashMap<>();
      both.put("fetch", fetchJson);
      both.put("ingest", ingestJson);
      spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(both));
      spec.commandLine().getOut().flush();
    }
    return Math.max(fetched, ingested);
  }
}

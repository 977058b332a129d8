package org.oversight.cli;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Override
  public Integer call() throws Exception {
    int fetched = FetchCommand.run(spec, fetch, null, start);
    if (fetched == Main.USAGE) return fetched;
    IngestCommand.Settings ingest = new IngestCommand.Settings();
    ingest.threads = threads;
    ingest.maxBytes = fetch.maxBytes; // one size limit for fetching and ingesting
    ingest.timeout = docTimeout;
    int ingested = IngestCommand.run(spec, List.of(fetch.corpus), index.index, ingest, OutputFormat.table,
        !noProgress);
    return Math.max(fetched, ingested);
  }
}

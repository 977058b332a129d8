package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "update", description = "Keep a corpus current in one command: fetch, then ingest what is new or "
    + "changed (unchanged files are recognised by their bytes and skipped).")
final class UpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--profile", defaultValue = "hmicfrs", description = "Profile name or JSON file.")
  String profile;

  @Option(names = "--start", description = "Run the profile from this address instead of its own.")
  String start;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--delay", defaultValue = "1", description = "Seconds between requests to one host.")
  String delay;

  @Option(names = "--max-pages", defaultValue = "500", description = "Most pages to read.")
  String maxPages;

  @Option(names = "--contact", description = "An e-mail address or web page for the User-Agent.")
  String contact;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> fetch = new ArrayList<>(List.of("fetch", "--profile", profile, "--corpus", corpus.toString(),
        "--delay", delay, "--max-pages", maxPages));
    if (start != null) fetch.addAll(List.of("--start", start));
    if (contact != null) fetch.addAll(List.of("--contact", contact));
    int fetched = Main.run(out, err, fetch.toArray(String[]::new));
    if (fetched == Main.USAGE) return fetched;
    int ingested = Main.run(out, err, "ingest", corpus.toString(), "--index", index.toString());
    return Math.max(fetched, ingested);
  }
}

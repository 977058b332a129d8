package org.oversight.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The benchmarks, run by {@code bin/bench} from the test class path (they are not part of the product jar): whole
 * ingest against bare CoreNLP, query latency warm and cold, the cross-force tables on a synthetic index, and the web
 * server over loopback on that index.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: whole ingest against reference CoreNLP, query latency, and the web server.")
public final class Bench implements Callable<Integer> {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Spec CommandSpec spec;

  @Option(names = "--samples", defaultValue = "corpus/samples", description = "Documents to repeat (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--docs", defaultValue = "2250", description = "Size of the built corpus (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--reference-sample", defaultValue = "300",
      description = "Documents run through the (slow) reference configuration and the cost table (default: "
          + "${DEFAULT-VALUE}).")
  int referenceSample;

  @Option(names = "--pdf-texts", defaultValue = "../shared/eval/dev/docs", description = "Real texts (.txt) made "
      + "into short PDFs for the whole-process run, which is skipped when the folder is absent (default: "
      + "${DEFAULT-VALUE}).")
  Path pdfTexts;

  @Option(names = "--pdfs", defaultValue = "300", description = "PDFs in the whole-process run, 0 to skip it "
      + "(default: ${DEFAULT-VALUE}).")
  int pdfs;

  @Option(names = "--work", description = "Working folder (default: a new temporary folder).")
  Path work;

  @Option(names = "--skip-ingest", description = "Only the query benchmark, on --index.")
  boolean skipIngest;

  @Option(names = "--index", description = "Index for the query benchmark (default: the one the ingest benchmark built).")
  Path index;

  @Option(names = "--cross-force", description = "Only the compare/reports benchmark, on a synthetic index.")
  boolean crossForce;

  @Option(names = "--cf-docs", defaultValue = "5000", description = "Documents in the synthetic index (default: ${DEFAULT-VALUE}).")
  int cfDocs;

  @Option(names = "--cf-passages", defaultValue = "20", description = "Passages per synthetic document (default: ${DEFAULT-VALUE}).")
  int cfPassages;

  @Option(names = "--dirty", paramLabel = "FOLDER", description = "Only the dirty-corpus benchmark: bin/oversight "
      + "ingest over this folder (twice), with counts by reason, time and memory.")
  Path dirty;

  @Option(names = "--ingest-option", description = "An option for the dirty-corpus ingest (repeatable), e.g. "
      + "--ingest-option=--timeout=60.")
  java.util.List<String> ingestOptions = new java.util.ArrayList<>();

  @Option(names = "--web", description = "Only the web server benchmark (oversight serve over loopback), on the "
      + "synthetic index of --cross-force.")
  boolean web;

  @Option(names = "--web-clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int webClients;

  @Option(names = "--web-seconds", defaultValue = "30", description = "Seconds of concurrent load (default: "
      + "${DEFAULT-VALUE}).")
  int webSeconds;

  @Option(names = "--web-warm", defaultValue = "300", description = "Warm requests per page, after as many to warm "
      + "up (default: ${DEFAULT-VALUE}).")
  int webWarm;

  @Option(names = "--rounds", defaultValue = "250", description = "Warm query rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--cold", defaultValue = "5", description = "Cold query runs (default: ${DEFAULT-VALUE}).")
  int cold;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("oversight-bench");
    int cores = Runtime.getRuntime().availableProcessors();
    if (dirty != null) {
      String launcher = System.getProperty("oversight.launcher", "bin/oversight");
      new DirtyCorpusBenchmark(out, dir).run(dirty, launcher, ingestOptions);
      return 0;
    }
    if (web) {
      Path idx = index != null ? index
          : new CrossForceBenchmark(out).build(samples, dir.resolve("index-cross-force"), cfDocs, cfPassages);
      new WebBenchmark(out).run(idx, webWarm, webClients, webSeconds);
      return 0;
    }
    if (crossForce) {
      CrossForceBenchmark cf = new CrossForceBenchmark(out);
      cf.measure(cf.build(samples, dir.resolve("index-cross-force"), cfDocs, cfPassages), rounds, cold);
      return 0;
    }
    if (!skipIngest) {
      new IngestBenchmark(out, dir).run(samples, docs, referenceSample, pdfTexts, pdfs,
          System.getProperty("oversight.launcher", "bin/oversight"));
    }
    Path idx = index != null ? index : dir.resolve("index-ingest-" + cores);
    out.println();
    new QueryBenchmark(out).run(idx, rounds, cold);
    return 0;
  }
}

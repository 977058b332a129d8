package org.oversight.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.oversight.index.Schema;
import org.oversight.model.DocType;
import org.oversight.query.Filter;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;

/**
 * Measures the query side on an existing index: warm latency percentiles over a mix of query shapes in this JVM,
 * and cold wall time of {@code oversight search} in a new JVM started as the launcher starts it.
 */
public final class QueryBenchmark {
  private static final List<SearchRequest> MIX = List.of(
      SearchRequest.of("vetting", 10, 2),
      SearchRequest.of("\"counter-corruption unit\"", 10, 2),
      SearchRequest.of("vetting AND (kent OR essex) NOT surrey", 10, 2),
      SearchRequest.of("corrupt*", 10, 2),
      new SearchRequest("recommendation", new Filter(DocType.HMICFRS_REPORT, null, null, null, null, null), 10, 2),
      new SearchRequest("commissioner", new Filter(null, null, null, null, LocalDate.of(2024, 4, 1),
          LocalDate.of(2024, 5, 31)), 10, 2),
      SearchRequest.of("force:\"kent police\" vetting", 10, 2),
      SearchRequest.of("person:\"margaret ellison\"", 10, 2));

  private final PrintWriter out;

  public QueryBenchmark(PrintWriter out) {
    this.out = out;
  }

  public void run(Path index, int rounds, int coldRuns) throws Exception {
    try (Searcher s = Searcher.open(index)) {
      out.printf("index %s: %d documents, %d passages%n", index, s.count(Schema.DOCUMENT), s.count(Schema.PASSAGE));
      for (int i = 0; i < 200; i++) s.search(MIX.get(i % MIX.size()));
      long[] ns = new long[rounds * MIX.size()];
      int k = 0;
      for (int r = 0; r < rounds; r++) {
        for (SearchRequest q : MIX) {
          long t0 = System.nanoTime();
          s.search(q);
          ns[k++] = System.nanoTime() - t0;
        }
      }
      Arrays.sort(ns);
      out.printf("warm search (%d queries, %d shapes, with highlighting and facets): p50 %.2f ms, p99 %.2f ms, "
          + "max %.2f ms (target p99 < 20 ms)%n", ns.length, MIX.size(), ns[ns.length / 2] / 1e6,
          ns[(int) (ns.length * 0.99)] / 1e6, ns[ns.length - 1] / 1e6);
    }
    if (coldRuns > 0) cold(index, coldRuns);
    out.flush();
  }

  private void cold(Path index, int runs) throws Exception {
    double[] t = cold(List.of("search", "vetting AND kent"), index, runs);
    out.printf("cold search (new JVM, started by bin/oversight), %d runs: median %.2f s, max %.2f s "
        + "(target < 1 s)%n", runs, t[0], t[1]);
  }

  /** Median and maximum wall time, in seconds, of a command run in a new JVM as bin/oversight starts it. */
  static double[] cold(List<String> args, Path index, int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    List<Double> times = new ArrayList<>();
    String launcher = System.getProperty("oversight.launcher");
    boolean viaLauncher = launcher != null && new File(launcher).canExecute();
    // through bin/oversight when there is one, as users run it; its first query after a build makes the class-data
    // archive and is not counted
    for (int i = viaLauncher ? -1 : 0; i < runs; i++) {
      List<String> cmd = new ArrayList<>();
      if (viaLauncher) {
        cmd.add(launcher);
      } else {
        cmd.addAll(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp,
            "org.oversight.cli.Main"));
      }
      cmd.addAll(args);
      cmd.addAll(List.of("--index", index.toString()));
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(new File("/dev/null"))
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      int code = p.waitFor();
      if (i >= 0) times.add((System.nanoTime() - t0) / 1e9);
      if (code != 0) throw new IllegalStateException(args.get(0) + " exited with " + code);
    }
    times.sort(null);
    return new double[] {times.get(runs / 2), times.get(runs - 1)};
  }
}

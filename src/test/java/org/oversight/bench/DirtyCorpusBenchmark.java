package org.oversight.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.Json;

/**
 * Runs {@code bin/oversight ingest} as a user would over a folder of the user's choosing (real, dirty files: the
 * test documents of Apache Tika and PDFBox, say; it fetches nothing) into a fresh index, then again over the same
 * unchanged folder, and prints counts by outcome and by reason, wall time, the run's peak heap (from its GC log) and
 * the peak memory of the run and its worker processes together.
 */
public final class DirtyCorpusBenchmark {
  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private final PrintWriter out;
  private final Path work;

  public DirtyCorpusBenchmark(PrintWriter out, Path work) {
    this.out = out;
    this.work = work;
  }

  /** One run of the launcher: its summary and what it cost. */
  private record Run(JsonNode summary, double seconds, long peakHeapMb, long peakLiveMb, long peakRssMb,
      long peakTreeRssMb, int exitCode) {}

  public void run(Path folder, String launcher, List<String> extra) throws Exception {
    Path index = work.resolve("index-dirty");
    out.printf("ingest of %s into %s (%s)%n", folder, index, extra.isEmpty() ? "default options"
        : String.join(" ", extra));
    out.flush();
    Run first = run(folder, index, launcher, extra, "first");
    print(first);
    out.println();
    out.println("the same folder again, unchanged:");
    Run again = run(folder, index, launcher, extra, "again");
    JsonNode s = again.summary();
    out.printf("  %d unchanged, %d known failures not read again, %d failed; %.1f s%n", s.path("unchanged").asInt(),
        s.path("known_failures").asInt(), s.path("failed").asInt(), again.seconds());
    out.flush();
  }

  private Run run(Path folder, Path index, String launcher, List<String> extra, String name) throws Exception {
    Path gc = work.resolve("gc-" + name + ".log");
    List<String> cmd = new ArrayList<>(List.of(launcher, "ingest", folder.toString(), "--index", index.toString(),
        "--format", "json", "--no-progress"));
    cmd.addAll(extra);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(work.resolve("stderr-" + name + ".txt").toFile());
    String opts = System.getenv().getOrDefault("JAVA_OPTS", "");
    pb.environment().put("JAVA_OPTS", (opts + " -Xlog:gc:file=" + gc).strip());
    long t0 = System.nanoTime();
    Process p = pb.start();
    String json;
    int code;
    double seconds;
    long rss;
    long tree;
    try (ProcessMemory memory = ProcessMemory.watch(p, 250)) {
      json = new String(p.getInputStream().readAllBytes());
      code = p.waitFor();
      seconds = (System.nanoTime() - t0) / 1e9;
      rss = memory.peakOwnMb();
      tree = memory.peakTreeMb();
    }
    long peak = 0;
    long live = 0;
    if (Files.exists(gc)) {
      for (String line : Files.readAllLines(gc)) {
        Matcher m = GC.matcher(line);
        if (m.find()) {
          peak = Math.max(peak, Long.parseLong(m.group(1)));
          live = Math.max(live, Long.parseLong(m.group(2)));
        }
      }
    }
    JsonNode summary = json.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(json);
    return new Run(summary, seconds, peak, live, rss, tree, code);
  }

  private void print(Run r) {
    JsonNode s = r.summary();
    out.printf("%-28s %8s%n", "outcome", "files");
    for (String k : List.of("files", "added", "replaced", "unchanged", "duplicates", "failed", "known_failures",
        "inside_archives")) {
      out.printf("%-28s %,8d%n", k, s.path(k).asInt());
    }
    int skipped = 0;
    for (var e : iterable(s.path("skipped").fields())) skipped += e.getValue().asInt();
    out.printf("%-28s %,8d%n", "skipped (not documents)", skipped);
    out.println();
    out.println("failed, by kind and reason:");
    Map<String, Integer> reasons = new TreeMap<>();
    for (JsonNode f : s.path("failures")) reasons.merge(f.path("kind").asText() + ": " + gist(f.path("reason")
        .asText()), 1, Integer::sum);
    reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    out.println("skipped, by reason:");
    for (var e : iterable(s.path("skipped").fields())) out.printf("  %5d  %s%n", e.getValue().asInt(), e.getKey());
    out.printf("pages without text: %d in %d documents%n", s.path("pages_without_text").asInt(),
        s.path("documents_without_text").asInt());
    out.printf("wall time %.1f s; exit code %d%n", r.seconds(), r.exitCode());
    out.printf("peak heap of the run: %,d MB used (largest before a collection), %,d MB after a collection; "
        + "peak resident memory %,d MB, with its worker processes %,d MB%n", r.peakHeapMb(), r.peakLiveMb(),
        r.peakRssMb(), r.peakTreeRssMb());
    out.flush();
  }

  /** A reason without what is particular to one file: numbers and quoted parts. */
  static String gist(String reason) {
    String g = reason.replaceFirst("^inside it, [^:]*: ", "inside it: ").replaceAll("\\d[\\d,.]*", "N");
    int cut = g.indexOf(": ", Math.min(g.length(), 12));
    return (cut > 0 && cut < 70 ? g.substring(0, cut) : g.length() > 90 ? g.substring(0, 90) + "..." : g).strip();
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
    return () -> it;
  }
}

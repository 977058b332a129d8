package org.oversight.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.query.Filter;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;

/**
 * Measures {@code oversight serve} over HTTP on loopback, the server in a JVM of its own as a user starts it: warm
 * latency of each page for one client, then a number of clients, each sending one request at a time, for a fixed
 * time. Every answer must be a 200; any other, or a failure to answer, is counted as an error and named.
 */
public final class WebBenchmark {
  private static final Pattern ADDRESS = Pattern.compile("at (http://\\S+?)/");

  private final PrintWriter out;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

  public WebBenchmark(PrintWriter out) {
    this.out = out;
  }

  /** The pages measured on the synthetic index of {@link CrossForceBenchmark}. */
  static Map<String, String> pages() {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("search", "/search?q=vetting");
    pages.put("search, a facet on", "/search?q=vetting&force=Kent%20Police");
    pages.put("search, page 5", "/search?q=recommend*&page=5");
    pages.put("ledger", "/reports/synthetic-report-7-an-inspection-of-topic-7");
    pages.put("compare", "/reports/synthetic-report-7-an-inspection-of-topic-7/compare");
    pages.put("document", "/doc/" + String.format("%064x", 700));
    pages.put("reports list", "/reports");
    pages.put("overdue", "/overdue?as_of=2030-01-01");
    return pages;
  }

  /** Starts the server on the index in a new JVM, measures, stops it. */
  public void run(Path index, int warm, int clients, int seconds) throws Exception {
    withoutHttp(index, warm);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.oversight.cli.Main", "serve", "--index", index.toString(), "--port", "0")
        .redirectErrorStream(true).start();
    try {
      String url = address(server);
      out.printf("server: %s (its own JVM, -Xmx1g), %d cores, Java %s%n", url,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      Map<String, String> pages = pages();
      out.printf("%nwarm, one client (%d requests per page after %d to warm up)%n", warm, warm);
      out.printf("%-20s %8s %8s %8s  %s%n", "page", "p50 ms", "p99 ms", "max ms", "address");
      for (Map.Entry<String, String> p : pages.entrySet()) {
        for (int i = 0; i < warm; i++) send(url + p.getValue());
        long[] ns = new long[warm];
        for (int i = 0; i < warm; i++) {
          ns[i] = send(url + p.getValue());
          if (ns[i] < 0) throw new IllegalStateException("no 200 for " + p.getValue());
        }
        Arrays.sort(ns);
        out.printf("%-20s %8.2f %8.2f %8.2f  %s%n", p.getKey(), ms(pct(ns, 50)), ms(pct(ns, 99)),
            ms(ns[ns.length - 1]), p.getValue());
        out.flush();
      }
      List<String> mix = new ArrayList<>(pages.values());
      mix.remove("/reports"); // the lists of every report are pages one opens now and then, not in a loop
      mix.remove("/overdue?as_of=2030-01-01");
      concurrent(url, mix, clients, seconds);
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /**
   * The query work of the search, compare and ledger pages alone, in this JVM, for comparison: what HTTP, the pages and the
   * second JVM add is the difference.
   */
  private void withoutHttp(Path index, int warm) throws Exception {
    out.printf("the same queries without HTTP, in this JVM (%d after %d to warm up)%n", warm, warm);
    out.printf("%-20s %8s %8s %8s%n", "work", "p50 ms", "p99 ms", "max ms");
    try (Searcher s = Searcher.open(index)) {
      Map<String, Work> work = new java.util.LinkedHashMap<>();
      work.put("search", () -> s.search(new SearchRequest("vetting", Filter.NONE, 20, 20), 0));
      work.put("compare", () -> s.crossForce().compare("Synthetic report 7:", null));
      work.put("ledger", () -> s.ledgers().ledger("Synthetic report 7:"));
      for (Map.Entry<String, Work> w : work.entrySet()) {
        for (int i = 0; i < warm; i++) w.getValue().run();
        long[] ns = new long[warm];
        for (int i = 0; i < warm; i++) {
          long t0 = System.nanoTime();
          w.getValue().run();
          ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        out.printf("%-20s %8.2f %8.2f %8.2f%n", w.getKey(), ms(pct(ns, 50)), ms(pct(ns, 99)), ms(ns[ns.length - 1]));
      }
    }
    out.println();
    out.flush();
  }

  private interface Work {
    Object run() throws Exception;
  }

  /** The address the server prints when it is ready. */
  private static String address(Process server) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "server-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new IllegalStateException("the server stopped before serving (exit " + server.waitFor() + ")");
  }

  /** One GET, the body read whole; nanoseconds, or -1 for anything but a 200. */
  private long send(String uri) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
          .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200 ? System.nanoTime() - t0 : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  private void concurrent(String url, List<String> paths, int clients, int seconds) throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> errorsByPage = new ConcurrentHashMap<>();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        long[] ns = new long[1 << 14];
        int n = 0;
        int k = client;
        while (System.nanoTime() < end) {
          String path = paths.get(k++ % paths.size());
          long t0 = send(url + path);
          if (t0 < 0) {
            errors.incrementAndGet();
            errorsByPage.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
            continue;
          }
          if (n == ns.length) ns = Arrays.copyOf(ns, n * 2);
          ns[n++] = t0;
        }
        latencies[client] = ns;
        counts[client] = n;
        done.countDown();
      }, "client-" + c);
      t.start();
    }
    done.await();
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    out.printf("%n%d clients for %d s over %d pages (search, facet, page 5, ledger, compare, document): %d requests "
        + "(%.0f/s), %d errors%n", clients, seconds, paths.size(), total, total / (double) seconds, errors.get());
    out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", ms(pct(all, 50)), ms(pct(all, 90)),
        ms(pct(all, 99)), ms(all.length == 0 ? 0 : all[all.length - 1]));
    if (errors.get() > 0) out.println("errors by page: " + new TreeMap<>(errorsByPage));
    out.flush();
  }

  private static long pct(long[] sorted, int p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
  }

  private static double ms(long ns) {
    return ns / 1e6;
  }
}

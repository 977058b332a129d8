package org.oversight.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.oversight.fetch.Crawler;
import org.oversight.fetch.Profile;
import org.oversight.model.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fetch", description = "Build or refresh the corpus from the places the documents are published, "
    + "politely: robots.txt, a delay per host, conditional requests on re-runs.")
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Where where;

  static final class Where {
    @Option(names = "--url", description = "Fetch this one page or file (a news article, a response PDF).")
    URI url;

    @Option(names = "--start", description = "Run the profile from this address instead of its own (a mirror).")
    URI start;
  }

  @Option(names = "--profile", defaultValue = "hmicfrs", description = "Shipped profile (hmicfrs, pcc-site) or a "
      + "JSON file (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--delay", defaultValue = "1", description = "Seconds between requests to one host (default: "
      + "${DEFAULT-VALUE}).")
  double delay;

  @Option(names = "--max-pages", defaultValue = "500", description = "Most pages to read (default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--max-bytes", defaultValue = "104857600", description = "Refuse files larger than this "
      + "(default: 100 MB).")
  long maxBytes;

  @Option(names = "--timeout", defaultValue = "30", description = "Connect and read timeout, seconds (default: "
      + "${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--contact", description = "An e-mail address or web page to put in the User-Agent.")
  String contact;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table or json.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == OutputFormat.csv) {
      err.println("oversight: fetch --format takes table or json");
      return Main.USAGE;
    }
    Profile p = Profile.load(profile);
    List<URI> start = where != null && where.start != null ? List.of(where.start)
        : where != null && where.url != null ? List.of(where.url)
        : p.start().stream().map(URI::create).toList();
    if (start.isEmpty()) {
      err.println("oversight: profile " + p.name() + " has no start address; give one with --start URL");
      return Main.USAGE;
    }
    Crawler crawler = new Crawler(new Crawler.Settings(corpus, p, start, Duration.ofMillis((long) (delay * 1000)),
        maxPages, maxBytes, contact, Duration.ofSeconds(timeout), 3, 1000));
    boolean console = System.console() != null;
    Crawler.Summary s = where != null && where.url != null ? crawler.fetchOne(where.url)
        : crawler.crawl(new Crawler.Listener() {
          @Override
          public void progress(int pages, int fetched, long bytes, int errors) {
            if (console) {
              System.err.printf("\rfetch: %d pages, %d files, %.1f MB, %d failed", pages, fetched, bytes / 1e6,
                  errors);
            }
          }
        });
    if (console) System.err.println();
    for (Crawler.Failure e : s.errors()) err.println("failed: " + e);
    if (format == OutputFormat.json || format == OutputFormat.jsonl) {
      out.println(Json.MAPPER.writeValueAsString(json(s)));
    } else {
      for (Crawler.Skip k : s.skipped()) out.println("skipped: " + k.url() + " (" + k.reason().label() + ")");
      String byReason = s.skippedByReason().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
      out.printf("%d pages read, %d files fetched, %d unchanged, %d duplicates, %d failed, %d skipped%s; %.1f MB "
          + "into %s%n", s.pages(), s.fetched(), s.unchanged(), s.duplicates(), s.errors().size(), s.skipped().size(),
          byReason.isEmpty() ? "" : " (" + byReason + ")", s.bytes() / 1e6, corpus);
    }
    out.flush();
    // skips (robots.txt, hosts outside the profile) are the crawl being polite, not failing
    return s.errors().isEmpty() ? 0 : 1;
  }

  private Map<String, Object> json(Crawler.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pages", s.pages());
    m.put("fetched", s.fetched());
    m.put("unchanged", s.unchanged());
    m.put("duplicates", s.duplicates());
    m.put("failed", s.errors().size());
    m.put("failures", s.errors().stream().map(f -> {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("url", f.url());
      one.put("reason", f.reason());
      return one;
    }).toList());
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (Crawler.SkipReason r : Crawler.SkipReason.values()) {
      byReason.put(r.key(), s.skippedByReason().getOrDefault(r, 0));
    }
    m.put("skipped", byReason);
    m.put("skips", s.skipped().stream().map(k -> {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("url", k.url());
      one.put("reason", k.reason().key());
      one.put("detail", k.detail());
      return one;
    }).toList());
    m.put("bytes", s.bytes());
    m.put("corpus", corpus.toString());
    return m;
  }
}

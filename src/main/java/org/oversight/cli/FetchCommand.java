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
import picocli.CommandLine.Mixin;
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

  @Mixin Settings settings;

  @Option(names = "--format", defaultValue = "table", description = "Summary format: table or json.")
  OutputFormat format;

  /** How a crawl runs, shared with {@code update}. */
  static final class Settings {
    @Option(names = "--profile", defaultValue = "hmicfrs", description = "Shipped profile (hmicfrs, pcc-site) or a "
        + "JSON file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--delay", defaultValue = "1", converter = Options.NonNegative.class,
        description = "Seconds between requests to one host (default: "
        + "${DEFAULT-VALUE}).")
    double delay;

    @Option(names = "--max-pages", defaultValue = "500", converter = Options.AtLeastOne.class,
        description = "Most pages to read (default: "
        + "${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-bytes", defaultValue = "104857600", converter = Options.Positive.class,
        description = "Refuse files larger than this "
        + "(default: 100 MB).")
    long maxBytes;

    @Option(names = "--timeout", defaultValue = "30", converter = Options.Positive.class,
        description = "Connect and read timeout, seconds (default: "
        + "${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--contact", description = "An e-mail address or web page to put in the User-Agent.")
    String contact;
  }

  @Override
  public Integer call() throws Exception {
    if (format == OutputFormat.csv) {
      spec.commandLine().getErr().println("oversight: fetch --format takes table or json");
      return Main.USAGE;
    }
    return run(spec, settings, where == null ? null : where.url, where == null ? null : where.start, format);
  }

  /**
   * Fetches one address ({@code url}) or crawls the profile (from {@code start} when given) and prints what was done;
   * exit code 1 when anything failed, 2 when the profile has no start address. Skips (robots.txt, hosts outside the
   * profile) are the crawl being polite, not failing.
   */
  static int run(CommandSpec spec, Settings s, URI url, URI start, OutputFormat format) throws Exception {
    return run(spec, s, url, start, format, null);
  }

  /** The same, with the JSON summary put in {@code into} instead of printed when {@code into} is given. */
  static int run(CommandSpec spec, Settings s, URI url, URI start, OutputFormat format, Map<String, Object> into)
      throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Profile p = Profile.load(s.profile);
    List<URI> from = start != null ? List.of(start) : url != null ? List.of(url)
        : p.start().stream().map(URI::create).toList();
    if (from.isEmpty()) {
      err.println("oversight: profile " + p.name() + " has no start address; give one with --start URL");
      return Main.USAGE;
    }
    Crawler crawler = new Crawler(new Crawler.Settings(s.corpus, p, from, Duration.ofMillis((long) (s.delay * 1000)),
        s.maxPages, s.maxBytes, s.contact, Duration.ofSeconds(s.timeout), 3, 1000));
    boolean console = System.console() != null;
    Crawler.Summary sum = url != null ? crawler.fetchOne(url)
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
    for (Crawler.Failure e : sum.errors()) err.println("failed: " + e);
    if (into != null) {
      into.putAll(json(sum, s.corpus));
    } else if (format == OutputFormat.json || format == OutputFormat.jsonl) {
      out.println(Json.MAPPER.writeValueAsString(json(sum, s.corpus)));
    } else {
      for (Crawler.Skip k : sum.skipped()) out.println("skipped: " + k.url() + " (" + k.reason().label() + ")");
      String byReason = sum.skippedByReason().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
      out.printf("%d pages read, %d files fetched, %d unchanged, %d duplicates, %d failed, %d skipped%s; %.1f MB "
          + "into %s%n", sum.pages(), sum.fetched(), sum.unchanged(), sum.duplicates(), sum.errors().size(),
          sum.skipped().size(), byReason.isEmpty() ? "" : " (" + byReason + ")", sum.bytes() / 1e6, s.corpus);
    }
    out.flush();
    return sum.errors().isEmpty() ? 0 : 1;
  }

  private static Map<String, Object> json(Crawler.Summary s, Path corpus) {
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

package org.oversight.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;
import org.oversight.query.Comparison;
import org.oversight.query.Searcher;
import org.oversight.samples.PdfMaker;

class FetchAndUpdateTest {
  @TempDir Path dir;
  FixtureSite site;

  @BeforeEach
  void serve() throws Exception {
    site = new FixtureSite("127.0.0.1");
    byte[] kent = Files.readAllBytes(new PdfMaker().paragraph("Dear Home Secretary,")
        .paragraph("2 April 2030").paragraph("I welcome the report and will hold the force to account.")
        .write(dir.resolve("k.pdf")));
    byte[] report = Files.readAllBytes(new PdfMaker().paragraph("Keeping count: crime recording in policing")
        .paragraph("We recommend that within six months all forces should audit crime records.")
        .write(dir.resolve("r.pdf")));
    site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n".getBytes())
        .page("/publications/", """
            <html><body><ul><li><a href="/publications/keeping-count/">Keeping count</a></li></ul></body></html>""")
        .page("/publications/keeping-count/", """
            <html><body><h1>Keeping count: crime recording in policing</h1><p>Published on: 14 March 2030</p>
            <p><a href="/files/keeping-count.pdf">Keeping count (PDF document)</a></p>
            <ul><li><a href="/files/response-1.pdf">Kent PCC response (PDF document)</a></li></ul></body></html>""")
        .file("/files/keeping-count.pdf", "application/pdf", report)
        .file("/files/response-1.pdf", "application/pdf", kent);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private int run(StringWriter out, String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
  }

  @Test
  void updateFetchesThenIngestsWithWhatThePagesSaidAsEvidence() throws Exception {
    String corpus = dir.resolve("corpus").toString();
    String index = dir.resolve("index").toString();
    StringWriter out = new StringWriter();
    assertThat(run(out, "update", "--start", site.base() + "/publications/", "--corpus", corpus, "--index", index,
        "--delay", "0")).isZero();
    assertThat(out.toString()).contains("2 files fetched", "2 added");

    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      Comparison c = s.crossForce().compare("keeping count", null);
      // the response's text names neither force nor report: its link and its page did
      assertThat(c.published()).isEqualTo("2030-03-14");
      assertThat(c.rows()).singleElement().satisfies(r -> {
        assertThat(r.force()).isEqualTo("Kent Police");
        assertThat(r.date()).isEqualTo("2030-04-02");
        assertThat(r.days()).as("publication day is day 1").isEqualTo(20L);
        assertThat(r.withinDeadline()).isTrue();
      });
    }

    StringWriter again = new StringWriter();
    assertThat(run(again, "update", "--start", site.base() + "/publications/", "--corpus", corpus, "--index", index,
        "--delay", "0")).isZero();
    assertThat(again.toString()).contains("0 files fetched, 2 unchanged", "0 added, 0 replaced, 2 unchanged");
  }

  @Test
  void anInterruptedCrawlResumesWithoutDownloadingWhatItHas() throws Exception {
    Crawler.Settings settings = new Crawler.Settings(dir.resolve("corpus"), Profile.load("hmicfrs"),
        List.of(URI.create(site.base() + "/publications/")), Duration.ZERO, 50, 1_000_000, null,
        Duration.ofSeconds(5), 1, 10);
    assertThatThrownBy(() -> new Crawler(settings).crawl(new Crawler.Listener() {
      @Override
      public void progress(int pages, int fetched, long bytes, int errors) {
        if (fetched == 1) throw new IllegalStateException("interrupted"); // as Ctrl-C would, after one file
      }
    })).hasMessage("interrupted");
    site.requests.clear();

    Crawler.Summary resumed = new Crawler(settings).crawl(new Crawler.Listener() {});
    assertThat(resumed.fetched()).isEqualTo(1);
    assertThat(resumed.unchanged()).isEqualTo(1);
    assertThat(site.requests).filteredOn(r -> r.path().equals("/files/keeping-count.pdf"))
        .singleElement().satisfies(r -> assertThat(r.ifNoneMatch()).isNotNull());
  }

  @Test
  void aMalformedPageInALegacyEncodingStillYieldsItsLinks() throws Exception {
    site.file("/publications/", "text/html", ("<html><head><meta charset=windows-1252></head><body><h1>Reports "
        + "\u00a3 \u2013 list<ul><li><a href=/publications/keeping-count/>Keeping count \u2019s<li><b>unclosed")
        .getBytes(Charset.forName("windows-1252")));
    Crawler.Summary s = new Crawler(new Crawler.Settings(dir.resolve("corpus"), Profile.load("hmicfrs"),
        List.of(URI.create(site.base() + "/publications/")), Duration.ZERO, 50, 1_000_000, null,
        Duration.ofSeconds(5), 1, 10)).crawl(new Crawler.Listener() {});
    assertThat(s.fetched()).isEqualTo(2);
  }

  @Test
  void aPccIndexPageGivesEachResponseTheReportNamedBesideIt() throws Exception {
    site.page("/hmicfrs-reports/", """
        <html><body><h1>HMICFRS reports and responses</h1><h2>2030</h2>
        <ul><li>Keeping count: crime recording in policing &ndash;
          <a href="/uploads/kc-report.pdf">Report</a> <a href="/uploads/kc-response.pdf">Response</a></li></ul>
        </body></html>""")
        .file("/uploads/kc-response.pdf", "application/pdf", Files.readAllBytes(dir.resolve("k.pdf")))
        .file("/uploads/kc-report.pdf", "application/pdf", Files.readAllBytes(dir.resolve("r.pdf")));
    new Crawler(new Crawler.Settings(dir.resolve("corpus"), Profile.load("pcc-site"),
        List.of(URI.create(site.base() + "/hmicfrs-reports/")), Duration.ZERO, 50, 1_000_000, null,
        Duration.ofSeconds(5), 1, 10)).crawl(new Crawler.Listener() {});
    ManifestEntry response = Manifest.load(dir.resolve("corpus")).get(site.base() + "/uploads/kc-response.pdf");
    assertThat(response.linkText()).isEqualTo("Response");
    assertThat(response.reportTitle()).isEqualTo("Keeping count: crime recording in policing");
  }

  @Test
  void fetchUrlTakesOnePageWhateverTheProfileSays() throws Exception {
    site.page("/news/force-praised/", "<html><body><article><h1>Force praised</h1><p>Text.</p></article></body>"
        + "</html>");
    StringWriter out = new StringWriter();
    assertThat(run(out, "fetch", "--url", site.base() + "/news/force-praised/", "--corpus",
        dir.resolve("c").toString(), "--delay", "0")).isZero();
    ManifestEntry e = Manifest.load(dir.resolve("c")).get(site.base() + "/news/force-praised/");
    assertThat(e.file()).endsWith("/force-praised.html");
    assertThat(Files.readString(dir.resolve("c").resolve(e.file()))).contains("Force praised");
  }

  @Test
  void refusedLinksAreSkipsAndAScheduledUpdateStillExitsZero() throws Exception {
    site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
        .page("/publications/keeping-count/", """
            <html><body><h1>Keeping count: crime recording in policing</h1><p>Published on: 14 March 2030</p>
            <p><a href="/files/keeping-count.pdf">Keeping count (PDF document)</a></p>
            <ul><li><a href="/files/response-1.pdf">Kent PCC response (PDF document)</a></li>
            <li><a href="/private/draft.pdf">Draft (PDF document)</a></li>
            <li><a href="http://127.0.0.2:9/files/copy.pdf">Copy held elsewhere (PDF document)</a></li></ul>
            </body></html>""");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "update", "--start", site.base()
        + "/publications/", "--corpus", dir.resolve("corpus").toString(), "--index", dir.resolve("index").toString(),
        "--delay", "0");
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("2 files fetched", "0 failed", "2 skipped (1 robots.txt, 1 host not allowed)")
        .contains("skipped: " + site.base() + "/private/draft.pdf (robots.txt)");
    assertThat(err.toString()).doesNotContain("failed:");
  }

  @Test
  void fetchSummaryAsJsonShowsSkipsByReasonApartFromFailures() throws Exception {
    site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
        .page("/publications/keeping-count/", """
            <html><body><h1>Keeping count</h1><p>Published on: 14 March 2030</p>
            <p><a href="/files/keeping-count.pdf">Keeping count (PDF document)</a></p>
            <p><a href="/files/missing.pdf">Missing (PDF document)</a></p>
            <p><a href="/private/draft.pdf">Draft (PDF document)</a></p></body></html>""");
    StringWriter out = new StringWriter();
    int code = run(out, "fetch", "--start", site.base() + "/publications/", "--corpus",
        dir.resolve("corpus").toString(), "--delay", "0", "--format", "json");
    assertThat(code).as("a document that is not there is a real failure").isEqualTo(1);
    var json = org.oversight.model.Json.MAPPER.readTree(out.toString());
    assertThat(json.path("fetched").asInt()).isEqualTo(1);
    assertThat(json.path("failed").asInt()).isEqualTo(1);
    assertThat(json.path("failures").get(0).path("url").asText()).endsWith("/files/missing.pdf");
    assertThat(json.path("failures").get(0).path("reason").asText()).isEqualTo("not found (404)");
    assertThat(json.path("skipped").path("robots").asInt()).isEqualTo(1);
    assertThat(json.path("skipped").path("host").asInt()).isZero();
    assertThat(json.path("skips").get(0).path("url").asText()).endsWith("/private/draft.pdf");
    assertThat(json.path("skips").get(0).path("reason").asText()).isEqualTo("robots");
  }

  @Test
  void fetchUrlOfAnAddressRobotsRefusesIsAFailureForTheOneAddressAskedFor() throws Exception {
    site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
        .page("/private/page/", "<html><body><h1>Private</h1></body></html>");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "fetch", "--url",
        site.base() + "/private/page/", "--corpus", dir.resolve("c").toString(), "--delay", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("failed: " + site.base() + "/private/page/: disallowed by robots.txt");
    assertThat(site.hits("/private/page/")).isZero();
  }

  @Test
  void offlineAnUnresolvableHostIsReportedAsSuchNotAsARobotsRefusal() throws Exception {
    // .invalid never resolves (RFC 6761); the lookup fails at once where a resolver answers, or after its timeout
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "fetch", "--url",
        "http://no-such-host.invalid/news/force-praised/", "--corpus", dir.resolve("c").toString(), "--delay", "0");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("DNS failure", "no-such-host.invalid").doesNotContain("robots");
  }

  @Test
  void offlineARefusedConnectionIsReportedAsSuch() throws Exception {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    Crawler.Summary s = new Crawler(settings(URI.create("http://127.0.0.1:" + port + "/news/x/"), 5))
        .fetchOne(URI.create("http://127.0.0.1:" + port + "/news/x/"));
    assertThat(s.errors()).singleElement().asString().contains("connection refused").doesNotContain("robots");
  }

  @Test
  void offlineAServerThatNeverAnswersIsATimeout() throws Exception {
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 5, java.net.InetAddress.getByName("127.0.0.1"))) {
      URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/news/x/");
      Crawler.Summary s = new Crawler(settings(uri, 1)).fetchOne(uri);
      assertThat(s.errors()).singleElement().asString().contains("timeout").doesNotContain("robots");
    }
  }

  private Crawler.Settings settings(URI start, int timeoutSeconds) throws Exception {
    return new Crawler.Settings(dir.resolve("c"), Profile.load("hmicfrs"), List.of(start), Duration.ZERO, 5,
        1_000_000, null, Duration.ofSeconds(timeoutSeconds), 0, 10);
  }
}

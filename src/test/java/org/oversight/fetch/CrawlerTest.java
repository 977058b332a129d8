package org.oversight.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.samples.DocxMaker;
import org.oversight.samples.PdfMaker;

class CrawlerTest {
  @TempDir Path dir;
  FixtureSite site;
  FixtureSite elsewhere;
  byte[] reportPdf;

  @BeforeEach
  void serve() throws Exception {
    site = new FixtureSite("127.0.0.1");
    elsewhere = new FixtureSite("127.0.0.2"); // another host: the profile does not allow it
    reportPdf = Files.readAllBytes(new PdfMaker().paragraph("Keeping count: crime recording in policing.")
        .write(dir.resolve("r.pdf")));
    byte[] kentPdf = Files.readAllBytes(new PdfMaker().paragraph("Dear Home Secretary, I welcome the report.")
        .write(dir.resolve("k.pdf")));
    byte[] essexDocx = Files.readAllBytes(DocxMaker.write(dir.resolve("e.docx"), "Essex", "The Essex response."));
    byte[] flaky = Files.readAllBytes(new PdfMaker().paragraph("Flaky but there.").write(dir.resolve("f.pdf")));
    byte[] slow = Files.readAllBytes(new PdfMaker().paragraph("Slow but there.").write(dir.resolve("s.pdf")));
    site.page("/robots.txt", "").file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
        .page("/publications/", """
            <html><body><nav><a href="/about/">About us</a></nav><h1>Publications</h1>
            <ul><li><a href="/publications/keeping-count/">Keeping count: crime recording in policing</a></li>
            <li><a href="/private/drafts/">Draft reports for review</a></li></ul>
            <a href="/publications/page/2/">Next page</a></body></html>""")
        .page("/publications/page/2/", """
            <html><body><h1>Publications</h1>
            <ul><li><a href="/publications/faults/">A page of faults</a></li></ul></body></html>""")
        .page("/publications/keeping-count/", """
            <html><body><h1>Keeping count: crime recording in policing</h1>
            <p>Published on: 14 March 2030</p>
            <h2>Get the report</h2><h3>Read the report online</h3>
            <p><a href="/publication-html/keeping-count/">Keeping count (HTML)</a></p>
            <h3>Download the report</h3>
            <p><a href="/files/keeping-count.pdf">Keeping count (PDF document)</a></p>
            <h2>Responses</h2>
            <ul><li><a href="/files/kent-response.pdf">Kent PCC response (PDF document)</a></li>
            <li><a href="/files/essex-response.docx">Essex PFCC response</a></li>
            <li><a href="/publication-html/letter-to-kent/">Letter to the Chief Constable of Kent Police</a></li>
            <li><a href="%s/files/elsewhere.pdf">Copy held elsewhere</a></li></ul></body></html>"""
            .formatted(elsewhere.base()))
        .page("/publication-html/keeping-count/", """
            <html><body><h1>Keeping count: crime recording in policing</h1><p>Published on: 14 March 2030</p>
            <p>We recommend that chief constables should audit crime records.</p></body></html>""")
        .page("/publication-html/letter-to-kent/", """
            <html><body><h1>Letter to the Chief Constable of Kent Police</h1>
            <div><h2>Letter information</h2><p>From:</p><p>Rebecca Thornfield</p><p>HM Inspector</p>
            <p>To:</p><p>Chief Constable</p><p>Sent on:</p><p>2 October 2030</p></div>
            <p>Dear Chief Constable</p></body></html>""")
        .page("/publications/faults/", """
            <html><body><h1>Faults</h1>
            <p><a href="/files/flaky.pdf">Flaky report</a> <a href="/files/slow.pdf">Slow report</a>
            <a href="/files/loop-a.pdf">Looping report</a> <a href="/files/huge.pdf">Huge report</a>
            <a href="/files/gone.pdf">Gone report</a> <a href="/files/copy-of-keeping-count.pdf">Copy</a>
            <a href="/files/error-page.pdf">Error page</a></p></body></html>""")
        .file("/files/keeping-count.pdf", "application/pdf", reportPdf)
        .file("/files/copy-of-keeping-count.pdf", "application/pdf", reportPdf)
        .file("/files/kent-response.pdf", "application/pdf", kentPdf)
        .file("/files/essex-response.docx", "application/octet-stream", essexDocx)
        .file("/files/flaky.pdf", "application/pdf", flaky)
        .file("/files/slow.pdf", "application/pdf", slow)
        .file("/files/huge.pdf", "application/pdf", new byte[300_000])
        .file("/files/error-page.pdf", "application/pdf", "<html><body><h1>Error</h1></body></html>".getBytes())
        .file("/private/drafts/", "text/html", "<a href='/files/secret.pdf'>secret</a>".getBytes());
    elsewhere.file("/files/elsewhere.pdf", "application/pdf", reportPdf);
  }

  @AfterEach
  void stop() {
    site.close();
    elsewhere.close();
  }

  private Crawler.Summary crawl() throws Exception {
    Crawler c = new Crawler(new Crawler.Settings(dir.resolve("corpus"), Profile.load("hmicfrs"),
        List.of(URI.create(site.base() + "/publications/")), Duration.ofMillis(5), 50, 200_000, "test@example.org",
        Duration.ofSeconds(5), 3, 50));
    return c.crawl(new Crawler.Listener() {});
  }

  private Map<String, ManifestEntry> manifest() throws Exception {
    return Manifest.load(dir.resolve("corpus")).entries().stream()
        .collect(Collectors.toMap(e -> URI.create(e.url()).getPath(), Function.identity()));
  }

  @Test
  void crawlsTheSiteIntoTheCorpusWithWhatThePagesSay() throws Exception {
    Crawler.Summary s = crawl();
    Map<String, ManifestEntry> m = manifest();

    ManifestEntry report = m.get("/files/keeping-count.pdf");
    assertThat(report.file()).isEqualTo(CorpusNames.host(URI.create(site.base())) + "/keeping-count.pdf");
    assertThat(Files.readAllBytes(dir.resolve("corpus").resolve(report.file()))).isEqualTo(reportPdf);
    assertThat(report.sha256()).hasSize(64);
    assertThat(report.contentType()).isEqualTo("application/pdf");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.etag()).isNotNull();
    assertThat(report.foundOn()).endsWith("/publications/keeping-count/");
    assertThat(report.linkText()).isEqualTo("Keeping count (PDF document)");
    assertThat(report.reportTitle()).isEqualTo("Keeping count: crime recording in policing");
    assertThat(report.publicationDate()).isEqualTo("2030-03-14");

    assertThat(m.get("/files/kent-response.pdf").force()).isEqualTo("Kent Police");
    ManifestEntry essex = m.get("/files/essex-response.docx");
    assertThat(essex.force()).isEqualTo("Essex Police");
    assertThat(essex.file()).endsWith("essex-response.docx"); // stored by what it is, not by its content type
    assertThat(m.get("/publication-html/keeping-count/").file()).endsWith("keeping-count.html");
    ManifestEntry letter = m.get("/publication-html/letter-to-kent/");
    assertThat(letter.force()).isEqualTo("Kent Police");
    assertThat(Files.readString(dir.resolve("corpus").resolve(letter.file()))).contains("Letter information",
        "Sent on:");

    // faults: retried, waited for, stopped, refused, recorded
    assertThat(site.hits("/files/flaky.pdf")).isEqualTo(2);
    assertThat(m.get("/files/flaky.pdf").file()).isNotNull();
    assertThat(site.hits("/files/slow.pdf")).isEqualTo(2);
    assertThat(m.get("/files/slow.pdf").file()).isNotNull();
    assertThat(m.get("/files/loop-a.pdf").error()).isEqualTo("redirect loop");
    assertThat(m.get("/files/huge.pdf").error()).startsWith("refused: larger than 200000 bytes");
    assertThat(m.get("/files/gone.pdf").status()).isEqualTo(404);
    assertThat(m.get("/files/gone.pdf").error()).isEqualTo("not found (404)");
    assertThat(m.get("/files/error-page.pdf").file()).endsWith("error-page.html");
    // the same bytes at two addresses are stored once
    assertThat(m.get("/files/copy-of-keeping-count.pdf").file()).isEqualTo(report.file());
    assertThat(manifest().get("/files/keeping-count.pdf").alsoAt()).containsExactly(site.base()
        + "/files/copy-of-keeping-count.pdf");
    assertThat(s.duplicates()).isEqualTo(1);

    // politeness: robots.txt obeyed, a host outside the profile never contacted
    assertThat(site.hits("/private/drafts/")).isZero();
    assertThat(elsewhere.requests).isEmpty();
    assertThat(m).doesNotContainKey("/files/elsewhere.pdf");
    assertThat(s.skipped()).extracting(Crawler.Skip::url, Crawler.Skip::reason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(elsewhere.base() + "/files/elsewhere.pdf", Crawler.SkipReason.HOST),
        org.assertj.core.groups.Tuple.tuple(site.base() + "/private/drafts/", Crawler.SkipReason.ROBOTS));
    assertThat(s.errors()).extracting(Crawler.Failure::url).map(u -> URI.create(u).getPath())
        .containsExactlyInAnyOrder("/files/loop-a.pdf", "/files/huge.pdf", "/files/gone.pdf");
  }

  @Test
  void aSecondRunAsksConditionallyAndDownloadsNothingNew() throws Exception {
    crawl();
    site.requests.clear();
    Crawler.Summary again = crawl();
    assertThat(again.fetched()).isZero();
    assertThat(again.unchanged()).isGreaterThanOrEqualTo(9);
    List<FixtureSite.Request> documents = site.requests.stream().filter(r -> r.path().startsWith("/files/")
        && !r.path().contains("gone") && !r.path().contains("huge") && !r.path().contains("loop")).toList();
    assertThat(documents).isNotEmpty().allSatisfy(r -> assertThat(r.ifNoneMatch()).isNotNull());
  }
}

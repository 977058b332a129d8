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
import org.oversight.samples.PdfMaker;

/**
 * Shapes of the publisher's site that addresses alone do not reveal: a response reached through an old address that
 * redirects to the PDF, a publication page that lives outside the listing's path, a letter page that names its own
 * title and addressee, and links the crawler must not follow (robots.txt, other hosts), which are skips, not failures.
 * The pages are samples written for the tests in the site's shape.
 */
class CrawlerSiteShapesTest {
  @TempDir Path dir;
  FixtureSite site;
  FixtureSite elsewhere;
  byte[] custodyPdf;
  byte[] responsePdf;

  @BeforeEach
  void serve() throws Exception {
    site = new FixtureSite("127.0.0.1");
    elsewhere = new FixtureSite("127.0.0.2");
    custodyPdf = Files.readAllBytes(new PdfMaker().paragraph("Sample: custody suites inspected in 2030.")
        .write(dir.resolve("c.pdf")));
    responsePdf = Files.readAllBytes(new PdfMaker().paragraph("Sample: the commissioner's reply to the inspection.")
        .write(dir.resolve("r.pdf")));
    site.file("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes())
        .page("/publications/", """
            <html><body><header><nav><a href="/about-us/">About us</a> <a href="/careers/">Careers</a></nav></header>
            <main><h1>Publications</h1><ul>
            <li><a href="../inspections/custody-in-dorset/">Custody in Dorset</a></li>
            <li><a href="/publication-html/monitoring-decision-0412/">Monitoring decision</a></li>
            <li><a href="/our-work/article/how-we-inspect/">How we inspect</a></li>
            <li><a href="/private/archive/">Archived publications before 2013</a></li>
            </ul></main><footer><a href="/accessibility/">Accessibility</a></footer></body></html>""")
        .page("/inspections/custody-in-dorset/", """
            <html><body><h1>Custody in Dorset: an inspection of police custody</h1>
            <p>Sample publication page written for a test.</p>
            <h2>Get the report</h2><h3>Download the report</h3>
            <p><a href="/files/custody-in-dorset.pdf">Custody in Dorset (PDF document)</a></p>
            <p>Published on: 3 May 2030</p>
            <h2>Responses</h2><ul>
            <li><a href="/hmicfrs/media/dorset-pcc-response">Dorset PCC response (PDF document)</a></li>
            <li><a href="/hmicfrs/media/custody-summary">Custody summary (PDF document)</a></li>
            <li><a href="%s/files/copy.pdf">A copy held elsewhere (PDF document)</a></li>
            </ul></body></html>""".formatted(elsewhere.base()))
        .file("/files/custody-in-dorset.pdf", "application/pdf", custodyPdf)
        .redirect("/hmicfrs/media/dorset-pcc-response", "/download/4417")
        .file("/download/4417", "application/pdf", responsePdf)
        .redirect("/hmicfrs/media/custody-summary", "/news/custody-summary/")
        .page("/news/custody-summary/", """
            <html><body><h1>Custody summary</h1><p>A news item, not a PDF.</p></body></html>""")
        .page("/publication-html/monitoring-decision-0412/", """
            <html><body><h1>Letter: the decision to end enhanced monitoring</h1>
            <div class="letter-information"><h2>Letter information</h2>
            <dl><dt>From</dt><dd>Sample Inspector</dd><dd>HM Inspector of Constabulary</dd>
            <dt>To</dt><dd>Sample Chief</dd><dd>Chief Constable, Dorset Police</dd>
            <dt>Sent on</dt><dd>9 June 2030</dd></dl></div>
            <p>Published on: 12 June 2030</p>
            <p>Dear Chief Constable, this sample letter was written for a test.</p></body></html>""")
        .page("/our-work/article/how-we-inspect/", """
            <html><body><h1>How we inspect</h1><p>A static page.</p>
            <p><a href="/files/guidance.pdf">Inspection guidance (PDF document)</a></p></body></html>""")
        .file("/files/guidance.pdf", "application/pdf", custodyPdf)
        .page("/private/archive/", "<html><body><h1>Archive</h1></body></html>");
    elsewhere.file("/files/copy.pdf", "application/pdf", responsePdf);
  }

  @AfterEach
  void stop() {
    site.close();
    elsewhere.close();
  }

  private Crawler.Summary crawl() throws Exception {
    return new Crawler(new Crawler.Settings(dir.resolve("corpus"), Profile.load("hmicfrs"),
        List.of(URI.create(site.base() + "/publications/")), Duration.ZERO, 50, 1_000_000, null,
        Duration.ofSeconds(5), 1, 10)).crawl(new Crawler.Listener() {});
  }

  private Map<String, ManifestEntry> manifest() throws Exception {
    return Manifest.load(dir.resolve("corpus")).entries().stream()
        .collect(Collectors.toMap(e -> URI.create(e.url()).getPath(), Function.identity()));
  }

  @Test
  void aResponseLinkedThroughAnOldAddressIsFetchedWhereItRedirects() throws Exception {
    crawl();
    ManifestEntry response = manifest().get("/hmicfrs/media/dorset-pcc-response");
    assertThat(response).as("a link whose text says PCC response PDF, whatever its address").isNotNull();
    assertThat(response.finalUrl()).endsWith("/download/4417");
    assertThat(response.contentType()).isEqualTo("application/pdf");
    assertThat(response.file()).endsWith(".pdf");
    assertThat(Files.readAllBytes(dir.resolve("corpus").resolve(response.file()))).isEqualTo(responsePdf);
    assertThat(response.force()).isEqualTo("Dorset Police");
    assertThat(response.reportTitle()).isEqualTo("Custody in Dorset: an inspection of police custody");
    assertThat(response.publicationDate()).isEqualTo("2030-05-03");
  }

  @Test
  void aLinkThatPromisedAPdfButGivesAWebPageIsNotKept() throws Exception {
    Crawler.Summary s = crawl();
    assertThat(site.hits("/news/custody-summary/")).isEqualTo(1);
    assertThat(manifest()).doesNotContainKey("/hmicfrs/media/custody-summary");
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void aPublicationPageOutsideTheListingsPathIsRecognisedByWhatItHolds() throws Exception {
    crawl();
    ManifestEntry report = manifest().get("/files/custody-in-dorset.pdf");
    assertThat(report).isNotNull();
    assertThat(report.foundOn()).endsWith("/inspections/custody-in-dorset/");
    assertThat(report.reportTitle()).isEqualTo("Custody in Dorset: an inspection of police custody");
    assertThat(report.publicationDate()).isEqualTo("2030-05-03");
    // a page tried from the listing that holds no publication is not read for links
    assertThat(site.hits("/our-work/article/how-we-inspect/")).isEqualTo(1);
    assertThat(site.hits("/files/guidance.pdf")).isZero();
    // the site's navigation is not a listing's content
    assertThat(site.hits("/about-us/")).isZero();
    assertThat(site.hits("/careers/")).isZero();
    assertThat(site.hits("/accessibility/")).isZero();
  }

  @Test
  void aLetterPageNamesItsOwnTitleDateAndAddressee() throws Exception {
    crawl();
    ManifestEntry letter = manifest().get("/publication-html/monitoring-decision-0412/");
    assertThat(letter.file()).endsWith(".html");
    assertThat(letter.linkText()).isEqualTo("Monitoring decision");
    assertThat(letter.reportTitle()).isEqualTo("Letter: the decision to end enhanced monitoring");
    assertThat(letter.force()).isEqualTo("Dorset Police");
    assertThat(letter.publicationDate()).isEqualTo("2030-06-09"); // sent on, not published on
  }

  @Test
  void aListingsHeadingIsNotAReportTitle() throws Exception {
    site.page("/publications/", """
        <html><body><h1>Publications</h1>
        <ul><li><a href="/files/annual-summary-2030.pdf">Annual summary 2030</a></li></ul></body></html>""")
        .file("/files/annual-summary-2030.pdf", "application/pdf", custodyPdf);
    crawl();
    ManifestEntry e = manifest().get("/files/annual-summary-2030.pdf");
    assertThat(e.file()).isNotNull();
    assertThat(e.reportTitle()).isNull();
  }

  @Test
  void refusalsByRobotsAndByTheAllowlistAreSkipsCountedApart() throws Exception {
    Crawler.Summary s = crawl();
    assertThat(s.errors()).isEmpty();
    assertThat(s.skipped()).extracting(Crawler.Skip::url)
        .containsExactlyInAnyOrder(site.base() + "/private/archive/", elsewhere.base() + "/files/copy.pdf");
    assertThat(s.skippedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Crawler.SkipReason.ROBOTS, 1, Crawler.SkipReason.HOST, 1));
    assertThat(site.hits("/private/archive/")).isZero();
    assertThat(elsewhere.requests).isEmpty();
  }
}

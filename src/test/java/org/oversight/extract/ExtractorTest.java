package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.samples.DocxMaker;
import org.oversight.samples.PdfMaker;

class ExtractorTest {
  static Extractor extractor;
  @TempDir Path dir;

  @BeforeAll
  static void setUp() {
    extractor = new Extractor();
  }

  private static String text(ExtractedDocument d) {
    return d.text();
  }

  @Test
  void pdfTextIsKeptPerPageWithoutRunningHeadersOrPageNumbers() throws Exception {
    PdfMaker pdf = new PdfMaker().header("SAMPLE | Example inspection of custody").pageNumbers().linesPerPage(5);
    for (int i = 1; i <= 6; i++) {
      pdf.paragraph("Paragraph " + i + " explains how detainees were treated in custody suites across the "
          + "force area, with particular attention to safeguarding arrangements and the recording of risk.");
    }
    ExtractedDocument doc = extractor.extract(pdf.write(dir.resolve("report.pdf")));

    assertThat(doc.format()).isEqualTo("pdf");
    assertThat(doc.pages()).isGreaterThanOrEqualTo(3);
    assertThat(text(doc)).doesNotContain("SAMPLE | Example", "Page 1 of", "Page 2 of");
    // every paragraph comes back whole, its wrapped lines and hyphenated words rejoined
    for (int i = 1; i <= 6; i++) {
      assertThat(doc.passages()).extracting(Passage::text).contains("Paragraph " + i + " explains how detainees "
          + "were treated in custody suites across the force area, with particular attention to safeguarding "
          + "arrangements and the recording of risk.");
    }
    assertThat(doc.passages().get(0).page()).isEqualTo(1);
    assertThat(doc.passages().get(doc.passages().size() - 1).page()).isEqualTo(doc.pages());
  }

  @Test
  void docxParagraphsAndLineBreaksSurvive() throws Exception {
    Path file = DocxMaker.write(dir.resolve("response.docx"), "A response",
        "Dear Home Secretary,", "I welcome the report and its findings on vetting.",
        "Jane Example\nPolice and Crime Commissioner for Kent");
    ExtractedDocument doc = extractor.extract(file);
    assertThat(doc.format()).isEqualTo("docx");
    assertThat(doc.title()).isEqualTo("A response");
    assertThat(doc.passages()).extracting(Passage::text).containsExactly("Dear Home Secretary,",
        "I welcome the report and its findings on vetting.", "Jane Example\nPolice and Crime Commissioner for Kent");
  }

  @Test
  void newsPageKeepsTheArticleAndDropsNavigationBannersAndFooters() throws Exception {
    String html = """
        <html><head><title>Force told to improve | Sample News</title>
        <meta property="article:published_time" content="2023-06-30T09:00:00+01:00"></head><body>
        <div class="cookie-consent"><p>We use cookies on this site to improve your experience.</p></div>
        <nav><a href="/">Home</a><a href="/crime">Crime</a></nav>
        <article><h1>Force told to improve</h1>
        <p>Inspectors said the force must answer emergency calls faster.</p>
        <p>The chief constable said work had already started.</p>
        <div class="social-share">Share this article</div></article>
        <aside><h2>Most read</h2><p>Bypass to close for repairs</p></aside>
        <footer><p>All rights reserved. Privacy policy.</p></footer></body></html>
        """;
    Path file = Files.writeString(dir.resolve("news.html"), html);
    ExtractedDocument doc = extractor.extract(file);
    assertThat(doc.format()).isEqualTo("html");
    assertThat(doc.passages()).extracting(Passage::text).containsExactly("Force told to improve",
        "Inspectors said the force must answer emergency calls faster.",
        "The chief constable said work had already started.");
    assertThat(doc.metadata()).containsEntry("published", "2023-06-30T09:00:00+01:00");
  }

  @Test
  void aLetterSavedAsTextThatOpensLikeMailKeepsItsHeadLines() throws Exception {
    Path file = Files.writeString(dir.resolve("letter.txt"), """
        From: Imogen Example, HM Inspector of Constabulary
        To: Chief Constable Alan Sample, Kent Police
        Sent on: 28 August 2024

        Dear Chief Constable,

        I write to confirm that the force leaves the Engage phase of our monitoring.
        """);
    ExtractedDocument doc = extractor.extract(file);
    assertThat(doc.mediaType()).isEqualTo("text/plain");
    assertThat(doc.text()).contains("From: Imogen Example", "Sent on: 28 August 2024");
  }

  @Test
  void typeComesFromTheBytesNotTheExtension() throws Exception {
    Path docx = DocxMaker.write(dir.resolve("really-a-docx.pdf"), "t", "Misnamed but readable.");
    ExtractedDocument doc = extractor.extract(docx);
    assertThat(doc.format()).isEqualTo("docx");
    assertThat(text(doc)).isEqualTo("Misnamed but readable.");
    Path page = Files.writeString(dir.resolve("page.txt"),
        "<html><body><main><h1>Page moved</h1><p>The page you asked for has moved.</p></main></body></html>");
    assertThat(extractor.extract(page).format()).isEqualTo("html");
  }

  @Test
  void plainTextInLegacyAndUnicodeEncodings() throws Exception {
    String s = "The force\u2019s review will cost about \u00a340,000 and finish in the summer, the chief constable said.";
    Path cp1252 = Files.writeString(dir.resolve("statement.txt"), s + "\r\n", Charset.forName("windows-1252"));
    Path utf16 = dir.resolve("statement16.txt");
    Files.write(utf16, (s + "\n").getBytes(StandardCharsets.UTF_16));
    assertThat(text(extractor.extract(cp1252))).isEqualTo(s);
    assertThat(text(extractor.extract(utf16))).isEqualTo(s);
  }

  @Test
  void odtParagraphsAreRead() throws Exception {
    Path file = dir.resolve("minutes.odt");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      var entry = new java.util.zip.ZipEntry("mimetype");
      entry.setMethod(java.util.zip.ZipEntry.STORED);
      entry.setSize(mime.length);
      var crc = new java.util.zip.CRC32();
      crc.update(mime);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
      zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis."
          + "opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type="
          + "\"text/xml\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + "<text:p>Minutes of the police and crime panel.</text:p><text:p>The panel noted the response.</text:p>"
          + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ExtractedDocument doc = extractor.extract(file);
    assertThat(doc.format()).isEqualTo("odt");
    assertThat(doc.passages()).extracting(Passage::text)
        .containsExactly("Minutes of the police and crime panel.", "The panel noted the response.");
  }

  @Test
  void rtfIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("minutes.rtf"),
        "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Minutes of the panel.\\par Resolved: to note the report.\\par}");
    ExtractedDocument doc = extractor.extract(file);
    assertThat(doc.format()).isEqualTo("rtf");
    assertThat(doc.passages()).extracting(Passage::text)
        .containsExactly("Minutes of the panel.", "Resolved: to note the report.");
  }

  @Test
  void badFilesAreRefusedWithAReason() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Path binary = Files.write(dir.resolve("noise.docx"), noise);
    Path truncated = dir.resolve("truncated.pdf");
    byte[] pdf = Files.readAllBytes(new PdfMaker().paragraph("Some text.").write(dir.resolve("whole.pdf")));
    Files.write(truncated, java.util.Arrays.copyOf(pdf, 300));

    assertThatThrownBy(() -> extractor.extract(empty)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> extractor.extract(binary)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("unrecognised binary content");
    assertThatThrownBy(() -> extractor.extract(truncated)).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("pdf");
    assertThatThrownBy(() -> new Extractor(10).extract(Files.writeString(dir.resolve("big.txt"), "x".repeat(11))))
        .hasMessageContaining("file too large");
  }

  @Test
  void sameBytesGiveTheSameId() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Identical content.");
    Path b = Files.writeString(dir.resolve("b.txt"), "Identical content.");
    assertThat(extractor.load(a).source().id()).isEqualTo(extractor.load(b).source().id()).hasSize(64);
    assertThat(List.of(extractor.load(a).source().size())).containsExactly(18L);
  }
}

package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.extract.Extractor;
import org.oversight.model.FailureKind;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;
import org.oversight.samples.DocxMaker;
import org.oversight.samples.PdfMaker;

/** A dirty corpus: every bad file is named with its reason, every good one beside them is indexed. */
class BadInputTest {
  @TempDir static Path dir;
  static Ingest.Report report;
  static Map<String, String> reasons = new TreeMap<>();

  static Path pdf(Path out, String text) throws Exception {
    return new PdfMaker().paragraph(text).write(out);
  }

  @BeforeAll
  static void ingestADirtyCorpus() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    // good files
    pdf(docs.resolve("good.pdf"), "The inspectors praised the force's work on knife crime.");
    Files.writeString(docs.resolve("good-cp1252.txt"), "The force\u2019s review of firearms licensing costs \u00a35,000.",
        Charset.forName("windows-1252"));
    Files.write(docs.resolve("good-utf16.txt"), "Inspectors reviewed drone operations.".getBytes(StandardCharsets.UTF_16));
    // a PDF whose cross-reference table points to the wrong places: PDFBox rebuilds it
    byte[] whole = Files.readAllBytes(pdf(dir.resolve("tmp.pdf"), "Recovered text about road policing."));
    String s = new String(whole, StandardCharsets.ISO_8859_1);
    Files.write(docs.resolve("broken-xref.pdf"), s.replaceAll("(?m)^\\d{10} 00000 n", "0000000999 00000 n")
        .replaceFirst("startxref\\s+\\d+", "startxref\n12345").getBytes(StandardCharsets.ISO_8859_1));
    // encrypted: with only an owner password it opens; with a user password it does not
    encrypt(pdf(dir.resolve("o.pdf"), "Owner-locked text about rural crime."), docs.resolve("owner-only.pdf"), "");
    encrypt(pdf(dir.resolve("u.pdf"), "Secret."), docs.resolve("user-password.pdf"), "letmein");
    // bad files
    Files.createFile(docs.resolve("empty.pdf"));
    Files.write(docs.resolve("truncated.pdf"), java.util.Arrays.copyOf(whole, 300));
    Files.writeString(docs.resolve("error-page.pdf"), "<html><body><h1>404 Not Found</h1></body></html>");
    byte[] noise = new byte[8192];
    new Random(1).nextBytes(noise);
    Files.write(docs.resolve("noise.doc"), noise);
    Files.write(docs.resolve("bomb.docx"), zipBomb());
    Files.writeString(docs.resolve("nested.html"), "<div>".repeat(5000) + "deep" + "</div>".repeat(5000));
    Files.writeString(docs.resolve("nested.xml"), "<?xml version=\"1.0\"?>" + "<a>".repeat(20000) + "x"
        + "</a>".repeat(20000));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRETVALUE");
    Files.writeString(docs.resolve("xxe.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]><r><p>External entity: &x; end of note about burglary.</p></r>");
    try (RandomAccessFile big = new RandomAccessFile(docs.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    }
    report = new Ingest(new Ingest.Options(dir.resolve("index"), 2,
        new DocumentPipeline.Limits(Extractor.DEFAULT_MAX_BYTES, Duration.ofSeconds(120))), SharedAnnotator::get).run(List.of(docs), new Ingest.Listener() {});
    report.failures().forEach(f -> reasons.put(f.file().getFileName().toString(), f.reason()));
  }

  static void encrypt(Path in, Path out, String userPassword) throws Exception {
    try (PDDocument doc = Loader.loadPDF(in.toFile())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
          new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out.toFile());
    }
  }

  /** A DOCX whose document part expands a thousandfold. */
  static byte[] zipBomb() throws Exception {
    Path plain = DocxMaker.write(dir.resolve("plain.docx"), "t", "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(plain)); ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          String head = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
          z.write(head.getBytes(StandardCharsets.UTF_8));
          byte[] para = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < 400_000; i++) z.write(para);
          z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(z);
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static List<String> found(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 20, 5)).hits().stream().map(SearchHit::file).toList();
    }
  }

  @Test
  void everyBadFileIsNamedWithItsReason() {
    assertThat(reasons).containsEntry("empty.pdf", "empty file (0 bytes)")
        .containsEntry("user-password.pdf", "encrypted pdf (a password is needed to read it)")
        .containsEntry("noise.doc", "unrecognised binary content (not a document format, whatever its name says)")
        .containsEntry("huge.txt", "file too large: 209715200 bytes, limit 104857600");
    // jsoup itself stops nesting at 512 levels; past that the page is refused
    assertThat(reasons.get("nested.html")).startsWith("refused: html nests 513 levels deep");
    assertThat(reasons.get("truncated.pdf")).startsWith("pdf could not be parsed: ");
    // 12.8 million characters from a 60 KB file: stopped at the limit, long before it fills the memory
    assertThat(reasons.get("bomb.docx")).isEqualTo("too large once extracted: more than 5,000,000 characters of text");
    assertThat(reasons).hasSize(7);
  }

  @Test
  void everyFailureHasAKindAScriptCanCount() {
    Map<String, FailureKind> kinds = new TreeMap<>();
    report.failures().forEach(f -> kinds.put(f.file().getFileName().toString(), f.kind()));
    assertThat(kinds).containsEntry("empty.pdf", FailureKind.EMPTY)
        .containsEntry("user-password.pdf", FailureKind.ENCRYPTED)
        .containsEntry("noise.doc", FailureKind.UNRECOGNISED)
        .containsEntry("huge.txt", FailureKind.TOO_LARGE)
        .containsEntry("nested.html", FailureKind.TOO_DEEP)
        .containsEntry("truncated.pdf", FailureKind.UNPARSEABLE)
        .containsEntry("bomb.docx", FailureKind.TOO_LARGE);
    assertThat(report.failuresByKind()).containsEntry(FailureKind.TOO_LARGE, 2).containsEntry(FailureKind.EMPTY, 1);
    assertThat(report.failed()).isTrue();
  }

  @Test
  void dataFilesAreSkippedAndCountedNotFailed() {
    // XML (a build file, a feed, the nested and the entity-laden files here) is data, not a document of this corpus
    assertThat(report.skipped()).containsEntry("data file", 2);
    assertThat(reasons).doesNotContainKeys("nested.xml", "xxe.xml");
  }

  @Test
  void theGoodFilesBesideThemAreIndexed() throws Exception {
    assertThat(report.added()).isEqualTo(6);
    assertThat(found("knife")).containsExactly("good.pdf");
    assertThat(found("firearms")).containsExactly("good-cp1252.txt");
    assertThat(found("drone")).containsExactly("good-utf16.txt");
    assertThat(found("\"road policing\"")).containsExactly("broken-xref.pdf");
    assertThat(found("rural")).containsExactly("owner-only.pdf");
  }

  @Test
  void aWebPageSavedAsAPdfIsReadAsTheWebPageItIsWithANote() throws Exception {
    assertThat(found("\"not found\"")).containsExactly("error-page.pdf");
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      assertThat(s.show("error-page.pdf").record().metadata())
          .containsEntry("note", "a web page saved as .pdf; read as a web page");
    }
  }

  @Test
  void anExternalEntityIsNeverResolved() throws Exception {
    assertThat(found("topsecretvalue")).isEmpty();
  }
}

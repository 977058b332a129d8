package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.extract.Extractor;
import org.oversight.index.Schema;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;
import org.oversight.samples.PdfMaker;

class IngestTest {
  @TempDir Path dir;

  private Ingest.Report ingest(Path... paths) throws Exception {
    Ingest ingest = new Ingest(new Ingest.Options(dir.resolve("index"), 2, Extractor.DEFAULT_MAX_BYTES),
        SharedAnnotator::get);
    return ingest.run(List.of(paths), new Ingest.Listener() {});
  }

  private List<SearchHit> search(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 10, 5)).hits();
    }
  }

  @Test
  void ingestedDocumentsAreFoundWithTheirPageAndType() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    new PdfMaker().linesPerPage(6)
        .paragraph("Dear Chief Constable")
        .paragraph("We found that the force's custody suites were clean and well run.")
        .pageBreak()
        .paragraph("However, detainees waited too long for a solicitor at weekends.")
        .paragraph("Yours sincerely")
        .write(docs.resolve("letter.pdf"));
    Files.writeString(docs.resolve("note.txt"), "An unrelated note about budgets.");

    Ingest.Report report = ingest(docs);

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.failures()).isEmpty();
    List<SearchHit> hits = search("solicitor");
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.file()).isEqualTo("letter.pdf");
      assertThat(h.page()).isEqualTo(2);
      assertThat(h.docType()).isEqualTo("hmicfrs_letter");
      assertThat(h.snippet()).contains("<b>solicitor</b>");
    });
  }

  @Test
  void reIngestingAnUnchangedFileDoesNothingAndAChangedFileReplacesIt() throws Exception {
    Path file = Files.writeString(dir.resolve("response.txt"), "The commissioner welcomed the report on stalking.");
    assertThat(ingest(file).added()).isEqualTo(1);

    Ingest.Report again = ingest(file);
    assertThat(again.unchanged()).isEqualTo(1);
    assertThat(again.added() + again.replaced()).isZero();

    Files.writeString(file, "The commissioner rejected the report on harassment.");
    Ingest.Report changed = ingest(file);
    assertThat(changed.replaced()).isEqualTo(1);
    assertThat(search("stalking")).isEmpty();
    assertThat(search("harassment")).hasSize(1);
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      assertThat(s.count(Schema.DOCUMENT)).isEqualTo(1);
    }
  }

  @Test
  void badFilesAreReportedAndTheGoodOnesBesideThemIndexed() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(docs.resolve("good.txt"), "Inspectors praised the neighbourhood policing teams.");
    Files.createFile(docs.resolve("empty.pdf"));
    Files.write(docs.resolve("junk.doc"), new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7, 0, 9});

    Ingest.Report report = ingest(docs);

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.failed()).isTrue();
    assertThat(report.failures()).extracting(f -> f.file().getFileName().toString() + ": " + f.reason())
        .containsExactly("empty.pdf: empty file (0 bytes)",
            "junk.doc: unrecognised binary content (not a document format, whatever its name says)");
    assertThat(search("neighbourhood")).hasSize(1);
  }

  @Test
  void theSameContentUnderTwoNamesIsIndexedOnce() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("dups"));
    Files.writeString(docs.resolve("a.txt"), "Copy of the statement on firearms licensing.");
    Files.writeString(docs.resolve("b.txt"), "Copy of the statement on firearms licensing.");
    Ingest.Report report = ingest(docs);
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(search("firearms")).hasSize(1);
  }

  @Test
  void aRunThatFailsBeforeCommittingLeavesTheIndexAsItWas() throws Exception {
    Path first = Files.writeString(dir.resolve("first.txt"), "The first document mentions drones.");
    ingest(first);
    Path second = Files.writeString(dir.resolve("second.txt"), "The second document mentions helicopters.");
    Ingest failing = new Ingest(new Ingest.Options(dir.resolve("index"), 1, Extractor.DEFAULT_MAX_BYTES),
        () -> { throw new OutOfMemoryError("simulated crash while loading models"); });
    try {
      failing.run(List.of(second), new Ingest.Listener() {});
    } catch (Throwable expected) {
      // the run dies
    }
    assertThat(search("drones")).hasSize(1);
    assertThat(search("helicopters")).isEmpty();
  }

  @Test
  void variantsOfOneReportTitleGroupUnderOneSpelling() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("responses"));
    Files.writeString(docs.resolve("kent.txt"), "Response to HMICFRS report: Keeping count: crime recording in "
        + "policing\n\n2 May 2030\n\nI welcome this report on crime recording.\n");
    Files.writeString(docs.resolve("surrey.txt"), "Surrey Police and Crime Commissioner's response to Keeping count "
        + "crime recording in policing\n\n4 May 2030\n\nI also welcome this report on crime recording.\n");
    // one thread, so that the first spelling met (files in name order) is the one kept
    new Ingest(new Ingest.Options(dir.resolve("index"), 1, Extractor.DEFAULT_MAX_BYTES), SharedAnnotator::get)
        .run(List.of(docs), new Ingest.Listener() {});
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      var result = s.search(SearchRequest.of("recording", 10, 5));
      assertThat(result.facets().get("report")).containsExactly(
          java.util.Map.entry("Keeping count: crime recording in policing", 4));
      assertThat(s.search(SearchRequest.of("report:\"keeping count: crime recording in policing\"", 10, 5)).hits()).extracting(SearchHit::file).contains("kent.txt", "surrey.txt");
    }
  }
}

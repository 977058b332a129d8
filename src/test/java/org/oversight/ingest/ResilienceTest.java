package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.cli.Main;
import org.oversight.extract.Extractor;
import org.oversight.extract.Ocr;
import org.oversight.index.CorpusIndex;
import org.oversight.index.Schema;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;
import org.oversight.samples.ScanMaker;

/** Crashes, a second writer, a searcher beside a writer, a document that takes too long, scanned pages. */
class ResilienceTest {
  @TempDir Path dir;

  private Ingest.Report ingest(Duration timeout, Path... paths) throws Exception {
    return new Ingest(new Ingest.Options(dir.resolve("index"), 2,
        new DocumentPipeline.Limits(Extractor.DEFAULT_MAX_BYTES, timeout)),
        SharedAnnotator::get).run(List.of(paths), new Ingest.Listener() {});
  }

  private List<String> found(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 50, 50)).hits().stream().map(SearchHit::file).toList();
    }
  }

  @Test
  void anIngestKilledAfterItsFirstCommitKeepsItAndTheNextRunDoesOnlyTheRest() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("first.txt"), "An earlier document about cybercrime.");
    ingest(DocumentPipeline.Limits.DEFAULT_TIMEOUT, docs);
    for (int i = 0; i < 400; i++) {
      Files.writeString(docs.resolve(String.format("doc-%04d.txt", i)), "Document " + i + " says the force in "
          + "Kent reviewed its custody records on 3 March 2024 and found twelve errors in the detention logs.");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", docs.toString(), "--index", dir.resolve("index").toString(), "--threads", "1")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    // the run commits every 100 files or 30 seconds: wait for its first commit, then kill it during the next batch
    long seen = 1;
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (seen == 1 && child.isAlive() && System.nanoTime() < giveUp) {
      Thread.sleep(100);
      try (Searcher s = Searcher.open(dir.resolve("index"))) {
        seen = s.count(Schema.DOCUMENT);
      }
    }
    assertThat(child.isAlive()).as("the child was still working when killed").isTrue();
    child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no last commit

    long kept;
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      kept = s.count(Schema.DOCUMENT);
    }
    assertThat(kept).as("the index holds what was committed before the kill").isGreaterThanOrEqualTo(seen)
        .isGreaterThan(1).isLessThan(401);
    Ingest.Report second = ingest(DocumentPipeline.Limits.DEFAULT_TIMEOUT, docs);
    assertThat(second.unchanged()).isEqualTo(kept);
    assertThat(second.added()).isEqualTo(401 - kept); // only the rest is read
    assertThat(second.failures()).isEmpty();
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      assertThat(s.count(Schema.DOCUMENT)).isEqualTo(401);
      List<String> files = new ArrayList<>();
      s.search(SearchRequest.of("custody", 1000, 1)).hits().forEach(h -> files.add(h.file()));
      Set<String> distinct = new HashSet<>(files);
      assertThat(files).hasSize(400).hasSameSizeAs(distinct); // each document exactly once
    }
  }

  @Test
  void aFileARunDiedWhileReadingIsNamedAndReadAgainByTheNextRun() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path file = Files.writeString(docs.resolve("note.txt"), "SAMPLE: a note on hare coursing.");
    // what a run killed in the middle of this file leaves beside the index
    Path slots = Files.createDirectories(dir.resolve("index").resolve("in-flight"));
    Files.writeString(slots.resolve("thread-42"), FileNames.identity(file));

    Ingest.Report r = ingest(DocumentPipeline.Limits.DEFAULT_TIMEOUT, docs);

    assertThat(r.readAgain()).containsExactly(file.toString());
    assertThat(r.added()).isEqualTo(1);
    try (var left = Files.list(slots)) {
      assertThat(left).isEmpty(); // a run that ends well leaves no names behind
    }
  }

  @Test
  void aSecondIngestIsRefusedAtOnceAndSearchSeesTheLastCommit() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "A committed note about speeding.");
    ingest(DocumentPipeline.Limits.DEFAULT_TIMEOUT, a);
    Path b = Files.writeString(dir.resolve("b.txt"), "An uncommitted note about littering.");
    try (CorpusIndex writer = CorpusIndex.open(dir.resolve("index"))) {
      var annotated = SharedAnnotator.get().annotate(new Extractor().extract(b));
      writer.put(annotated, b.toString()); // added, not committed: an ingest in progress

      assertThat(found("speeding")).containsExactly("a.txt");
      assertThat(found("littering")).isEmpty();

      StringWriter err = new StringWriter();
      int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest",
          Files.writeString(dir.resolve("c.txt"), "Third.").toString(), "--index", dir.resolve("index").toString());
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("is busy: another ingest is writing to it");
    }
    assertThat(found("littering")).isEmpty(); // the writer closed without committing
    assertThat(found("third")).isEmpty(); // the refused run changed nothing
  }

  @Test
  void aDocumentThatTakesTooLongIsGivenUpAndTheRestIndexed() throws Exception {
    SharedAnnotator.get(); // models loaded: the limit is for the document, not for start-up
    Path docs = Files.createDirectories(dir.resolve("slow"));
    Files.writeString(docs.resolve("quick.txt"), "A quick note about hare coursing.");
    Files.writeString(docs.resolve("endless.txt"),
        "Kent Police reviewed every case file in the county and wrote to each victim again. ".repeat(2500));
    Ingest.Report r = ingest(Duration.ofSeconds(1), docs);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.file().getFileName().toString()).isEqualTo("endless.txt");
      assertThat(f.reason()).isEqualTo("timed out after 1 s (--timeout): parsing and annotating did not finish");
    });
    assertThat(found("hare")).containsExactly("quick.txt");
  }

  @Test
  void scannedPagesAreReadByOcrWhenTesseractIsInstalled() throws Exception {
    assumeTrue(Ocr.available(), "tesseract is not installed (.ci/run installs it)");
    Path scan = ScanMaker.write(dir.resolve("scanned-letter.pdf"), "Dear Home Secretary,",
        "I welcome the report on custody in Gwent.", "Yours sincerely");
    Ingest.Report r = ingest(DocumentPipeline.Limits.DEFAULT_TIMEOUT, scan);
    assertThat(r.failures()).isEmpty();
    assertThat(r.pagesWithoutText()).isZero();
    assertThat(found("Gwent")).containsExactly("scanned-letter.pdf");
  }
}

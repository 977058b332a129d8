package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;
import org.oversight.samples.DocxMaker;
import org.oversight.samples.HostileFiles;
import org.oversight.samples.PdfMaker;

/**
 * The hostile shapes real corpora hold, each small on disk, next to good documents, through {@code oversight ingest}
 * as a user runs it: the run ends, every good document is indexed, each bad file is named once with its reason, and
 * the exit code is 1.
 */
class HostileCorpusTest {
  @TempDir static Path dir;
  static int code;
  static String out;
  static String err;

  @BeforeAll
  static void ingestAHostileCorpus() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    new PdfMaker().paragraph("SAMPLE: the inspectors praised the force's work on knife crime.")
        .write(docs.resolve("good-letter.pdf"));
    DocxMaker.write(docs.resolve("good-response.docx"), "Response", "SAMPLE: the commissioner welcomed the report "
        + "on drones.");
    Files.writeString(docs.resolve("good-note.txt"), "SAMPLE: a note on hare coursing.");
    Path inner = new PdfMaker().paragraph("SAMPLE: the annex on rural crime.").write(dir.resolve("annex.pdf"));
    HostileFiles.zipOf(docs.resolve("good-papers.zip"), inner);

    HostileFiles.manyPages(docs.resolve("page-tree.pdf"), 6_000);
    HostileFiles.textOpsPage(docs.resolve("one-huge-page.pdf"), 700_000); // 38 MB of instructions, 110 KB file
    HostileFiles.nestedZip(docs.resolve("nested.zip"), 8);
    HostileFiles.manyEntries(docs.resolve("many.zip"), 1_200);
    HostileFiles.zipOfZips(docs.resolve("zip-of-zips.zip"), 16, 4, 100_000); // 6.4 million characters
    HostileFiles.gzipText(docs.resolve("text-bomb.txt.gz"), 6_000_000);
    HostileFiles.drawingLoop(docs.resolve("loop.pdf"), 8, 20);

    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code = Main.run(new PrintWriter(o), new PrintWriter(e), "ingest", docs.toString(), "--index",
        dir.resolve("index").toString(), "--timeout", "20", "--threads", "2");
    out = o.toString();
    err = e.toString();
  }

  private static List<String> found(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 20, 5)).hits().stream().map(SearchHit::file).toList();
    }
  }

  @Test
  void everyBadFileIsNamedOnceWithItsReason() {
    Map<String, String> expected = Map.of(
        "page-tree.pdf", "refused: too many pages: 6000 (limit 5000)",
        "one-huge-page.pdf", "refused: page 1 holds more than 32 MB of drawing instructions",
        "nested.zip", "embedded files nest too deep: more than 5 levels (an archive in an archive ...)",
        "many.zip", "too many embedded files: more than 1,000",
        "zip-of-zips.zip", "too large once extracted: more than 5,000,000 characters of text",
        "text-bomb.txt.gz", "too large once extracted: more than 5,000,000 characters of text",
        "loop.pdf", "timed out after 20 s (--timeout): reading it did not finish; its worker process was stopped");
    List<String> lines = err.lines().filter(l -> l.startsWith("failed: ")).toList();
    assertThat(lines).as(err).hasSize(expected.size());
    expected.forEach((file, reason) -> assertThat(lines).as(err)
        .containsOnlyOnce("failed: " + dir.resolve("docs").resolve(file) + ": " + reason));
  }

  @Test
  void everyGoodDocumentIsIndexedAndTheExitCodeSaysSomethingFailed() throws Exception {
    assertThat(code).isEqualTo(1);
    assertThat(out).startsWith("11 files: 4 added, 0 replaced, 0 unchanged, 0 duplicates, 7 failed");
    assertThat(found("knife")).containsExactly("good-letter.pdf");
    assertThat(found("drones")).containsExactly("good-response.docx");
    assertThat(found("hare")).containsExactly("good-note.txt");
    assertThat(found("rural")).containsExactly("good-papers.zip/annex.pdf");
  }

  @Test
  void noLibraryPrintsOnTheTerminal() {
    assertThat(err.lines()).allSatisfy(l -> assertThat(l).startsWith("failed: "));
  }
}

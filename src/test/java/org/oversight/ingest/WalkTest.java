package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.model.Failure;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;

/** Every file accounted for, whatever its name or place: odd bytes, line breaks, links, loops, unreadable folders. */
class WalkTest {
  @TempDir Path dir;

  private Ingest.Report ingest(Path... paths) throws Exception {
    return new Ingest(new Ingest.Options(dir.resolve("index"), 2, 100L << 20), SharedAnnotator::get)
        .run(List.of(paths), new Ingest.Listener() {});
  }

  private List<String> found(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 20, 5)).hits().stream().map(SearchHit::file).toList();
    }
  }

  /** Writes a file whose name holds bytes that are not UTF-8, which Java cannot spell: the shell can. */
  private static void writeRawName(Path folder, String bashName, String text) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", "printf '%s' \"$1\" > " + bashName, "-", text)
        .directory(folder.toFile()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void namesThatDifferOnlyInBytesThatAreNotUtf8AreTwoFiles() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash writes the names");
    Path docs = Files.createDirectories(dir.resolve("names"));
    writeRawName(docs, "$'caf\\xe9.txt'", "SAMPLE: the first note, on cafés and licensing.");
    writeRawName(docs, "$'caf\\xe8.txt'", "SAMPLE: the second note, on cafés and noise.");
    writeRawName(docs, "$'caf\\xe7-empty.pdf'", "");

    Ingest.Report r = ingest(docs);

    assertThat(r.added()).isEqualTo(2);
    assertThat(found("licensing")).hasSize(1);
    assertThat(found("noise")).hasSize(1);
    assertThat(r.failures()).extracting(f -> FileNames.display(f.file()))
        .containsExactly(docs + "/caf\\xE7-empty.pdf");
    assertThat(ingest(docs).unchanged()).isEqualTo(2); // each is known by its own name, not a lookalike
  }

  @Test
  void aNameWithALineBreakStaysOnOneFailureLine() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("lines"));
    Path odd = Files.createFile(docs.resolve("minutes\nof the panel.pdf"));
    Ingest.Report r = ingest(docs);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(odd);
      assertThat(FileNames.display(f.file())).isEqualTo(docs + "/minutes\\nof the panel.pdf");
    });
  }

  @Test
  void aFolderGivenThroughALinkIsFollowedAndALoopIsNotFollowedTwice() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/sub"));
    Files.writeString(real.resolve("note.txt"), "SAMPLE: a note on hare coursing.");
    Files.createSymbolicLink(real.resolve("back-up"), dir.resolve("real")); // a loop to a folder above
    Path dangling = Files.createSymbolicLink(real.resolve("moved.pdf"), dir.resolve("nowhere.pdf"));
    Path link = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));

    Ingest.Report r = ingest(link);

    assertThat(r.files()).isEqualTo(1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.failures()).extracting(f -> f.file().getFileName().toString(), Failure::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(dangling.getFileName().toString(),
            "broken symbolic link (its target does not exist)"));
    assertThat(r.skipped()).containsEntry("symbolic link loops back to a folder above it (not followed)", 1);
    assertThat(found("hare")).containsExactly("note.txt");
  }

  @Test
  void anUnreadableFolderIsAFailureOfItsOwnAndTheRestIsRead() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(docs.resolve("open.txt"), "SAMPLE: a note anyone may read, on drones.");
    Path closed = Files.createDirectories(docs.resolve("closed"));
    Files.writeString(closed.resolve("secret.txt"), "SAMPLE: a restricted note.");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(closed), "the tests run as a user who reads every folder (root)");
      Ingest.Report r = ingest(docs);
      assertThat(r.failures()).extracting(Failure::file, Failure::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(closed, "folder not readable (permission denied)"));
      assertThat(found("drones")).containsExactly("open.txt");
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }
}

package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;

/**
 * A folder as it changes between runs: files gone since they were indexed are reported and, with {@code --prune},
 * removed; a folder with no documents says so; files that are not documents are counted apart, never failures.
 */
class CorpusChangesTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 3];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = dir.resolve("index").toString();
    all[args.length + 2] = args[0].equals("ingest") ? "--no-progress" : "--format=table";
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void filesGoneFromAFolderAreReportedAndPrunedOnRequest() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("kept.txt"), "SAMPLE: a note on hare coursing.");
    Path gone = Files.writeString(docs.resolve("gone.txt"), "SAMPLE: a note on speed cameras.");
    assertThat(run("ingest", docs.toString()).code()).isZero();
    Files.delete(gone);

    Run noticed = run("ingest", docs.toString());
    assertThat(noticed.code()).isZero();
    assertThat(noticed.err()).contains("gone: " + gone + " (indexed earlier, no longer there; --prune removes it "
        + "from the index)");
    assertThat(run("search", "cameras").out()).contains("gone.txt");
    assertThat(run("show", "gone.txt").out()).contains(gone + " (no longer there)");

    Run pruned = run("ingest", docs.toString(), "--prune");
    assertThat(pruned.err()).contains("removed: " + gone + " (no longer there)");
    assertThat(run("search", "cameras").out()).doesNotContain("gone.txt");
    assertThat(run("search", "hare").out()).contains("kept.txt");
    assertThat(run("ingest", docs.toString()).err()).doesNotContain("gone");
  }

  @Test
  void anArchiveWhoseDocumentsAreAllIndexedAlreadyIsKnownAsReadNextTime() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path letter = new org.oversight.samples.PdfMaker().paragraph("SAMPLE: a letter about knife crime.")
        .write(docs.resolve("letter.pdf"));
    org.oversight.samples.HostileFiles.zipOf(docs.resolve("papers.zip"), letter);

    Run first = run("ingest", docs.toString());
    assertThat(first.out()).startsWith("2 files: 1 added, 0 replaced, 0 unchanged, 1 duplicates, 0 failed");
    Run second = run("ingest", docs.toString());
    assertThat(second.out()).startsWith("2 files: 0 added, 0 replaced, 2 unchanged, 0 duplicates, 0 failed");
  }

  @Test
  void anEmptyFolderSaysSoAndFails() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Run r = run("ingest", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("oversight: no documents found under " + empty + "\n");
  }

  @Test
  void filesThatAreNotDocumentsAreSkippedAndCountedNotFailed() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.writeString(project.resolve("pom.xml"), "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion>"
        + "</project>");
    Files.writeString(project.resolve("data.json"), "{\"force\": \"Kent\"}");
    Files.write(project.resolve("tool"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0,
        0x3e, 0, 1, 0, 0, 0});
    Run only = run("ingest", project.toString());
    assertThat(only.code()).isEqualTo(1);
    assertThat(only.err()).isEqualTo("oversight: no documents found under " + project
        + " (2 data file, 1 program)\n");

    Files.writeString(project.resolve("README.txt"), "SAMPLE: how the force publishes its data.");
    Run mixed = run("ingest", project.toString());
    assertThat(mixed.code()).isZero();
    assertThat(mixed.err()).isEmpty();
    assertThat(mixed.out()).startsWith("4 files: 1 added, 0 replaced, 0 unchanged, 0 duplicates, 0 failed; "
        + "skipped 2 data file, 1 program (");
  }
}

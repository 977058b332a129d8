package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;
import org.oversight.samples.PdfMaker;

/**
 * Failed files are kept with their kind and reason, listed by {@code oversight failures}, not read again while they
 * are unchanged, read again when they change or with {@code --retry-failed}, and leave the list once they succeed.
 */
class KnownFailuresTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--index";
    all[args.length + 1] = dir.resolve("index").toString();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aFailedFileIsKeptListedNotReadAgainUntilItChangesAndLeavesTheListOnceRead() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("note.txt"), "SAMPLE: a note on hare coursing.");
    Path broken = docs.resolve("letter.pdf");
    byte[] whole = Files.readAllBytes(new PdfMaker().paragraph("SAMPLE: a letter about knife crime.")
        .write(dir.resolve("whole.pdf")));
    Files.write(broken, java.util.Arrays.copyOf(whole, 300)); // cut short, as a broken download is

    Run first = run("ingest", docs.toString(), "--no-progress");
    assertThat(first.code()).isEqualTo(1);
    assertThat(first.err()).contains("failed: " + broken + ": pdf could not be parsed");

    Run listed = run("failures", "--format", "csv");
    assertThat(listed.code()).isZero();
    assertThat(listed.out().lines().toList()).hasSize(2).first().isEqualTo("name,kind,size,failed_at,file,reason");
    assertThat(listed.out()).contains("letter.pdf,unparseable,").contains("," + broken + ",").contains("pdf could not be parsed");
    assertThat(run("failures").out()).contains("letter.pdf", "unparseable");
    assertThat(run("failures", "--format", "json").out()).contains("\"kind\" : \"unparseable\"");

    // unchanged: not read again, not a failure of this run
    Run second = run("ingest", docs.toString(), "--no-progress");
    assertThat(second.code()).isZero();
    assertThat(second.out()).startsWith("2 files: 0 added, 0 replaced, 1 unchanged, 0 duplicates, 0 failed, "
        + "1 known failure");
    assertThat(second.err()).contains("1 file failed in an earlier run and did not change");

    // asked to: read again, fails again
    Run retried = run("ingest", "--retry-failed", "--no-progress");
    assertThat(retried.code()).isEqualTo(1);
    assertThat(retried.out()).startsWith("1 file: 0 added");
    assertThat(retried.err()).contains("failed: " + broken + ": pdf could not be parsed");

    // changed (fixed): read again without asking, and it leaves the list
    Files.write(broken, whole);
    Files.setLastModifiedTime(broken, FileTime.from(Instant.now().plusSeconds(5)));
    Run fixed = run("ingest", docs.toString(), "--no-progress");
    assertThat(fixed.code()).isZero();
    assertThat(fixed.out()).startsWith("2 files: 1 added, 0 replaced, 1 unchanged, 0 duplicates, 0 failed (");
    assertThat(run("failures", "--format", "jsonl").out()).isEmpty();
    assertThat(run("search", "knife").out()).contains("letter.pdf");
  }

  @Test
  void retryFailedReadsOnlyTheKnownFailures() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("note.txt"), "SAMPLE: a note on hare coursing.");
    Files.createFile(docs.resolve("empty.pdf"));
    assertThat(run("ingest", docs.toString(), "--no-progress").code()).isEqualTo(1);
    Files.writeString(docs.resolve("later.txt"), "SAMPLE: a note added later, on drones.");
    Run retried = run("ingest", "--retry-failed", "--no-progress");
    assertThat(retried.out()).startsWith("1 file: 0 added, 0 replaced, 0 unchanged, 0 duplicates, 1 failed");
    assertThat(retried.err()).contains("failed: " + docs.resolve("empty.pdf") + ": empty file (0 bytes)");
    assertThat(run("search", "drones").out()).doesNotContain("later.txt");
  }
}

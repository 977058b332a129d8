package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.extract.ExtractionLimits;
import org.oversight.extract.Extractor;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;
import org.oversight.samples.HostileFiles;
import org.oversight.samples.PdfMaker;
import org.oversight.samples.RecursingParser;

/**
 * A file that fills the heap, a parser that overflows its stack, a worker process that crashes: each ends its file,
 * named with what happened, never the run; the next file is read as usual.
 */
class IsolationTest {
  @TempDir Path dir;

  private Ingest.Report ingest(Path docs, Isolation isolation, ExtractionLimits limits, Duration timeout)
      throws Exception {
    return new Ingest(new Ingest.Options(dir.resolve("index"), 1,
        new DocumentPipeline.Limits(Extractor.DEFAULT_MAX_BYTES, timeout, limits)).isolated(isolation)
        .retryingFailures(true), SharedAnnotator::get).run(List.of(docs), new Ingest.Listener() {});
  }

  private List<String> found(String q) throws Exception {
    try (Searcher s = Searcher.open(dir.resolve("index"))) {
      return s.search(SearchRequest.of(q, 20, 5)).hits().stream().map(SearchHit::file).toList();
    }
  }

  private Path goodFiles() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a-note.txt"), "SAMPLE: a note on hare coursing.");
    new PdfMaker().paragraph("SAMPLE: the inspectors praised the work on knife crime.").write(docs.resolve("z.pdf"));
    return docs;
  }

  @Test
  void aFileThatFillsTheHeapEndsItsWorkerNotTheRun() throws Exception {
    Path docs = goodFiles();
    // 150 million characters from a file of a few hundred KB, with the character limit lifted: only memory stops it
    HostileFiles.gzipText(docs.resolve("m-notes.txt.gz"), 150_000_000);
    ExtractionLimits unlimited = new ExtractionLimits(Integer.MAX_VALUE, 1_000, 5, 5_000, 32L << 20);

    Ingest.Report r = ingest(docs, new Isolation(Isolation.Mode.RISKY_FORMATS, 96, null), unlimited,
        Duration.ofMinutes(2));

    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.file().getFileName().toString()).isEqualTo("m-notes.txt.gz");
      assertThat(f.kind()).isEqualTo(FailureKind.OUT_OF_MEMORY);
      assertThat(f.reason()).isEqualTo("ran out of memory in its worker process (96 MB heap)");
    });
    assertThat(r.added()).isEqualTo(2);
    assertThat(found("hare")).containsExactly("a-note.txt");
    assertThat(found("knife")).containsExactly("z.pdf");
  }

  @Test
  void aFileThatFillsTheRunsOwnHeapIsNamedAndTheRunGoesOn() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    HostileFiles.gzipText(docs.resolve("a-notes.txt.gz"), 100_000_000); // read in process, no character limit
    Files.createFile(docs.resolve("b-empty.pdf"));
    Files.writeString(docs.resolve("c-data.json"), "{\"force\": \"Kent\"}");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        OutOfMemoryRun.class.getName(), docs.toString(), dir.resolve("index").toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as(output).isEqualTo(1);
    assertThat(output.lines().filter(l -> l.startsWith("failed: "))).as(output).containsExactly(
        "failed: " + docs.resolve("a-notes.txt.gz") + ": ran out of memory in the run's own process (heap 64 MB; "
            + "--isolate reads every file in a worker process)",
        "failed: " + docs.resolve("b-empty.pdf") + ": empty file (0 bytes)");
    assertThat(org.oversight.index.KnownFailures.of(dir.resolve("index")))
        .extracting(org.oversight.index.StoredFailure::file, org.oversight.index.StoredFailure::kind)
        .contains(org.assertj.core.groups.Tuple.tuple("a-notes.txt.gz", FailureKind.OUT_OF_MEMORY));
  }

  @Test
  void aParserThatOverflowsItsStackFailsOnlyItsFileInAWorkerOrInTheRunsOwnProcess() throws Exception {
    Path docs = goodFiles();
    Files.writeString(docs.resolve("m-fuzzed.bin"), RecursingParser.MAGIC + " and then anything");
    for (Isolation.Mode mode : List.of(Isolation.Mode.RISKY_FORMATS, Isolation.Mode.NONE)) {
      Ingest.Report r = ingest(docs, new Isolation(mode, 256, null), ExtractionLimits.defaults(),
          Duration.ofMinutes(2));
      assertThat(r.failures()).as(mode.name()).singleElement().satisfies(f -> {
        assertThat(f.file().getFileName().toString()).isEqualTo("m-fuzzed.bin");
        assertThat(f.kind()).isEqualTo(FailureKind.TOO_DEEP);
        assertThat(f.reason()).contains("nests too deeply to parse");
      });
    }
    assertThat(found("hare")).containsExactly("a-note.txt");
    assertThat(found("knife")).containsExactly("z.pdf");
  }

  /** Whether a process has a file of that name open (Linux: its descriptors in /proc). */
  private static boolean opens(ProcessHandle p, String name) {
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(p.pid()), "fd"))) {
      return fds.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).getFileName().toString().equals(name);
        } catch (IOException e) {
          return false; // closed meanwhile
        }
      });
    } catch (IOException e) {
      return false; // the process is gone
    }
  }

  @Test
  void aWorkerThatCrashesNamesItsFileAndTheNextFileHasANewWorker() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to tell which worker reads the file");
    Path docs = goodFiles();
    HostileFiles.drawingLoop(docs.resolve("m-loop.pdf"), 8, 20); // keeps its worker busy until it is killed
    // a native crash, as a parser's native code or the JVM itself dies: SIGABRT to the worker reading the loop
    CompletableFuture<Boolean> crash = CompletableFuture.supplyAsync(() -> {
      long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (System.nanoTime() < giveUp) {
        // the worker process that has the loop open (a worker may first read z.pdf, on another of the run's
        // threads, while this file waits for it)
        Optional<ProcessHandle> worker = ProcessHandle.current().children()
            .filter(p -> p.info().command().orElse("").endsWith("/java") && opens(p, "m-loop.pdf")).findFirst();
        if (worker.isPresent()) {
          try {
            Thread.sleep(1_000); // let it get into the loop
            return new ProcessBuilder("kill", "-ABRT", String.valueOf(worker.get().pid())).start().waitFor() == 0;
          } catch (Exception e) {
            return false;
          }
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return false;
        }
      }
      return false;
    });

    Ingest.Report r = ingest(docs, Isolation.defaults(), ExtractionLimits.defaults(), Duration.ofMinutes(3));

    assertThat(crash.get()).isTrue();
    assertThat(r.failures()).extracting(Failure::kind, f -> f.file().getFileName().toString(), Failure::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FailureKind.CRASHED, "m-loop.pdf",
            "crashed its worker process (abort, exit 134)"));
    assertThat(found("knife")).containsExactly("z.pdf"); // read after the crash, by a new worker
  }
}

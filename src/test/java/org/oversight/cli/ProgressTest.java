package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingest says while it works (issue 11, also): the models loading, rates as "0.3 docs/s", "1 file". */
class ProgressTest {
  @TempDir Path dir;

  @Test
  void theBarSaysWhileTheLanguageModelsLoad() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (IngestCommand.Progress p = new IngestCommand.Progress(stream, 20)) {
      p.started(2);
      p.loadingModels(true);
      // the bar redraws every 20 ms on a thread of its own: wait for a redraw (at most 10 s on a busy machine)
      awaitOutput(bytes, IngestCommand.Progress.LOADING);
      assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("0/2", IngestCommand.Progress.LOADING);
      p.loadingModels(false);
      p.done(Path.of("a.txt"));
      p.done(Path.of("b.txt"));
      awaitOutput(bytes, "2/2");
    }
    String all = bytes.toString(StandardCharsets.UTF_8);
    String last = all.substring(all.lastIndexOf('\r') + 1);
    assertThat(last).contains("2/2", "docs/s").doesNotContain("loading");
  }

  private static void awaitOutput(ByteArrayOutputStream bytes, String text) throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (!bytes.toString(StandardCharsets.UTF_8).contains(text) && System.nanoTime() < until) Thread.sleep(20);
  }

  @Test
  void ratesHaveALeadingZero() {
    assertThat(IngestCommand.Progress.RATE.format(0.3)).isEqualTo("0.3");
    assertThat(IngestCommand.Progress.RATE.format(12.25)).isEqualTo("12.2");
  }

  @Test
  void oneFileIsOneFile() throws Exception {
    Files.writeString(dir.resolve("note.txt"), "A short note about custody records in Kent.");
    Cli.Run r = Cli.run("ingest", dir.resolve("note.txt").toString(), "--index", dir.resolve("index").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("1 file: 1 added, 0 replaced, 0 unchanged, 0 duplicates, 0 failed (");
  }
}

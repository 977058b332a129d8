package org.oversight.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.oversight.extract.ExtractionLimits;
import org.oversight.extract.Extractor;
import org.oversight.model.Failure;

/**
 * An ingest run in its own small JVM, every file read in process with the character limit lifted, for the test of
 * a file that fills the run's own heap ({@link IsolationTest}). No language models: the files it is given fail or are
 * skipped before annotation.
 */
public final class OutOfMemoryRun {
  private OutOfMemoryRun() {}

  /** Arguments: the folder and the index. Prints one line per failure; exits 1 when any. */
  public static void main(String[] args) throws Exception {
    ExtractionLimits unlimited = new ExtractionLimits(Integer.MAX_VALUE, 1_000, 5, 5_000, 32L << 20);
    Ingest.Options options = new Ingest.Options(Path.of(args[1]), 1,
        new DocumentPipeline.Limits(Extractor.DEFAULT_MAX_BYTES, Duration.ofMinutes(2), unlimited))
        .isolated(new Isolation(Isolation.Mode.NONE, 256, null));
    Ingest.Report r = new Ingest(options, () -> {
      throw new IllegalStateException("no language models in this run");
    }).run(List.of(Path.of(args[0])), new Ingest.Listener() {});
    for (Failure f : r.failures()) System.out.println("failed: " + FileNames.display(f.file()) + ": " + f.reason());
    System.exit(r.failed() ? 1 : 0);
  }
}

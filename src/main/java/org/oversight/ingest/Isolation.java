package org.oversight.ingest;

import java.nio.file.Path;
import org.oversight.extract.Workers;

/**
 * Which files are read in a worker process, where a parser that fills the heap, overflows the stack, crashes or never
 * ends takes down the worker and not the run.
 *
 * @param mode which files
 * @param workerHeapMegabytes each worker's heap
 * @param log where workers' messages go (appended); null for the run's own standard error
 */
public record Isolation(Mode mode, int workerHeapMegabytes, Path log) {
  /** Which files are read in a worker. */
  public enum Mode {
    /**
     * Every file but plain text and modest web pages, which the run reads with its own bounded code: the default.
     * A worker starts while the language models load, so a small run hardly notices it.
     */
    RISKY_FORMATS,
    /** Every file ({@code --isolate}). */
    EVERY_FILE,
    /** None: every parser runs in the run's own process ({@code --in-process}; quicker to start, for debugging). */
    NONE
  }

  /** Risky formats in workers of the default heap, their messages on the run's standard error. */
  public static Isolation defaults() {
    return new Isolation(Mode.RISKY_FORMATS, Workers.Settings.DEFAULT_HEAP_MB, null);
  }

  /** The same, with workers' messages appended to {@code log}. */
  public Isolation loggingTo(Path log) {
    return new Isolation(mode, workerHeapMegabytes, log);
  }
}

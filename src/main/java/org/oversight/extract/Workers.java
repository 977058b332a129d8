package org.oversight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.oversight.model.FailureKind;
import org.oversight.model.Json;

/**
 * Extraction in worker processes: child JVMs of the run's own class path, each reading one file at a time, so that a
 * file that fills the heap, overflows the stack, crashes native code or never finishes ends a worker, not the run.
 * A worker that dies, or is stopped for taking too long, is replaced for the next file; the file is named with what
 * happened. One worker per thread that asks, started on first need.
 */
public final class Workers implements AutoCloseable {
  /** A worker is replaced after this many files, so that whatever a parser leaks does not pile up. */
  static final int FILES_PER_WORKER = 2_000;

  /**
   * How workers run.
   *
   * @param heapMegabytes each worker's heap: the most memory one file may take to read
   * @param log where workers' standard error goes (libraries' messages), appended; null for the run's own
   * @param limits what one file may become once extracted
   * @param classArchive a class-data archive for workers' start-up (made by the first worker that ends when there
   *     is none), or null for none
   */
  public record Settings(int heapMegabytes, Path log, ExtractionLimits limits, Path classArchive) {
    /** A gigabyte of heap for each worker. */
    public static final int DEFAULT_HEAP_MB = 1024;
    /** The system property by which the launcher names the class-data archive of workers. */
    public static final String ARCHIVE_PROPERTY = "oversight.worker.archive";

    /** Settings with the class-data archive the launcher names, if any. */
    public Settings(int heapMegabytes, Path log, ExtractionLimits limits) {
      this(heapMegabytes, log, limits, System.getProperty(ARCHIVE_PROPERTY) == null ? null
          : Path.of(System.getProperty(ARCHIVE_PROPERTY)));
    }
  }

  private final Settings settings;
  private final int max;
  /** Whether a worker of this pool has been started to write the class-data archive. */
  private boolean archiving;
  private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
  private final List<Worker> all = new ArrayList<>();
  private boolean closed;

  /** @param max how many workers at most: one per thread that extracts */
  public Workers(Settings settings, int max) {
    this.settings = settings;
    this.max = Math.max(1, max);
  }

  /**
   * Extracts a file in a worker, giving up after {@code timeout}.
   *
   * @throws ExtractionException the file's failure, including a worker that died on it or was stopped
   */
  public Extraction extract(Extractor.Loaded file, Duration timeout) throws ExtractionException, InterruptedException {
    return extract(file, null, timeout);
  }

  /**
   * Extracts a file in a worker whose type this process has already detected (the worker then does not detect it
   * again: a few milliseconds a file, most of the cost of a short PDF's reading); {@code detected} may be null.
   */
  public Extraction extract(Extractor.Loaded file, Extractor.Detected detected, Duration timeout)
      throws ExtractionException, InterruptedException {
    Worker w = borrow();
    try {
      return w.extract(file, detected, timeout);
    } finally {
      idle.add(w);
    }
  }

  private Worker borrow() throws InterruptedException {
    synchronized (this) {
      if (closed) throw new IllegalStateException("workers closed");
      Worker w = idle.poll();
      if (w != null) return w;
      if (all.size() < max) {
        w = new Worker();
        all.add(w);
        return w;
      }
    }
    return idle.take();
  }

  /** Stops every worker, letting it end by itself first (an archiving worker writes its archive as it ends). */
  @Override
  public synchronized void close() {
    closed = true;
    for (Worker w : all) w.end();
  }

  /**
   * The command of a worker: a JVM of the run's own class path, its heap bounded and ended by running out of it;
   * quick to start (the C1 compiler only, and the class-data archive when there is one: about half the start-up).
   */
  private synchronized List<String> command() {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + settings.heapMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.awt.headless=true"));
    Path archive = settings.classArchive();
    if (archive != null && java.nio.file.Files.isRegularFile(archive)) {
      cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    } else if (archive != null && !archiving && java.nio.file.Files.isWritable(archive.toAbsolutePath().getParent())) {
      archiving = true;
      cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ExtractionWorker.class.getName()));
    cmd.addAll(List.of(ExtractionWorker.arguments(settings.limits())));
    return cmd;
  }

  /** One child process and the thread that reads its answers. */
  private final class Worker {
    private static final String ENDED = "";
    private Process process;
    private BufferedWriter requests;
    private BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private volatile String lastOther;
    private int files;
    private long seq;

    Extraction extract(Extractor.Loaded file, Extractor.Detected detected, Duration timeout)
        throws ExtractionException, InterruptedException {
      if (process == null || !process.isAlive() || files >= FILES_PER_WORKER) {
        end();
        start(timeout);
      }
      long deadline = System.nanoTime() + timeout.toNanos(); // a worker's start-up is not the file's time
      files++;
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("seq", ++seq);
      request.put("file", file.source().path().toUri().toString()); // exact, whatever bytes the name holds
      request.put("id", file.source().id());
      request.put("size", file.source().size());
      if (detected != null) {
        request.put("type", detected.type().toString());
        request.put("format", detected.format());
      }
      try {
        requests.write(Json.MAPPER.writeValueAsString(request));
        requests.newLine();
        requests.flush();
      } catch (IOException e) {
        throw died();
      }
      String answer = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (answer == null) {
        stop();
        throw new ExtractionException(FailureKind.TIMEOUT, "timed out after " + timeout.toSeconds()
            + " s (--timeout): reading it did not finish; its worker process was stopped");
      }
      if (answer == ENDED) throw died();
      try {
        JsonNode node = Json.MAPPER.readTree(answer);
        if (node.has("extraction")) return Json.MAPPER.treeToValue(node.get("extraction"), Extraction.class);
        throw new ExtractionException(FailureKind.valueOf(node.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
            node.get("reason").asText());
      } catch (IOException | IllegalArgumentException e) {
        throw new ExtractionException(FailureKind.INTERNAL, "internal error: unreadable answer from a worker: "
            + Extractor.oneLine(e), e);
      }
    }

    private void start(Duration timeout) throws ExtractionException, InterruptedException {
      ProcessBuilder pb = new ProcessBuilder(command());
      // not the user's folder: whatever a crash leaves behind (a core file) goes to the temporary folder
      pb.directory(new java.io.File(System.getProperty("java.io.tmpdir")));
      // Tesseract (which Tika runs on pages without text) spreads one page over every core by default, and several
      // at once then fight for them: a scanned page read in a worker on 2 cores took 7.5 s that way, 2.1 s on one
      // thread (the launcher sets the same for the run's own process)
      pb.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
      pb.redirectError(settings.log() == null ? ProcessBuilder.Redirect.INHERIT
          : ProcessBuilder.Redirect.appendTo(settings.log().toFile()));
      try {
        process = pb.start();
      } catch (IOException e) {
        throw new ExtractionException(FailureKind.INTERNAL, "internal error: cannot start a worker process: "
            + Extractor.oneLine(e), e);
      }
      files = 0;
      answers = new LinkedBlockingQueue<>(); // a stopped process's reader may still say it ended
      requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      BlockingQueue<String> queue = answers;
      Thread reader = new Thread(() -> {
        try {
          for (String line; (line = out.readLine()) != null; ) {
            // the JVM itself may print here ("Terminating due to java.lang.OutOfMemoryError"): only JSON counts
            if (line.startsWith("{")) queue.add(line);
            else lastOther = line;
          }
        } catch (IOException e) {
          // the process is gone
        }
        queue.add(ENDED);
      }, "worker-answers");
      reader.setDaemon(true);
      reader.start();
      // the worker says it is ready once its parser is built; a start-up takes a second or two
      String ready = answers.poll(Math.max(60, timeout.toSeconds()), TimeUnit.SECONDS);
      if (ready == null || ready == ENDED) {
        String how = ready == null ? "did not answer within " + Math.max(60, timeout.toSeconds()) + " s"
            : "ended (exit " + process.waitFor() + ")";
        stop();
        throw new ExtractionException(FailureKind.INTERNAL, "internal error: a worker process could not start: it "
            + how + (settings.log() == null ? "" : "; see " + settings.log()));
      }
    }

    /** Why the process ended while reading a file. */
    private ExtractionException died() throws InterruptedException {
      int code = process.waitFor();
      process = null;
      String other = lastOther;
      lastOther = null;
      if (code == 3 || other != null && other.contains("OutOfMemoryError")) {
        return new ExtractionException(FailureKind.OUT_OF_MEMORY, "ran out of memory in its worker process ("
            + settings.heapMegabytes() + " MB heap)");
      }
      String how = switch (code) {
        case 134 -> "crashed its worker process (abort, exit 134)";
        case 137 -> "its worker process was killed (exit 137)";
        case 139 -> "crashed its worker process (segmentation fault, exit 139)";
        default -> code > 128 ? "crashed its worker process (signal " + (code - 128) + ")"
            : "its worker process ended unexpectedly (exit " + code + ")";
      };
      return new ExtractionException(FailureKind.CRASHED, how);
    }

    /** Stops the process at once: it is stuck, or broken. */
    void stop() {
      Process p = process;
      process = null;
      if (p == null) return;
      p.destroyForcibly();
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Ends the process as a worker ends when its requests do, stopping it if it does not within seconds. */
    void end() {
      Process p = process;
      if (p == null) return;
      try {
        requests.close(); // end of input: the worker's loop ends and its JVM exits
        if (!p.waitFor(15, TimeUnit.SECONDS)) stop();
      } catch (IOException e) {
        stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
      }
      process = null;
    }
  }
}

package org.oversight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The peak resident memory of a process, alone and with the processes it started (ingest's workers), sampled from
 * {@code /proc} on a thread of its own until the process ends or this is closed.
 */
final class ProcessMemory implements AutoCloseable {
  private final AtomicLong own = new AtomicLong();
  private final AtomicLong tree = new AtomicLong();
  private final Thread sampler;

  private ProcessMemory(Process p, long intervalMillis) {
    sampler = new Thread(() -> {
      while (p.isAlive()) {
        long alone = rssMb(p.toHandle());
        own.accumulateAndGet(alone, Math::max);
        tree.accumulateAndGet(alone + p.descendants().mapToLong(ProcessMemory::rssMb).sum(), Math::max);
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts sampling {@code p} every {@code intervalMillis}. */
  static ProcessMemory watch(Process p, long intervalMillis) {
    return new ProcessMemory(p, intervalMillis);
  }

  /** Peak resident memory of the process itself, MB. */
  long peakOwnMb() {
    return own.get();
  }

  /** Peak resident memory of the process and its descendants together, MB. */
  long peakTreeMb() {
    return tree.get();
  }

  @Override
  public void close() {
    sampler.interrupt();
  }

  /** Resident memory of one process, MB (0 when it has ended or cannot be read). */
  static long rssMb(ProcessHandle h) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(h.pid()), "status"))) {
      return lines.filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
          .findFirst().orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}

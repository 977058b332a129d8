package org.oversight.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files a run is reading at this moment, one small slot file per thread beside the index ({@code in-flight/}),
 * written before a file is read and emptied after. A run that dies in the middle (out of memory, {@code kill -9}, a
 * crash) leaves its slots behind: the next run reads them and reads those files again, in a worker process, so a file
 * that killed a run cannot do it twice. A run stopped by Ctrl-C empties its slots and blames nothing. While the run is
 * alive, an error no one caught is reported with the file its thread was on.
 */
final class InFlight implements AutoCloseable {
  private static final Map<Thread, Path> CURRENT = new ConcurrentHashMap<>();
  private final Path dir;
  private final Set<String> leftovers;
  private final Thread hook;
  private volatile boolean dying;

  private InFlight(Path dir, Set<String> leftovers) {
    this.dir = dir;
    this.leftovers = leftovers;
    this.hook = new Thread(() -> {
      if (!dying) clear(); // an interrupted run (Ctrl-C, kill) blames no file; a run out of memory keeps the names
    }, "oversight-in-flight");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Opens the slots of an index, collecting what a previous run left in them. */
  static InFlight open(Path index, PrintStream terminal) throws IOException {
    Path dir = index.resolve("in-flight");
    Files.createDirectories(dir);
    Set<String> left = new TreeSet<>();
    try (Stream<Path> slots = Files.list(dir)) {
      for (Path slot : slots.toList()) {
        String uri = Files.readString(slot, StandardCharsets.US_ASCII).strip();
        if (!uri.isEmpty()) left.add(uri);
        Files.deleteIfExists(slot);
      }
    }
    InFlight f = new InFlight(dir, left);
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      if (e instanceof OutOfMemoryError) f.dying = true;
      Path file = CURRENT.get(t);
      terminal.println("oversight: " + e + (file == null ? "" : " while reading " + FileNames.display(file)));
      terminal.flush();
    });
    return f;
  }

  /** Files (identities) a previous run was reading when it died. */
  Set<String> leftovers() {
    return leftovers;
  }

  /** This thread starts reading a file. */
  void begin(Path file) {
    CURRENT.put(Thread.currentThread(), file);
    write(FileNames.identity(file));
  }

  /** This thread is done with its file. */
  void end() {
    CURRENT.remove(Thread.currentThread());
    write("");
  }

  /** The run is out of memory: keep the slots for the next run to read. */
  void dying() {
    dying = true;
  }

  private void write(String uri) {
    try {
      Files.writeString(dir.resolve("thread-" + Thread.currentThread().getId()), uri, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      // a slot that cannot be written only costs the naming of a file after a crash
    }
  }

  private void clear() {
    try (Stream<Path> slots = Files.list(dir)) {
      for (Path slot : slots.toList()) Files.deleteIfExists(slot);
    } catch (IOException e) {
      // left for the next run, which reads the files named again, in a worker
    }
  }

  @Override
  public void close() {
    if (!dying) clear();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already
    }
  }
}

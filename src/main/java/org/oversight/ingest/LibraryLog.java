package org.oversight.ingest;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Keeps the terminal for the tool's own lines (one per failed file, the summary) while a run lasts: whatever the
 * libraries say (SLF4J, java.util.logging, log4j, commons-logging, stack traces printed to standard error or output)
 * goes to a log file beside the index instead, and worker processes append theirs to the same file. Closing it puts
 * the streams back.
 */
public final class LibraryLog implements AutoCloseable {
  private static volatile PrintStream terminal = System.err;
  private static volatile boolean onTerminal;

  private final PrintStream err;
  private final PrintStream out;
  private final PrintStream log;
  private final Path file;

  private LibraryLog(PrintStream log, Path file) {
    this.err = System.err;
    this.out = System.out;
    this.log = log;
    this.file = file;
  }

  /** Where the tool's own messages go while libraries write to the log: the terminal's standard error. */
  public static PrintStream terminal() {
    return terminal;
  }

  /** Whether libraries speak on the terminal in this run ({@code --verbose}). */
  public static boolean onTerminal() {
    return onTerminal;
  }

  /**
   * Sends the libraries' output to {@code file} (appended) until closed.
   *
   * @param verbose leave it on the terminal instead
   */
  public static LibraryLog open(Path file, boolean verbose) throws IOException {
    // java.util.logging writes through SLF4J like the others, so that one setting (and one file) governs them all
    if (!SLF4JBridgeHandler.isInstalled()) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
    }
    terminal = System.err;
    onTerminal = verbose;
    if (verbose) return new LibraryLog(null, null);
    Files.createDirectories(file.toAbsolutePath().getParent());
    PrintStream log = new PrintStream(new FileOutputStream(file.toFile(), true), true, StandardCharsets.UTF_8);
    LibraryLog l = new LibraryLog(log, file);
    // slf4j-simple looks System.err up at every write (simplelogger.properties), so its loggers follow
    System.setErr(log);
    System.setOut(log);
    return l;
  }

  /** The log file, or null when the libraries speak on the terminal ({@code --verbose}). */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    onTerminal = false;
    if (log == null) return;
    System.setErr(err);
    System.setOut(out);
    terminal = err;
    log.close();
  }
}

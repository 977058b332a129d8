package org.oversight.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A file a command writes: {@code -} for standard output; else a temporary file beside the target, renamed over it
 * only once everything is written, so that a run that fails leaves the old file as it was. What cannot be written is
 * said before anything runs, with the path and the reason.
 */
final class OutputFile implements Closeable {
  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private OutputFile(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  /** Whether the path names standard output. */
  static boolean isStandardOutput(Path target) {
    return target.toString().equals("-");
  }

  /**
   * Opens the output for writing.
   *
   * @throws IOException "cannot write PATH: reason" when the folder is missing, the path is a folder, or the folder
   *     cannot be written to
   */
  static OutputFile open(Path target, PrintWriter stdout) throws IOException {
    if (isStandardOutput(target)) {
      return new OutputFile(null, null, new FilterWriter(stdout) {
        @Override
        public void close() {
          stdout.flush(); // standard output stays open
        }
      });
    }
    if (Files.isDirectory(target)) throw new IOException("cannot write " + target + ": it is a folder");
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IOException("cannot write " + target + ": no such folder "
          + (target.getParent() != null ? target.getParent() : parent));
    }
    Path temp = (target.getParent() == null ? Path.of("") : target.getParent())
        .resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
    try {
      BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      return new OutputFile(target, temp, w);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + target + ": " + Main.describe(e).replaceFirst("^.*: ", ""), e);
    }
  }

  Writer writer() {
    return writer;
  }

  /** What the output is called in messages. */
  String name() {
    return target == null ? "standard output" : target.toString();
  }

  /** Puts what was written in place of the target. */
  void commit() throws IOException {
    writer.flush();
    if (target != null) {
      writer.close();
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Drops what was written unless it was committed. */
  @Override
  public void close() throws IOException {
    if (target == null) {
      writer.close();
      return;
    }
    if (!committed) {
      try {
        writer.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}

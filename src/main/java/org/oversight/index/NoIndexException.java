package org.oversight.index;

import java.io.IOException;
import java.nio.file.Path;

/** A folder given as an index holds none; nothing was created there. */
public final class NoIndexException extends IOException {
  public NoIndexException(Path dir) {
    super("no index at " + dir + ": run 'oversight ingest' first");
  }
}

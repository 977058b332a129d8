package org.oversight.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another ingest holds the index's write lock; nothing was changed. */
public final class IndexBusyException extends IOException {
  public IndexBusyException(Path dir) {
    super("index " + dir + " is busy: another ingest is writing to it; try again when it has finished");
  }
}

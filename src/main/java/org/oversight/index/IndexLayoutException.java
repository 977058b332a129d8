package org.oversight.index;

import java.io.IOException;

/** An index made with another layout than this build reads: re-ingesting into a new index is the remedy. */
public final class IndexLayoutException extends IOException {
  public IndexLayoutException(String message) {
    super(message);
  }
}

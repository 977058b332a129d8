package org.oversight.extract;

import org.oversight.model.FailureKind;

/** A file that could not be turned into text: the kind of failure, and a message of one line a user can act on. */
public final class ExtractionException extends Exception {
  private final FailureKind kind;

  public ExtractionException(FailureKind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public ExtractionException(FailureKind kind, String reason, Throwable cause) {
    super(reason, cause);
    this.kind = kind;
  }

  /** What kind of failure this is. */
  public FailureKind kind() {
    return kind;
  }
}

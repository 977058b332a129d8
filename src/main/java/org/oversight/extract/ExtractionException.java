package org.oversight.extract;

/** A file that could not be turned into text; the message is one line a user can act on. */
public final class ExtractionException extends Exception {
  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

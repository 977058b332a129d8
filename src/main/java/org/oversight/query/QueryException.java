package org.oversight.query;

/** A query the user must fix: the message says what is wrong, on one line. */
public final class QueryException extends Exception {
  public QueryException(String message) {
    super(message);
  }
}

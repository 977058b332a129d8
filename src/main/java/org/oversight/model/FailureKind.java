package org.oversight.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a file could not be made into a document, as a kind a script can count and a person can act on; the message
 * beside it says the particulars.
 */
public enum FailureKind {
  /** No such file, or it could not be read (permissions, I/O). */
  UNREADABLE,
  /** A file of zero bytes. */
  EMPTY,
  /** Larger than the size limit, decided before reading. */
  TOO_LARGE,
  /** Needs a password to read. */
  ENCRYPTED,
  /** An archive or office file that expands far beyond its size, or holds too many files. */
  BOMB,
  /** Markup nested deeper than the parsers are allowed to follow. */
  TOO_DEEP,
  /** Extraction and annotation did not finish within the time allowed. */
  TIMEOUT,
  /** A known format whose parser failed on this file (truncated, corrupt). */
  UNPARSEABLE,
  /** Bytes of no document format, whatever the file's name says. */
  UNRECOGNISED,
  /** A document with no extractable text (a scan without OCR, an empty page). */
  NO_TEXT,
  /** Reading it used up the memory its parser may have (in its worker process, or in the run's own). */
  OUT_OF_MEMORY,
  /** Its parser ended the worker process it ran in (a native crash, an abort). */
  CRASHED,
  /**
   * Not a document at all (an image without OCR, a font, a program, audio, a data or code file): skipped and counted,
   * never reported as a failure.
   */
  NOT_A_DOCUMENT,
  /** A fault of oversight itself; worth reporting. */
  INTERNAL;

  /** The identifier used in JSON and on the command line, e.g. {@code too_large}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

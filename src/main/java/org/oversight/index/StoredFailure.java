package org.oversight.index;

import org.oversight.model.FailureKind;

/**
 * A file the index knows could not be ingested, kept so that the next run does not read it again while it is
 * unchanged, and so that {@code oversight failures} can list it.
 *
 * @param source the file's identity: its absolute {@code file:} URI, exact whatever bytes its name holds
 * @param path the file's absolute path as text, for people
 * @param file the file's name
 * @param kind what kind of failure
 * @param reason the particulars, one line
 * @param size the file's size when it failed
 * @param modified its modification time then (epoch milliseconds): with the size, how a change is noticed
 * @param id the SHA-256 of its bytes, when they could be read
 * @param failedAt when it failed (ISO instant)
 */
public record StoredFailure(String source, String path, String file, FailureKind kind, String reason, long size,
    long modified, String id, String failedAt) {

  /** Whether the file is as it was when it failed. */
  public boolean sameFile(long size, long modified) {
    return this.size == size && this.modified == modified;
  }
}

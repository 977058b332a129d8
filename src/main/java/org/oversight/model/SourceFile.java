package org.oversight.model;

import java.nio.file.Path;

/**
 * A file offered for ingest, identified by the SHA-256 of its bytes so that the same content is recognised
 * wherever it lies and a changed file is told apart from an unchanged one.
 */
public record SourceFile(Path path, String id, long size) {
  /** The id of some bytes: their SHA-256, in lower-case hex. */
  public static String idOf(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A short form of the id, enough to name a document on the command line. */
  public String shortId() {
    return id.substring(0, Math.min(12, id.length()));
  }
}

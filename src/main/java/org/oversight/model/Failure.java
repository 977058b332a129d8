package org.oversight.model;

import java.nio.file.Path;

/**
 * A file that could not be ingested: which, what kind of failure, and the reason in one line.
 *
 * @param file the file as it was given or found
 * @param kind what kind of failure, for counting
 * @param reason the particulars, one line a user can act on
 */
public record Failure(Path file, FailureKind kind, String reason) {}

package org.oversight.query;

/**
 * One passage that matched, with where it stands and a highlighted snippet ({@code <b>} marks matched words).
 */
public record SearchHit(float score, String id, String file, String path, int page, int passage, String docType,
    String format, String date, String primaryForce, String snippet) {}

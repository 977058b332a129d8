package org.oversight.query;

import java.util.List;

/**
 * What the index says of one document at a glance: enough for cross-force tables and exports without reading its
 * passages.
 */
public record DocumentSummary(String id, String path, String file, String format, String docType, String date,
    String primaryForce, List<String> forces, String report, String reportDate, String author, String authorRole) {}

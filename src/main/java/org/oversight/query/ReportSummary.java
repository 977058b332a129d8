package org.oversight.query;

import java.util.List;

/**
 * An HMICFRS report known to the index.
 *
 * @param published its publication date as the corpus states it (ISO day or month), or null
 * @param publishedBasis where that date comes from
 * @param documents documents about it, of every type
 * @param respondingForces forces with at least one PCC response to it
 * @param missingForces the forces due to respond (as the report's ledger counts them) with no response in the corpus
 */
public record ReportSummary(String title, String published, String publishedBasis, int documents,
    List<String> respondingForces, List<String> missingForces) {}

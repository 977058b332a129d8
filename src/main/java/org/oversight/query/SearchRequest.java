package org.oversight.query;

import java.time.LocalDate;

/**
 * A search: a query in Lucene syntax over passages, with optional filters.
 *
 * @param query words, "phrases", AND/OR/NOT, field:value, wildcards; blank matches everything
 * @param docType a document type id such as {@code pcc_response}, or null
 * @param from earliest document date, inclusive, or null
 * @param to latest document date, inclusive, or null
 * @param limit most hits to return
 * @param perDocument most passages to return from one document
 * @param force a force by name, alias or area ("Notts", "TVP", "Kent"), or null
 * @param report a report title or a fragment that fits one report, or null
 * @param person a person's name or part of it, or null
 */
public record SearchRequest(String query, String docType, LocalDate from, LocalDate to, int limit, int perDocument,
    String force, String report, String person) {

  /** A search without the force, report and person filters. */
  public SearchRequest(String query, String docType, LocalDate from, LocalDate to, int limit, int perDocument) {
    this(query, docType, from, to, limit, perDocument, null, null, null);
  }
}

package org.oversight.query;

/**
 * A search: a query in Lucene syntax over passages, within a filter.
 *
 * @param query words, "phrases", AND/OR/NOT, field:value, wildcards; blank matches everything
 * @param filter what the hits are narrowed to
 * @param limit most hits to return
 * @param perDocument most passages to return from one document
 */
public record SearchRequest(String query, Filter filter, int limit, int perDocument) {
  public SearchRequest {
    if (filter == null) filter = Filter.NONE;
  }

  /** A search without filters. */
  public static SearchRequest of(String query, int limit, int perDocument) {
    return new SearchRequest(query, Filter.NONE, limit, perDocument);
  }
}

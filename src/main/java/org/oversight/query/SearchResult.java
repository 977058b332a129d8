package org.oversight.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * Ranked hits, the number of matching passages, facet counts (by document type, format, year, force ...), and what
 * the query should be warned of (a field the index does not have), which is said to the user, not printed as data.
 */
public record SearchResult(long totalPassages, List<SearchHit> hits, Map<String, Map<String, Integer>> facets,
    @JsonIgnore List<String> warnings) {
  public SearchResult {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  public SearchResult(long totalPassages, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
    this(totalPassages, hits, facets, List.of());
  }
}

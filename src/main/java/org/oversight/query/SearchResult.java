package org.oversight.query;

import java.util.List;
import java.util.Map;

/** Ranked hits, the number of matching passages, and facet counts (by document type, format, year, force). */
public record SearchResult(long totalPassages, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {}

package org.oversight.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One document as {@code show} presents it: the stored record (metadata, tags, entities) and its passages.
 */
public record DocumentDetail(String id, String path, JsonNode record, List<PassageView> passages) {
  /** A passage with where it stands. */
  public record PassageView(int passage, int page, String text) {}
}

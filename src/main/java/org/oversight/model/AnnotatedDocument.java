package org.oversight.model;

import java.util.List;

/**
 * A document ready for the index: its cleaned text, the entities found in it and the domain tags.
 *
 * @param tokens number of tokens the language pipeline read, for throughput figures
 */
public record AnnotatedDocument(ExtractedDocument document, List<Mention> mentions, Tags tags, int tokens) {
  public AnnotatedDocument {
    mentions = List.copyOf(mentions);
  }
}

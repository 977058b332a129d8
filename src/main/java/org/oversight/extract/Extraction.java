package org.oversight.extract;

import java.util.List;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;

/**
 * What one file gave: its documents (the file's own, and one for each document inside an archive or a message, with
 * the container recorded in its metadata) and the files inside it that could not be read, each named with its reason.
 *
 * @param documents at least one
 * @param inside failures of files inside the file, reported against the file
 */
public record Extraction(List<ExtractedDocument> documents, List<Failure> inside) {
  public Extraction {
    documents = List.copyOf(documents);
    inside = List.copyOf(inside);
  }
}

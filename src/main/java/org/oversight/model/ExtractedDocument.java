package org.oversight.model;

import java.util.List;
import java.util.Map;

/**
 * A document's text after extraction and cleaning, before any language processing.
 *
 * @param source the file it came from
 * @param mediaType the type Tika detected from the bytes (not from the extension)
 * @param format a short name for the format: pdf, docx, doc, odt, rtf, html, text or other
 * @param title the title the file states (metadata or HTML heading), or null
 * @param metadata selected metadata: creation and publication dates, author, page count
 * @param pages number of pages for paged formats, else 0
 * @param passages the cleaned text in reading order
 */
public record ExtractedDocument(
    SourceFile source,
    String mediaType,
    String format,
    String title,
    Map<String, String> metadata,
    int pages,
    List<Passage> passages) {

  public ExtractedDocument {
    metadata = Map.copyOf(metadata);
    passages = List.copyOf(passages);
  }

  /** The passages joined by blank lines, the text the annotator reads. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Passage p : passages) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(p.text());
    }
    return sb.toString();
  }
}

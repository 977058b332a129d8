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

  /**
   * Metadata key of a document found inside an archive or a message: where in it ({@code /attachments/report.pdf});
   * its {@link #source()} is then the container file.
   */
  public static final String EMBEDDED_PATH = "embedded_path";

  public ExtractedDocument {
    metadata = Map.copyOf(metadata);
    passages = List.copyOf(passages);
  }

  /**
   * The document's name as a person reads it: the file's name, or for a document inside an archive or a message the
   * container's name and its place inside ({@code mail.eml/report.pdf}).
   */
  public String fileName() {
    String name = source.path().getFileName().toString();
    String inside = metadata.get(EMBEDDED_PATH);
    return inside == null ? name : name + inside;
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

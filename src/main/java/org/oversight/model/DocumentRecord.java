package org.oversight.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A document as the tool records it: the extraction schema's fields (the {@link Tags}, unwrapped, so the JSON has
 * them at the top level as {@code shared/eval/README.md} names them) and what is known of the file. The index
 * stores this record and reads it back as this type; {@code extract} prints it. Passages are counted here and kept
 * apart, as the index holds each passage as an entry of its own.
 *
 * @param file the file's name (for a document inside an archive or a message, the container's name and its place
 *     inside: {@code mail.eml/report.pdf})
 * @param tags what the tagging stage says about the document
 * @param id SHA-256 of the file's bytes
 * @param format short format name (pdf, docx, html ...)
 * @param pages page count for paged formats, else 0
 * @param passages number of passages
 * @param path absolute path of the file when it was read
 * @param size bytes
 * @param mediaType the type detected from the bytes
 * @param title the title the file states, or null
 * @param tokens tokens the language pipeline read
 * @param metadata selected file metadata and what the page the file was found on said of it ({@link PageEvidence})
 * @param mentions the named entities found, with normalised dates
 */
public record DocumentRecord(
    String file,
    @JsonUnwrapped Tags tags,
    String id,
    String format,
    int pages,
    int passages,
    String path,
    long size,
    String mediaType,
    String title,
    int tokens,
    Map<String, String> metadata,
    List<Mention> mentions) {

  public DocumentRecord {
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** The record of an annotated document. */
  public static DocumentRecord of(AnnotatedDocument ad) {
    ExtractedDocument d = ad.document();
    Path p = d.source().path();
    return new DocumentRecord(d.fileName(), ad.tags(), d.source().id(), d.format(), d.pages(),
        d.passages().size(), p.toAbsolutePath().normalize().toString(), d.source().size(), d.mediaType(), d.title(),
        ad.tokens(), d.metadata(), ad.mentions());
  }
}

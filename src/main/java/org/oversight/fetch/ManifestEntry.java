package org.oversight.fetch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of {@code corpus/manifest.jsonl}: a document's address and what fetching it gave, and what the page it was
 * found on said of it. {@code ingest} takes the page's words as strong evidence.
 *
 * @param file the stored file, relative to the corpus folder; null when nothing was stored (an error, a refusal)
 * @param status the HTTP status, or 0 when no answer came
 * @param error why nothing was stored, or null
 * @param alsoAt other addresses that gave the same bytes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ManifestEntry(String url, String finalUrl, String file, String sha256, long size, String contentType,
    int status, String error, String fetchedAt, String etag, String lastModified, String foundOn, String linkText,
    String reportTitle, String publicationDate, String force, List<String> alsoAt) {

  public ManifestEntry {
    alsoAt = alsoAt == null ? List.of() : List.copyOf(alsoAt);
  }

  ManifestEntry withAlsoAt(List<String> more) {
    return new ManifestEntry(url, finalUrl, file, sha256, size, contentType, status, error, fetchedAt, etag,
        lastModified, foundOn, linkText, reportTitle, publicationDate, force, more);
  }
}

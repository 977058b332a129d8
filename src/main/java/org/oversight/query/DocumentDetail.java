package org.oversight.query;

import java.util.List;
import org.oversight.index.ReportEntry;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Timeliness;

/**
 * One document as {@code show} presents it: its record exactly as {@code extract} gives it, what the corpus adds
 * (the report it is grouped under with the corpus's publication date, and for a response its timeliness measured
 * against that date), and its passages.
 *
 * @param record the stored record
 * @param report the report the document is grouped under, or null
 * @param responseTimeliness for a commissioner's response, its timeliness against the report's publication date as
 *     the corpus states it; null when either date is not known to the day
 * @param filePresent whether the file is still where it was read from
 * @param ingested when the document was indexed
 * @param passages the passages in order
 */
public record DocumentDetail(DocumentRecord record, ReportEntry report, Timeliness responseTimeliness,
    boolean filePresent, String ingested, List<PassageView> passages) {
  /** The document's id. */
  public String id() {
    return record.id();
  }

  /** A passage with where it stands. */
  public record PassageView(int passage, int page, String text) {}
}

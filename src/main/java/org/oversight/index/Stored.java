package org.oversight.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.oversight.model.Json;

/** The typed records the index stores as JSON, written and read back as their types, never by field-name look-ups. */
public final class Stored {
  private Stored() {}

  static String write(Object record) {
    try {
      return Json.MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored record of a document entry (one with {@code kind:document}). */
  public static StoredDocument document(Document entry) {
    return read(entry.get(Schema.RECORD), StoredDocument.class);
  }

  /** The stored record of a report entry (one with {@code kind:report}). */
  public static ReportEntry report(Document entry) {
    return read(entry.get(Schema.REPORT_RECORD), ReportEntry.class);
  }

  /** The stored record of a failure entry (one with {@code kind:failure}). */
  public static StoredFailure failure(Document entry) {
    return read(entry.get(Schema.FAILURE_RECORD), StoredFailure.class);
  }

  private static <T> T read(String json, Class<T> type) {
    if (json == null) throw new IllegalArgumentException("entry holds no stored " + type.getSimpleName());
    try {
      return Json.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

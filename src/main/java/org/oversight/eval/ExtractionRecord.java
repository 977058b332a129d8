package org.oversight.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.Tags;

/**
 * The extraction record of a document: the fields of {@code shared/eval/README.md}, the evidence for each tag (the
 * line it was read from, its passage and page, and the rule), then a few fields about the file.
 */
public final class ExtractionRecord {
  private ExtractionRecord() {}

  public static Map<String, Object> of(Path file, AnnotatedDocument ad) {
    Tags t = ad.tags();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("doc_type", t.docType().id());
    m.put("forces", t.forces());
    m.put("primary_force", t.primaryForce());
    m.put("document_date", t.documentDate());
    m.put("report_title", t.reportTitle());
    m.put("report_date", t.reportDate());
    m.put("author", t.author());
    m.put("people", t.people());
    m.put("recommendations", t.recommendations());
    m.put("ratings", t.ratings());
    m.put("timeliness", t.timeliness());
    m.put("evidence", t.evidence());
    m.put("id", ad.document().source().id());
    m.put("format", ad.document().format());
    m.put("pages", ad.document().pages());
    m.put("passages", ad.document().passages().size());
    return m;
  }
}

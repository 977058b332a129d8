package org.oversight.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.oversight.domain.ReportTitles;
import org.oversight.index.ReportEntry;
import org.oversight.index.Schema;
import org.oversight.index.Stored;
import org.oversight.model.DocType;
import org.oversight.model.Timeliness;

/**
 * The reports of one view of the index, as the last commit recorded them, and the one way a response's timeliness
 * is measured against the corpus: from the report's publication date as the corpus states it to the date the
 * response bears, counted as section 55 counts ({@link Timeliness}).
 */
final class Reports {
  private final Map<String, ReportEntry> byKey = new LinkedHashMap<>();

  Reports(IndexSearcher searcher) throws IOException {
    StoredFields stored = searcher.storedFields();
    TermQuery q = new TermQuery(new Term(Schema.KIND, Schema.REPORT_ENTRY));
    for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      ReportEntry r = Stored.report(stored.document(sd.doc));
      byKey.put(r.key(), r);
    }
  }

  List<ReportEntry> all() {
    return new ArrayList<>(byKey.values());
  }

  /** The report whose canonical title this is, or null. */
  ReportEntry byTitle(String title) {
    return title == null ? null : byKey.get(ReportTitles.key(title));
  }

  /**
   * Resolves a title fragment to one report: an exact title (ignoring case and punctuation) wins; a fragment that
   * fits several is refused with the candidates.
   */
  ReportEntry resolve(String fragment) throws QueryException {
    String key = ReportTitles.key(fragment);
    List<ReportEntry> hits = new ArrayList<>();
    for (ReportEntry r : byKey.values()) {
      if (r.key().equals(key)) return r;
      if ((" " + r.key() + " ").contains(" " + key + " ")) hits.add(r);
    }
    if (hits.size() == 1) return hits.get(0);
    if (hits.isEmpty()) {
      throw new QueryException("no report matches '" + fragment + "'; 'oversight reports' lists the known ones");
    }
    hits.sort(java.util.Comparator.comparing(r -> r.title().toLowerCase(Locale.ROOT)));
    throw new QueryException("report '" + fragment + "' is ambiguous; it fits " + hits.size() + " reports: "
        + String.join(" | ", hits.stream().map(ReportEntry::title).toList()));
  }

  /**
   * A response's timeliness against its report's publication date as the corpus states it; null for other
   * documents and when either date is not known to the day.
   */
  static Timeliness timeliness(String docType, String responseDate, ReportEntry report) {
    if (!DocType.PCC_RESPONSE.id().equals(docType) || report == null) return null;
    return Timeliness.of(report.published(), responseDate);
  }
}

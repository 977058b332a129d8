package org.oversight.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.oversight.domain.ReportTitles;
import org.oversight.model.DocType;

/**
 * Works out, from the documents of an index, each report's publication date as the corpus states it: the date of
 * the report itself when the corpus holds it, else the date most documents give, a full day preferred to a month.
 */
final class ReportRegistry {
  private ReportRegistry() {}

  private record Doc(int leafBase, int doc, String type, String date, String reportDate) {}

  static List<ReportEntry> build(IndexSearcher searcher) throws IOException {
    Map<String, List<Doc>> byReport = new LinkedHashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues report = DocValues.getSorted(leaf.reader(), Schema.DV_REPORT);
      SortedDocValues type = DocValues.getSorted(leaf.reader(), Schema.DV_DOC_TYPE);
      SortedDocValues date = DocValues.getSorted(leaf.reader(), Schema.DV_DATE);
      SortedDocValues reportDate = DocValues.getSorted(leaf.reader(), Schema.DV_REPORT_DATE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = report.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = report.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        String title = report.lookupOrd(report.ordValue()).utf8ToString();
        byReport.computeIfAbsent(title, k -> new ArrayList<>()).add(new Doc(leaf.docBase, doc, value(type, doc),
            value(date, doc), value(reportDate, doc)));
      }
    }
    List<ReportEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<Doc>> e : byReport.entrySet()) {
      out.add(entry(searcher, e.getKey(), e.getValue()));
    }
    return out;
  }

  private static ReportEntry entry(IndexSearcher searcher, String title, List<Doc> docs) throws IOException {
    String key = ReportTitles.key(title);
    Doc own = docs.stream()
        .filter(d -> DocType.HMICFRS_REPORT.id().equals(d.type()) && d.date() != null)
        .min(Comparator.comparing(Doc::date)).orElse(null);
    if (own != null) {
      String file = searcher.storedFields().document(own.leafBase() + own.doc(), Set.of(Schema.FILE))
          .get(Schema.FILE);
      return new ReportEntry(key, title, own.date(), "the report itself (" + file + ")", docs.size());
    }
    Map<String, Integer> votes = new HashMap<>();
    for (Doc d : docs) {
      if (d.reportDate() != null) votes.merge(d.reportDate(), 1, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Comparator.comparing((Map.Entry<String, Integer> v) -> v.getKey().length())
            .thenComparing(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
        .map(v -> new ReportEntry(key, title, v.getKey(), v.getValue()
            + (v.getValue() == 1 ? " document that states it" : " documents that state it"), docs.size()))
        .orElse(new ReportEntry(key, title, null, null, docs.size()));
  }

  private static String value(SortedDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }
}

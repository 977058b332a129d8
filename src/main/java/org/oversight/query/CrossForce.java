package org.oversight.query;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.oversight.domain.Forces;
import org.oversight.domain.ReportTitles;
import org.oversight.index.Schema;
import org.oversight.model.DocType;
import org.oversight.model.Timeliness;

/**
 * The questions the tool exists to answer across forces: which reports the corpus knows and who responded to each,
 * and what each force's commissioner said about one report, when, and whether within the 56 days.
 */
public final class CrossForce {
  private static final Set<String> SUMMARY_FIELDS = Set.of(Schema.ID, Schema.PATH, Schema.FILE, Schema.FORMAT,
      Schema.DOC_TYPE, Schema.DATE, Schema.PRIMARY_FORCE, Schema.FORCE, Schema.REPORT, Schema.REPORT_DATE,
      Schema.AUTHOR, Schema.AUTHOR_ROLE);

  private final IndexSearcher searcher;
  private final Forces forces = Forces.standard();

  CrossForce(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Every document entry matching the query (all documents for null), as summaries. */
  List<DocumentSummary> documents(Query filter) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), BooleanClause.Occur.FILTER);
    if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
    TopDocs td = searcher.search(b.build(), Math.max(1, searcher.getIndexReader().maxDoc()));
    StoredFields stored = searcher.storedFields();
    List<DocumentSummary> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = stored.document(sd.doc, SUMMARY_FIELDS);
      out.add(new DocumentSummary(d.get(Schema.ID), d.get(Schema.PATH), d.get(Schema.FILE), d.get(Schema.FORMAT),
          d.get(Schema.DOC_TYPE), d.get(Schema.DATE), d.get(Schema.PRIMARY_FORCE), List.of(d.getValues(Schema.FORCE)),
          d.get(Schema.REPORT), d.get(Schema.REPORT_DATE), d.get(Schema.AUTHOR), d.get(Schema.AUTHOR_ROLE)));
    }
    return out;
  }

  /** Every report the index knows, newest first, with its responses and the forces that have none. */
  public List<ReportSummary> reports() throws IOException {
    Map<String, List<DocumentSummary>> byReport = new LinkedHashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      SortedDocValues report = DocValues.getSorted(leaf.reader(), Schema.DV_REPORT);
      SortedDocValues type = DocValues.getSorted(leaf.reader(), Schema.DV_DOC_TYPE);
      SortedDocValues force = DocValues.getSorted(leaf.reader(), Schema.DV_PRIMARY_FORCE);
      SortedDocValues date = DocValues.getSorted(leaf.reader(), Schema.DV_DATE);
      SortedDocValues reportDate = DocValues.getSorted(leaf.reader(), Schema.DV_REPORT_DATE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = report.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = report.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        String title = report.lookupOrd(report.ordValue()).utf8ToString();
        byReport.computeIfAbsent(title, k -> new ArrayList<>()).add(new DocumentSummary(null, null, null, null,
            value(type, doc), value(date, doc), value(force, doc), List.of(), title, value(reportDate, doc), null,
            null));
      }
    }
    List<ReportSummary> out = new ArrayList<>();
    for (Map.Entry<String, List<DocumentSummary>> e : byReport.entrySet()) {
      Set<String> responding = respondingForces(e.getValue());
      out.add(new ReportSummary(e.getKey(), published(e.getValue()), e.getValue().size(), List.copyOf(responding),
          missing(responding)));
    }
    out.sort(Comparator.comparing((ReportSummary r) -> r.published() == null ? "" : r.published()).reversed()
        .thenComparing(ReportSummary::title));
    return out;
  }

  private static String value(SortedDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }

  /** The titles of every report in the index, read from the column's dictionary without visiting documents. */
  private Set<String> reportTitles() throws IOException {
    Set<String> titles = new TreeSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      TermsEnum te = DocValues.getSorted(leaf.reader(), Schema.DV_REPORT).termsEnum();
      for (BytesRef t = te.next(); t != null; t = te.next()) titles.add(t.utf8ToString());
    }
    return titles;
  }

  /**
   * Resolves a title fragment to one report: an exact title (ignoring case and punctuation) wins; a fragment that
   * fits several is refused with the candidates.
   */
  public String resolveReport(String fragment) throws IOException, QueryException {
    Set<String> titles = reportTitles();
    String key = ReportTitles.key(fragment);
    List<String> hits = new ArrayList<>();
    for (String t : titles) {
      String k = ReportTitles.key(t);
      if (k.equals(key)) return t;
      if ((" " + k + " ").contains(" " + key + " ")) hits.add(t);
    }
    if (hits.size() == 1) return hits.get(0);
    if (hits.isEmpty()) {
      throw new QueryException("no report matches '" + fragment + "'; 'oversight reports' lists the known ones");
    }
    throw new QueryException("report '" + fragment + "' is ambiguous; it fits " + hits.size() + " reports: "
        + String.join(" | ", hits));
  }

  /** What each force's commissioner said about one report: one row per response, and the forces missing. */
  public Comparison compare(String reportFragment, String userQuery) throws IOException, QueryException {
    String report = resolveReport(reportFragment);
    List<DocumentSummary> docs = documents(new TermQuery(new Term(Schema.REPORT, report.toLowerCase(Locale.ROOT))));
    String published = published(docs);
    LocalDate publishedDay = published != null && published.length() == 10 ? LocalDate.parse(published) : null;
    Query passageQuery = userQuery == null || userQuery.isBlank() ? null : Searcher.parse(userQuery);
    Map<String, List<String>> passages = passages(report, passageQuery);
    List<Comparison.Row> rows = new ArrayList<>();
    for (DocumentSummary d : docs) {
      if (!DocType.PCC_RESPONSE.id().equals(d.docType())) continue;
      Long days = null;
      Boolean within = null;
      if (publishedDay != null && d.date() != null && d.date().length() == 10) {
        days = ChronoUnit.DAYS.between(publishedDay, LocalDate.parse(d.date()));
        within = days <= Timeliness.DAYS_ALLOWED;
      }
      String force = d.primaryForce() != null ? d.primaryForce() : d.forces().isEmpty() ? null : d.forces().get(0);
      rows.add(new Comparison.Row(force, d.author(), d.authorRole(), d.date(), days, within, d.id(), d.file(),
          passages.getOrDefault(d.id(), List.of())));
    }
    rows.sort(Comparator.comparing((Comparison.Row r) -> r.force() == null ? "~" : r.force())
        .thenComparing(r -> r.date() == null ? "" : r.date()));
    Set<String> responding = new LinkedHashSet<>();
    rows.forEach(r -> {
      if (r.force() != null) responding.add(r.force());
    });
    return new Comparison(report, published, rows, missing(responding));
  }

  /**
   * The best two passages of each response to the report for the query; without one, those stating or discussing
   * recommendations. One search and one highlighting pass serve all responses.
   */
  private Map<String, List<String>> passages(String report, Query userQuery) throws IOException {
    Query about = userQuery != null ? userQuery : new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.RECOMMENDATION, "yes")), BooleanClause.Occur.SHOULD)
        .add(new PrefixQuery(new Term(Schema.TEXT, "recommend")), BooleanClause.Occur.SHOULD)
        .build();
    Query q = new BooleanQuery.Builder()
        .add(about, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.REPORT, report.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs td = searcher.search(q, 2000);
    StoredFields stored = searcher.storedFields();
    Map<String, Integer> perDoc = new HashMap<>();
    List<ScoreDoc> kept = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      String id = stored.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID);
      if (perDoc.merge(id, 1, Integer::sum) <= 2) {
        kept.add(sd);
        ids.add(id);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    if (kept.isEmpty()) return out;
    String[] snippets = Snippets.of(searcher, q, kept, Integer.MAX_VALUE);
    for (int i = 0; i < kept.size(); i++) {
      out.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(snippets[i]);
    }
    return out;
  }

  /**
   * The report's publication date as the corpus states it: the report's own date when the corpus holds the report,
   * else the date most documents give it, a day preferred to a month.
   */
  static String published(List<DocumentSummary> docs) {
    for (DocumentSummary d : docs) {
      if (DocType.HMICFRS_REPORT.id().equals(d.docType()) && d.date() != null) return d.date();
    }
    Map<String, Integer> votes = new HashMap<>();
    for (DocumentSummary d : docs) {
      if (d.reportDate() != null) votes.merge(d.reportDate(), 1, Integer::sum);
    }
    return votes.entrySet().stream()
        .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().length())
            .thenComparing(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static Set<String> respondingForces(List<DocumentSummary> docs) {
    Set<String> out = new TreeSet<>();
    for (DocumentSummary d : docs) {
      if (DocType.PCC_RESPONSE.id().equals(d.docType()) && d.primaryForce() != null) out.add(d.primaryForce());
    }
    return out;
  }

  private List<String> missing(Set<String> responding) {
    List<String> out = new ArrayList<>();
    for (String f : forces.territorial()) {
      if (!responding.contains(f)) out.add(f);
    }
    return out;
  }
}

package org.oversight.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.oversight.index.ReportEntry;
import org.oversight.index.Schema;
import org.oversight.index.StoredDocument;
import org.oversight.model.DocType;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;

/**
 * The questions the tool exists to answer across forces: which reports the corpus knows and who responded to each,
 * and what each force's commissioner said about one report, when, and whether within section 55's 56 days.
 */
public final class CrossForce {
  private final Searcher owner;
  private final IndexSearcher searcher;

  CrossForce(Searcher owner, IndexSearcher searcher) {
    this.owner = owner;
    this.searcher = searcher;
  }

  /** Every report the index knows, newest first, with its responses and the forces that have none. */
  public List<ReportSummary> reports() throws IOException {
    Map<String, Set<String>> responding = new HashMap<>();
    for (StoredDocument d : owner.documents(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())))) {
      if (d.report() != null && d.record().tags().primaryForce() != null) {
        responding.computeIfAbsent(d.report(), k -> new TreeSet<>()).add(d.record().tags().primaryForce());
      }
    }
    List<ReportSummary> out = new ArrayList<>();
    for (ReportEntry r : owner.reports().all()) {
      Set<String> forcesResponding = responding.getOrDefault(r.title(), Set.of());
      out.add(new ReportSummary(r.title(), r.published(), r.publishedBasis(), r.documents(),
          List.copyOf(forcesResponding), missing(owner.ledgers().dueToRespond(r), forcesResponding)));
    }
    out.sort(Comparator.comparing((ReportSummary r) -> r.published() == null ? "" : r.published()).reversed()
        .thenComparing(ReportSummary::title));
    return out;
  }

  /**
   * Resolves a title fragment to one report's canonical title: an exact title (ignoring case and punctuation) wins;
   * a fragment that fits several is refused with the candidates.
   */
  public String resolveReport(String fragment) throws IOException, QueryException {
    return owner.reports().resolve(fragment).title();
  }

  /** What each force's commissioner said about one report, with two passages a response. */
  public Comparison compare(String reportFragment, String userQuery) throws IOException, QueryException {
    return compare(reportFragment, userQuery, 2);
  }

  /**
   * What each force's commissioner said about one report: one row per response, ordered by force, with at most
   * {@code perDocument} passages each, and the forces missing.
   */
  public Comparison compare(String reportFragment, String userQuery, int perDocument)
      throws IOException, QueryException {
    ReportEntry report = owner.reports().resolve(reportFragment);
    Query passageQuery = userQuery == null || userQuery.isBlank() ? null : owner.parse(userQuery);
    Map<String, List<String>> passages = perDocument < 1 ? Map.of()
        : passages(report.key(), passageQuery, perDocument);
    Map<String, int[]> coverage = owner.ledgers().coverage(report);
    List<Comparison.Row> rows = new ArrayList<>();
    Query responses = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.REPORT_KEY, report.key())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())), BooleanClause.Occur.FILTER)
        .build();
    for (StoredDocument d : owner.documents(responses)) {
      Tags t = d.record().tags();
      Timeliness timing = Reports.timeliness(t.docType().id(), t.documentDate(), report);
      String force = t.primaryForce() != null ? t.primaryForce() : t.forces().isEmpty() ? null : t.forces().get(0);
      rows.add(new Comparison.Row(force, t.author() == null ? null : t.author().name(),
          t.author() == null ? null : t.author().role(), t.documentDate(), timing == null ? null : timing.days(),
          timing == null ? null : timing.daysLate(), timing == null ? null : timing.withinDeadline(),
          d.record().id(), d.record().file(), passages.getOrDefault(d.record().id(), List.of()),
          coverage.containsKey(d.record().id()) ? coverage.get(d.record().id())[0] : null,
          coverage.containsKey(d.record().id()) ? coverage.get(d.record().id())[1] : null));
    }
    rows.sort(Comparator.comparing((Comparison.Row r) -> r.force() == null ? "~" : r.force())
        .thenComparing(r -> r.date() == null ? "" : r.date()));
    Set<String> responding = new LinkedHashSet<>();
    rows.forEach(r -> {
      if (r.force() != null) responding.add(r.force());
    });
    String deadline = Timeliness.isDay(report.published())
        ? Timeliness.deadline(java.time.LocalDate.parse(report.published())).toString() : null;
    return new Comparison(report.title(), report.published(), report.publishedBasis(), deadline, rows,
        missing(owner.ledgers().dueToRespond(report), responding));
  }

  /**
   * The best passages of each response to the report for the query; without one, those stating or discussing
   * recommendations. One search and one highlighting pass serve all responses.
   */
  private Map<String, List<String>> passages(String reportKey, Query userQuery, int perDocument)
      throws IOException {
    Query about = userQuery != null ? userQuery : new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.RECOMMENDATION, "yes")), BooleanClause.Occur.SHOULD)
        .add(new PrefixQuery(new Term(Schema.TEXT, "recommend")), BooleanClause.Occur.SHOULD)
        .build();
    Query q = new BooleanQuery.Builder()
        .add(about, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.REPORT_KEY, reportKey)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs td = searcher.search(q, 2000);
    StoredFields stored = searcher.storedFields();
    Map<String, Integer> perDoc = new HashMap<>();
    List<ScoreDoc> kept = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      String id = stored.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID);
      if (perDoc.merge(id, 1, Integer::sum) <= perDocument) {
        kept.add(sd);
        ids.add(id);
      }
    }
    Map<String, List<String>> out = new HashMap<>();
    if (kept.isEmpty()) return out;
    String[] snippets = Snippets.of(searcher, q, kept);
    for (int i = 0; i < kept.size(); i++) {
      out.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(snippets[i]);
    }
    return out;
  }

  /** The forces due to respond (as the report's ledger counts them) with no response in the corpus. */
  private static List<String> missing(Ledger.Respondents due, Set<String> responding) {
    List<String> out = new ArrayList<>();
    for (String f : due.forces()) {
      if (!responding.contains(f)) out.add(f);
    }
    return out;
  }
}

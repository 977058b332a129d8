package org.oversight.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.oversight.index.Schema;
import org.oversight.index.StoredDocument;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Person;
import org.oversight.model.Rating;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;

/**
 * Tidy tables for pandas or R: one row per document, passage or recommendation, with stable column names (listed in
 * the README), ISO dates, and lists as lists (joined with "; " where a format has no lists).
 */
public final class Exporter {
  /** What one row stands for; a ledger row is one recommendation of a report and one force ({@link Ledgers}). */
  public enum Level { document, passage, recommendation, ledger }

  /** The columns of each level, in order. */
  public static final Map<Level, List<String>> COLUMNS = Map.of(
      Level.document, List.of("id", "file", "path", "format", "doc_type", "document_date", "year", "primary_force",
          "forces", "report_title", "report_date", "author_name", "author_role", "people", "recommendations",
          "ratings", "response_days", "within_56_days", "pages", "passages", "tokens"),
      Level.passage, List.of("id", "file", "passage", "page", "doc_type", "document_date", "primary_force",
          "report_title", "is_recommendation", "text"),
      Level.recommendation, List.of("id", "file", "doc_type", "document_date", "primary_force", "report_title",
          "report_date", "passage", "addressee", "deadline", "due", "text"),
      Level.ledger, Ledgers.COLUMNS);

  private final Searcher owner;
  private final IndexSearcher searcher;

  Exporter(Searcher owner, IndexSearcher searcher) {
    this.owner = owner;
    this.searcher = searcher;
  }

  /** Sends every row of the level that passes the filter to {@code sink}, as column → value in column order. */
  public int export(Level level, Filter filter, Consumer<Map<String, Object>> sink)
      throws IOException, QueryException {
    return export(level, filter, null, sink);
  }

  /**
   * As {@link #export(Level, Filter, Consumer)}, narrowed by a query in the syntax of search (a blank one narrows
   * nothing): the passages that match it, best first, as search ranks them; the documents with a passage that
   * matches it, and their recommendations, in index order. A web page's "download this view" is this call. The
   * ledger level takes no query.
   */
  public int export(Level level, Filter filter, String query, Consumer<Map<String, Object>> sink)
      throws IOException, QueryException {
    if (level == Level.ledger) {
      if (query != null && !query.isBlank()) throw new QueryException("the ledger level takes no query");
      return ledger(filter, sink);
    }
    Query filters = owner.filterQuery(owner.resolve(filter));
    boolean narrowed = query != null && !query.isBlank();
    Query passages = passagesMatching(narrowed ? owner.parse(query) : null, filters);
    if (level == Level.passage) {
      return passages(narrowed ? searcher.search(passages, all())
          : searcher.search(passages, all(), Sort.INDEXORDER), sink);
    }
    Query documents = narrowed ? documentsOf(passages) : filters;
    int rows = 0;
    for (StoredDocument d : owner.documents(documents)) {
      if (level == Level.document) {
        sink.accept(documentRow(d));
        rows++;
      } else {
        for (Recommendation r : d.record().tags().recommendations()) {
          sink.accept(recommendationRow(d, r));
          rows++;
        }
      }
    }
    return rows;
  }

  /** The ledger of the report filtered on (of every report without one), the rows of one force if it is given. */
  private int ledger(Filter filter, Consumer<Map<String, Object>> sink) throws IOException, QueryException {
    if (filter.type() != null || filter.person() != null || filter.from() != null || filter.to() != null) {
      throw new QueryException("the ledger level takes --report and --force only");
    }
    Filter f = owner.resolve(filter);
    Ledgers ledgers = owner.ledgers();
    List<Ledger> ledgerList = f.report() == null ? ledgers.all() : List.of(ledgers.ledger(f.report()));
    int rows = 0;
    for (Ledger l : ledgerList) {
      for (Map<String, Object> row : Ledgers.rows(l)) {
        if (f.force() != null && !f.force().equals(row.get("force"))) continue;
        sink.accept(row);
        rows++;
      }
    }
    return rows;
  }

  private int all() {
    return Math.max(1, searcher.getIndexReader().maxDoc());
  }

  private static Query passagesMatching(Query query, Query filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER);
    if (query != null) b.add(query, BooleanClause.Occur.MUST);
    if (filters != null) b.add(filters, BooleanClause.Occur.FILTER);
    return b.build();
  }

  /** The document entries of the passages a query finds. */
  private Query documentsOf(Query passages) throws IOException {
    Set<BytesRef> ids = new LinkedHashSet<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : searcher.search(passages, all()).scoreDocs) {
      ids.add(new BytesRef(stored.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID)));
    }
    return new TermInSetQuery(Schema.ID, ids);
  }

  private int passages(TopDocs td, Consumer<Map<String, Object>> sink) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<String, StoredDocument> records = new HashMap<>();
    for (ScoreDoc sd : td.scoreDocs) {
      Document p = stored.document(sd.doc);
      StoredDocument d = records.computeIfAbsent(p.get(Schema.ID), this::byId);
      sink.accept(passageRow(p, d));
    }
    return td.scoreDocs.length;
  }

  private StoredDocument byId(String id) {
    try {
      return owner.documents(new TermQuery(new Term(Schema.ID, id))).get(0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Map<String, Object> documentRow(StoredDocument d) throws IOException {
    DocumentRecord rec = d.record();
    Tags t = rec.tags();
    Timeliness timing = Reports.timeliness(t.docType().id(), t.documentDate(), owner.reports().byTitle(d.report()));
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", rec.id());
    row.put("file", rec.file());
    row.put("path", rec.path());
    row.put("format", rec.format());
    row.put("doc_type", t.docType().id());
    row.put("document_date", t.documentDate());
    row.put("year", t.documentDate() == null ? null : Integer.valueOf(t.documentDate().substring(0, 4)));
    row.put("primary_force", t.primaryForce());
    row.put("forces", t.forces());
    row.put("report_title", d.report());
    row.put("report_date", t.reportDate());
    row.put("author_name", t.author() == null ? null : t.author().name());
    row.put("author_role", t.author() == null ? null : t.author().role());
    List<String> people = new ArrayList<>();
    for (Person p : t.people()) people.add(p.name() + (p.role() != null ? " (" + p.role() + ")" : ""));
    row.put("people", people);
    row.put("recommendations", t.recommendations().size());
    List<String> ratings = new ArrayList<>();
    for (Rating r : t.ratings()) {
      ratings.add(r.force() + ": " + r.grade() + (r.areaInWords() == null ? "" : " (" + r.areaInWords() + ")"));
    }
    row.put("ratings", ratings);
    row.put("response_days", timing == null ? null : timing.days());
    row.put("within_56_days", timing == null ? null : timing.withinDeadline());
    row.put("pages", rec.pages());
    row.put("passages", rec.passages());
    row.put("tokens", rec.tokens());
    return row;
  }

  private static Map<String, Object> passageRow(Document p, StoredDocument d) {
    Tags t = d.record().tags();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", d.record().id());
    row.put("file", d.record().file());
    row.put("passage", p.getField(Schema.ORDINAL).numericValue().intValue());
    row.put("page", p.getField(Schema.PAGE).numericValue().intValue());
    row.put("doc_type", t.docType().id());
    row.put("document_date", t.documentDate());
    row.put("primary_force", t.primaryForce());
    row.put("report_title", d.report());
    row.put("is_recommendation", "yes".equals(p.get(Schema.RECOMMENDATION)));
    row.put("text", p.get(Schema.TEXT));
    return row;
  }

  private static Map<String, Object> recommendationRow(StoredDocument d, Recommendation r) {
    Tags t = d.record().tags();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", d.record().id());
    row.put("file", d.record().file());
    row.put("doc_type", t.docType().id());
    row.put("document_date", t.documentDate());
    row.put("primary_force", t.primaryForce());
    row.put("report_title", d.report());
    row.put("report_date", t.reportDate());
    row.put("passage", r.passage());
    row.put("addressee", r.addressee());
    row.put("deadline", r.deadline());
    row.put("due", r.due());
    row.put("text", r.text());
    return row;
  }
}

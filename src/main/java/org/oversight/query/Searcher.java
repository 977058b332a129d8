package org.oversight.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.oversight.domain.Forces;
import org.oversight.index.IndexLayout;
import org.oversight.index.NoIndexException;
import org.oversight.index.ReportEntry;
import org.oversight.index.Schema;
import org.oversight.index.Stored;
import org.oversight.index.StoredDocument;
import org.oversight.model.DocType;
import org.oversight.model.Timeliness;

/**
 * Reads the index: ranked passage search with filters, facets and highlighted snippets, and the full record of one
 * document. It sees the last committed state, so it works while an ingest runs. It never loads the language models.
 */
public final class Searcher implements Closeable {
  private static final String[] FACETS = {Schema.FACET_DOC_TYPE, Schema.FACET_FORMAT, Schema.FACET_YEAR,
      Schema.FACET_FORCE, Schema.FACET_REPORT, Schema.FACET_PERSON, Schema.FACET_ORGANIZATION,
      Schema.FACET_LOCATION};

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  /** Who must respond to each report (by report key), as worked out from this searcher's fixed view of the index. */
  final Map<String, Ledger.Respondents> dueToRespond = new java.util.concurrent.ConcurrentHashMap<>();
  private final boolean ownsReader;
  private Reports reports;

  private Searcher(DirectoryReader reader, boolean ownsReader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.ownsReader = ownsReader;
  }

  /**
   * A searcher over a reader someone else opened and will close, such as a long-running server that refreshes its
   * reader after each commit (Lucene's {@code ReaderManager}); {@link #close()} leaves that reader open.
   */
  public static Searcher over(DirectoryReader reader) {
    return new Searcher(reader, false);
  }

  /**
   * Opens the index in {@code dir}, creating nothing.
   *
   * @throws NoIndexException when the folder holds no index
   * @throws org.oversight.index.IndexLayoutException when another build's layout made it
   */
  public static Searcher open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new NoIndexException(dir);
    Directory d = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(d)) throw new NoIndexException(dir);
      IndexLayout.check(d, dir);
      return new Searcher(DirectoryReader.open(d), true);
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public SearchResult search(SearchRequest req) throws QueryException, IOException {
    return search(req, null, 0);
  }

  /**
   * The same search among the documents with these ids only (all documents for null): saved searches run over what
   * one ingest added or changed.
   */
  public SearchResult search(SearchRequest req, Collection<String> ids) throws QueryException, IOException {
    return search(req, ids, 0);
  }

  /**
   * As {@link #search(SearchRequest)}, with the first {@code skip} of the {@code req.limit()} hits left out: a later
   * page of results, highlighted alone.
   */
  public SearchResult search(SearchRequest req, int skip) throws QueryException, IOException {
    return search(req, null, skip);
  }

  private SearchResult search(SearchRequest req, Collection<String> ids, int skip)
      throws QueryException, IOException {
    List<String> warnings = new ArrayList<>();
    Query userQuery = parse(req.query(), warnings);
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER);
    if (ids != null) {
      b.add(new TermInSetQuery(Schema.ID, ids.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
    Query filters = filterQuery(resolve(req.filter()));
    if (filters != null) b.add(filters, BooleanClause.Occur.FILTER);
    Query query = b.build();
    int perDoc = Math.max(1, req.perDocument());
    int window = Math.max(req.limit() * Math.max(1, 8 / perDoc), req.limit());
    while (true) {
      var collected = searcher.search(query, new MultiCollectorManager(
          new TopScoreDocCollectorManager(window, Integer.MAX_VALUE), new FacetsCollectorManager()));
      TopDocs top = (TopDocs) collected[0];
      List<ScoreDoc> kept = new ArrayList<>();
      Map<String, Integer> countByDoc = new HashMap<>();
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        if (kept.size() >= req.limit()) break;
        String id = stored.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID);
        if (countByDoc.merge(id, 1, Integer::sum) <= perDoc) kept.add(sd);
      }
      boolean more = top.scoreDocs.length == window && top.totalHits.value > window;
      if (kept.size() < req.limit() && more) {
        window *= 4; // the per-document cap left too few: look further down the ranking
        continue;
      }
      List<ScoreDoc> shown = kept.subList(Math.min(Math.max(0, skip), kept.size()), kept.size());
      return new SearchResult(top.totalHits.value, hits(query, shown), facets((FacetsCollector) collected[1]),
          warnings);
    }
  }

  private List<SearchHit> hits(Query query, List<ScoreDoc> kept) throws IOException {
    String[] snippets = Snippets.of(searcher, query, kept);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      ScoreDoc sd = kept.get(i);
      Document d = stored.document(sd.doc);
      hits.add(new SearchHit(sd.score, d.get(Schema.ID), d.get(Schema.FILE), d.get(Schema.PATH),
          d.getField(Schema.PAGE).numericValue().intValue(), d.getField(Schema.ORDINAL).numericValue().intValue(),
          d.get(Schema.DOC_TYPE), d.get(Schema.FORMAT), d.get(Schema.DATE), d.get(Schema.PRIMARY_FORCE),
          snippets[i]));
    }
    return hits;
  }

  private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    } catch (IllegalArgumentException e) {
      return out; // no facet fields yet
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : FACETS) {
      Map<String, Integer> values = new LinkedHashMap<>();
      FacetResult r;
      try {
        r = counts.getTopChildren(20, dim);
      } catch (IllegalArgumentException e) {
        r = null; // dimension never indexed
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) values.put(lv.label, lv.value.intValue());
      }
      out.put(dim.substring(2), values);
    }
    return out;
  }

  /**
   * Parses a query in Lucene syntax, field values matched as the filters match them ({@link UserQueryParser}); a
   * syntax error becomes one line saying what is wrong.
   */
  Query parse(String q) throws QueryException {
    return parse(q, new ArrayList<>());
  }

  /** As {@link #parse(String)}, adding a warning for each field the index does not have to {@code warnings}. */
  Query parse(String q, List<String> warnings) throws QueryException {
    if (q == null || q.isBlank() || q.strip().equals("*")) return new MatchAllDocsQuery();
    UserQueryParser parser = new UserQueryParser(this);
    try {
      Query parsed = parser.parse(q);
      warnings.addAll(parser.warnings());
      return parsed;
    } catch (ParseException e) {
      throw new QueryException("malformed query '" + q + "': " + explain(e));
    } catch (UserQueryParser.Refused e) {
      throw e.reason;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("query '" + q + "' expands to too many terms; make the wildcard more specific");
    } catch (java.io.UncheckedIOException e) {
      throw new QueryException("query '" + q + "' could not be run: " + e.getCause().getMessage());
    }
  }

  /** What a query would warn of (fields the index does not have), one line each. */
  public List<String> warnings(String q) throws QueryException {
    List<String> out = new ArrayList<>();
    parse(q, out);
    return out;
  }

  /** The entries of responses within ("yes") or outside ("no") section 55's period, by their document ids. */
  Query onTime(String value) throws IOException, ParseException {
    boolean wanted = switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw new ParseException("on_time takes yes or no, not '" + value + "'");
    };
    List<BytesRef> ids = new ArrayList<>();
    for (StoredDocument d : documents(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())))) {
      Timeliness t = Reports.timeliness(d.record().tags().docType().id(), d.record().tags().documentDate(),
          reports().byTitle(d.report()));
      if (t != null && t.withinDeadline() == wanted) ids.add(new BytesRef(d.record().id()));
    }
    return new TermInSetQuery(Schema.ID, ids);
  }

  private static String explain(ParseException e) {
    String msg = e.getMessage() == null ? "syntax error" : e.getMessage();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("Encountered \"(.*?)\" at line \\d+, column (\\d+)").matcher(msg);
    if (m.find()) {
      String found = m.group(1).contains("<EOF>") ? "end of query" : "'" + m.group(1).strip() + "'";
      return "unexpected " + found + " at column " + m.group(2)
          + " (check quotes and brackets are closed and AND/OR/NOT have terms on both sides)";
    }
    return msg.split("\n")[0].replaceFirst("^Cannot parse '.*?': ", "");
  }

  /** The stored records of the document entries matching a query (all documents for null), in index order. */
  List<StoredDocument> documents(Query filter) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), BooleanClause.Occur.FILTER);
    if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
    Query q = b.build();
    // as many as match, not maxDoc: a sorted search keeps a queue of the size asked for
    TopDocs td = searcher.search(q, Math.max(1, searcher.count(q)), Sort.INDEXORDER);
    StoredFields stored = searcher.storedFields();
    List<StoredDocument> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) out.add(Stored.document(stored.document(sd.doc, Set.of(Schema.RECORD))));
    return out;
  }

  /**
   * The stored record of one document, by id, unique id prefix (at least 4 characters) or file name, with its
   * passages and what the corpus adds.
   */
  public DocumentDetail show(String idOrFile) throws QueryException, IOException {
    String given = idOrFile.strip();
    String prefix = given.toLowerCase(Locale.ROOT);
    Query byId = prefix.matches("[0-9a-f]{4,64}") ? new PrefixQuery(new Term(Schema.ID, prefix)) : null;
    Query byFile = new TermQuery(new Term(Schema.FILE, given));
    Query which = byId == null ? byFile : new BooleanQuery.Builder().add(byId, BooleanClause.Occur.SHOULD)
        .add(byFile, BooleanClause.Occur.SHOULD).build();
    List<StoredDocument> found = documents(which);
    if (found.isEmpty()) {
      throw new QueryException(byId == null && given.length() < 4 && given.matches("[0-9a-fA-F]*")
          ? "give at least 4 characters of the document id" : "no document with id or file name " + idOrFile);
    }
    if (found.size() > 1) {
      throw new QueryException("'" + idOrFile + "' fits " + found.size() + " documents ("
          + String.join(", ", found.stream().limit(5).map(d -> d.record().id().substring(0, 12) + " "
              + d.record().file()).toList()) + "); give more of the id");
    }
    StoredDocument d = found.get(0);
    String id = d.record().id();
    Query passagesOf = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs ps = searcher.search(passagesOf, Math.max(1, searcher.count(passagesOf)), Sort.INDEXORDER);
    StoredFields stored = searcher.storedFields();
    List<DocumentDetail.PassageView> passages = new ArrayList<>();
    for (ScoreDoc sd : ps.scoreDocs) {
      Document p = stored.document(sd.doc);
      passages.add(new DocumentDetail.PassageView(p.getField(Schema.ORDINAL).numericValue().intValue(),
          p.getField(Schema.PAGE).numericValue().intValue(), p.get(Schema.TEXT)));
    }
    ReportEntry report = reports().byTitle(d.report());
    return new DocumentDetail(d.record(), report, Reports.timeliness(d.record().tags().docType().id(),
        d.record().tags().documentDate(), report), Files.exists(Path.of(d.record().path())), d.ingested(),
        passages);
  }

  /**
   * The filter with its force and report given their canonical names.
   *
   * @throws QueryException when no force or no single report fits what was given
   */
  public Filter resolve(Filter f) throws QueryException, IOException {
    String force = f.force() == null ? null : canonicalForce(f.force());
    String report = f.report() == null ? null : reports().resolve(f.report()).title();
    return new Filter(f.type(), force, report, f.person(), f.from(), f.to());
  }

  /** The canonical name of a force given by name, alias or area. */
  static String canonicalForce(String name) throws QueryException {
    String canonical = Forces.standard().resolve(name);
    if (canonical == null) throw new QueryException("no police force is called '" + name + "'");
    return canonical;
  }

  /**
   * A resolved filter as one query that document and passage entries alike answer; null when nothing is set.
   */
  Query filterQuery(Filter f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (f.type() != null) {
      b.add(new TermQuery(new Term(Schema.DOC_TYPE, f.type().id())), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (f.from() != null || f.to() != null) {
      int lo = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay();
      int hi = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay();
      b.add(IntPoint.newRangeQuery(Schema.DATE_DAY, lo, hi), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (f.force() != null) {
      b.add(new TermQuery(new Term(Schema.FORCE, f.force().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (f.report() != null) {
      b.add(new TermQuery(new Term(Schema.REPORT, f.report().toLowerCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    if (f.person() != null) {
      b.add(UserQueryParser.contains(Schema.PERSON, f.person()), BooleanClause.Occur.FILTER);
      any = true;
    }
    return any ? b.build() : null;
  }

  /** The reports of this view of the index. */
  Reports reports() throws IOException {
    if (reports == null) reports = new Reports(searcher);
    return reports;
  }

  /** Rows for research exports. */
  public Exporter exporter() {
    return new Exporter(this, searcher);
  }

  /** Recommendations, people, forces, timelines and look-alike responses on the same view of the index. */
  public Overview overview() {
    return new Overview(this, searcher);
  }

  /** The section 55 ledger of a report, and the reports overdue, on the same view of the index. */
  public Ledgers ledgers() {
    return new Ledgers(this, searcher, java.time.LocalDate.now());
  }

  /** Cross-force questions (reports, comparisons) on the same view of the index. */
  public CrossForce crossForce() {
    return new CrossForce(this, searcher);
  }

  /** Number of documents and passages in the index. */
  public long count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Schema.KIND, kind)));
  }

  @Override
  public void close() throws IOException {
    if (ownsReader) reader.close();
  }
}

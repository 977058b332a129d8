package org.oversight.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.LocalDate;
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
import org.apache.lucene.index.IndexNotFoundException;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import org.oversight.domain.Forces;
import org.oversight.model.Json;
import org.oversight.index.Schema;

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

  private Searcher(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the index in {@code dir}; a missing index is reported as such. */
  public static Searcher open(Path dir) throws IOException {
    try {
      return new Searcher(DirectoryReader.open(FSDirectory.open(dir)));
    } catch (IndexNotFoundException e) {
      throw new IOException("no index at " + dir + ": run 'oversight ingest' first");
    }
  }

  public SearchResult search(SearchRequest req) throws QueryException, IOException {
    Query userQuery = parse(req.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(userQuery, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER);
    Query filters = filters(req.docType(), req.from(), req.to(), req.force(), req.report(), req.person());
    if (filters != null) b.add(filters, BooleanClause.Occur.FILTER);
    Query query = b.build();
    int window = Math.max(req.limit() * Math.max(1, 8 / Math.max(1, req.perDocument())), req.limit());
    var collected = searcher.search(query,
        new MultiCollectorManager(new TopScoreDocCollectorManager(window, Integer.MAX_VALUE),
            new FacetsCollectorManager()));
    TopDocs top = (TopDocs) collected[0];
    FacetsCollector fc = (FacetsCollector) collected[1];

    List<ScoreDoc> kept = new ArrayList<>();
    Map<String, Integer> perDoc = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      if (kept.size() >= req.limit()) break;
      String id = stored.document(sd.doc, Set.of(Schema.ID)).get(Schema.ID);
      if (perDoc.merge(id, 1, Integer::sum) <= Math.max(1, req.perDocument())) kept.add(sd);
    }
    String[] snippets = Snippets.of(searcher, query, kept, 240);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      ScoreDoc sd = kept.get(i);
      Document d = stored.document(sd.doc);
      hits.add(new SearchHit(sd.score, d.get(Schema.ID), d.get(Schema.FILE), d.get(Schema.PATH),
          d.getField(Schema.PAGE).numericValue().intValue(), d.getField(Schema.ORDINAL).numericValue().intValue(),
          d.get(Schema.DOC_TYPE), d.get(Schema.FORMAT), d.get(Schema.DATE), snippets[i]));
    }
    return new SearchResult(top.totalHits.value, hits, facets(fc));
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

  /** Parses a query in Lucene syntax; a syntax error becomes one line saying what is wrong. */
  static Query parse(String q) throws QueryException {
    if (q == null || q.isBlank() || q.strip().equals("*")) return new MatchAllDocsQuery();
    QueryParser parser = new QueryParser(Schema.TEXT, Schema.analyzer());
    parser.setAllowLeadingWildcard(true);
    try {
      return parser.parse(q);
    } catch (ParseException e) {
      throw new QueryException("malformed query '" + q + "': " + explain(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("query '" + q + "' expands to too many terms; make the wildcard more specific");
    }
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

  /** The stored record of one document, by id or unique id prefix, with its passages. */
  public DocumentDetail show(String idOrPrefix) throws QueryException, IOException {
    String prefix = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
    if (prefix.length() < 4) throw new QueryException("give at least 4 characters of the document id");
    Query q = new BooleanQuery.Builder()
        .add(new PrefixQuery(new Term(Schema.ID, prefix)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), BooleanClause.Occur.FILTER).build();
    TopDocs docs = searcher.search(q, 3);
    if (docs.scoreDocs.length == 0) throw new QueryException("no document with id " + idOrPrefix);
    if (docs.scoreDocs.length > 1) throw new QueryException("id prefix " + idOrPrefix + " is ambiguous; give more of it");
    StoredFields stored = searcher.storedFields();
    Document d = stored.document(docs.scoreDocs[0].doc);
    String id = d.get(Schema.ID);
    JsonNode record = Json.MAPPER.readTree(d.get(Schema.RECORD));
    Query passagesOf = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs ps = searcher.search(passagesOf, Math.max(1, reader.maxDoc()), Sort.INDEXORDER);
    List<DocumentDetail.PassageView> passages = new ArrayList<>();
    for (ScoreDoc sd : ps.scoreDocs) {
      Document p = stored.document(sd.doc);
      passages.add(new DocumentDetail.PassageView(p.getField(Schema.ORDINAL).numericValue().intValue(),
          p.getField(Schema.PAGE).numericValue().intValue(), p.get(Schema.TEXT)));
    }
    return new DocumentDetail(id, d.get(Schema.PATH), record, passages);
  }

  /**
   * The filters a user can set, as one query that document and passage entries alike answer; null when none is set.
   * A force may be named by alias or area, a report by a fragment that fits one report.
   */
  Query filters(String docType, LocalDate from, LocalDate to, String force, String report, String person)
      throws QueryException, IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (docType != null) {
      b.add(new TermQuery(new Term(Schema.DOC_TYPE, docType)), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (from != null || to != null) {
      int lo = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
      int hi = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
      b.add(IntPoint.newRangeQuery(Schema.DATE_DAY, lo, hi), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (force != null) {
      String canonical = Forces.standard().resolve(force);
      if (canonical == null) throw new QueryException("no police force is called '" + force + "'");
      b.add(new TermQuery(new Term(Schema.FORCE, canonical.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (report != null) {
      String title = crossForce().resolveReport(report);
      b.add(new TermQuery(new Term(Schema.REPORT, title.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
      any = true;
    }
    if (person != null) {
      String who = person.strip().toLowerCase(Locale.ROOT);
      b.add(new WildcardQuery(new Term(Schema.PERSON, "*" + who + "*")), BooleanClause.Occur.FILTER);
      any = true;
    }
    return any ? b.build() : null;
  }

  /** Rows for research exports, filtered as {@link #filters} says. */
  public Exporter exporter() {
    return new Exporter(this, searcher);
  }

  /** Recommendations, people, forces, timelines and look-alike responses on the same view of the index. */
  public Overview overview() {
    return new Overview(this, searcher);
  }

  /** Cross-force questions (reports, comparisons) on the same view of the index. */
  public CrossForce crossForce() {
    return new CrossForce(searcher);
  }

  /** Number of documents and passages in the index. */
  public long count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Schema.KIND, kind)));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

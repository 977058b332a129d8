package org.oversight.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.oversight.model.Json;
import org.oversight.index.Schema;

/**
 * Tidy tables for pandas or R: one row per document, passage or recommendation, with stable column names (listed in
 * the README), ISO dates, and lists as lists (joined with "; " where a format has no lists).
 */
public final class Exporter {
  /** What one row stands for. */
  public enum Level { document, passage, recommendation }

  /** The columns of each level, in order. */
  public static final Map<Level, List<String>> COLUMNS = Map.of(
      Level.document, List.of("id", "file", "path", "format", "doc_type", "document_date", "year", "primary_force",
          "forces", "report_title", "report_date", "author_name", "author_role", "people", "recommendations",
          "ratings", "response_days", "within_56_days", "pages", "passages", "tokens"),
      Level.passage, List.of("id", "file", "passage", "page", "doc_type", "document_date", "primary_force",
          "report_title", "is_recommendation", "text"),
      Level.recommendation, List.of("id", "file", "doc_type", "document_date", "primary_force", "report_title",
          "report_date", "passage", "addressee", "deadline", "due", "text"));

  /** Filters as the command line gives them; any may be null. */
  public record Filters(String docType, String force, String report, LocalDate from, LocalDate to) {}

  private final Searcher owner;
  private final IndexSearcher searcher;

  Exporter(Searcher owner, IndexSearcher searcher) {
    this.owner = owner;
    this.searcher = searcher;
  }

  /** Sends every row of the level that passes the filters to {@code sink}, as column → value in column order. */
  public int export(Level level, Filters f, Consumer<Map<String, Object>> sink) throws IOException, QueryException {
    Query filters = owner.filters(f.docType(), f.from(), f.to(), f.force(), f.report(), null);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.KIND,
        level == Level.passage ? Schema.PASSAGE : Schema.DOCUMENT)), BooleanClause.Occur.FILTER);
    if (filters != null) b.add(filters, BooleanClause.Occur.FILTER);
    TopDocs td = searcher.search(b.build(), Math.max(1, searcher.getIndexReader().maxDoc()), Sort.INDEXORDER);
    StoredFields stored = searcher.storedFields();
    Map<String, JsonNode> records = new LinkedHashMap<>();
    int rows = 0;
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = stored.document(sd.doc);
      switch (level) {
        case document -> {
          sink.accept(documentRow(d, Json.MAPPER.readTree(d.get(Schema.RECORD))));
          rows++;
        }
        case passage -> {
          JsonNode rec = records.computeIfAbsent(d.get(Schema.ID), id -> recordOf(id));
          sink.accept(passageRow(d, rec));
          rows++;
        }
        case recommendation -> {
          JsonNode rec = Json.MAPPER.readTree(d.get(Schema.RECORD));
          for (JsonNode r : rec.path("tags").path("recommendations")) {
            sink.accept(recommendationRow(d, rec, r));
            rows++;
          }
        }
      }
    }
    return rows;
  }

  private JsonNode recordOf(String id) {
    try {
      TopDocs td = searcher.search(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), BooleanClause.Occur.FILTER).build(), 1);
      return Json.MAPPER.readTree(searcher.storedFields().document(td.scoreDocs[0].doc).get(Schema.RECORD));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> documentRow(Document d, JsonNode rec) {
    JsonNode t = rec.path("tags");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", rec.path("id").asText());
    row.put("file", d.get(Schema.FILE));
    row.put("path", d.get(Schema.PATH));
    row.put("format", rec.path("format").asText());
    row.put("doc_type", t.path("doc_type").asText());
    row.put("document_date", text(t.path("document_date")));
    row.put("year", t.path("document_date").isTextual() ? Integer.valueOf(t.path("document_date").asText()
        .substring(0, 4)) : null);
    row.put("primary_force", text(t.path("primary_force")));
    row.put("forces", strings(t.path("forces")));
    row.put("report_title", d.get(Schema.REPORT));
    row.put("report_date", text(t.path("report_date")));
    row.put("author_name", text(t.path("author").path("name")));
    row.put("author_role", text(t.path("author").path("role")));
    List<String> people = new ArrayList<>();
    for (JsonNode p : t.path("people")) {
      people.add(p.path("name").asText() + (p.path("role").isTextual() ? " (" + p.path("role").asText() + ")" : ""));
    }
    row.put("people", people);
    row.put("recommendations", t.path("recommendations").size());
    List<String> ratings = new ArrayList<>();
    for (JsonNode r : t.path("ratings")) {
      ratings.add(r.path("force").asText() + ": " + r.path("grade").asText() + " (" + r.path("area").asText() + ")");
    }
    row.put("ratings", ratings);
    JsonNode tl = t.path("timeliness");
    row.put("response_days", tl.isObject() ? tl.path("days").asLong() : null);
    row.put("within_56_days", tl.isObject() ? tl.path("within_deadline").asBoolean() : null);
    row.put("pages", rec.path("pages").asInt());
    row.put("passages", rec.path("passages").asInt());
    row.put("tokens", rec.path("tokens").asInt());
    return row;
  }

  private static Map<String, Object> passageRow(Document d, JsonNode rec) {
    JsonNode t = rec.path("tags");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", d.get(Schema.ID));
    row.put("file", d.get(Schema.FILE));
    row.put("passage", d.getField(Schema.ORDINAL).numericValue().intValue());
    row.put("page", d.getField(Schema.PAGE).numericValue().intValue());
    row.put("doc_type", d.get(Schema.DOC_TYPE));
    row.put("document_date", d.get(Schema.DATE));
    row.put("primary_force", d.get(Schema.PRIMARY_FORCE));
    row.put("report_title", d.get(Schema.REPORT));
    row.put("is_recommendation", "yes".equals(d.get(Schema.RECOMMENDATION)));
    row.put("text", d.get(Schema.TEXT));
    return row;
  }

  private static Map<String, Object> recommendationRow(Document d, JsonNode rec, JsonNode r) {
    JsonNode t = rec.path("tags");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", rec.path("id").asText());
    row.put("file", d.get(Schema.FILE));
    row.put("doc_type", t.path("doc_type").asText());
    row.put("document_date", text(t.path("document_date")));
    row.put("primary_force", text(t.path("primary_force")));
    row.put("report_title", d.get(Schema.REPORT));
    row.put("report_date", text(t.path("report_date")));
    row.put("passage", r.path("passage").asInt());
    row.put("addressee", text(r.path("addressee")));
    row.put("deadline", text(r.path("deadline")));
    row.put("due", text(r.path("due")));
    row.put("text", r.path("text").asText());
    return row;
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }
}

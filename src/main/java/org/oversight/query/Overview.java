package org.oversight.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.oversight.domain.Forces;
import org.oversight.model.Json;
import org.oversight.index.Schema;
import org.oversight.model.DocType;

/**
 * The index seen by entity: recommendations and who refers to them, people across documents (name variants merged),
 * forces and their papers, one force's timeline, and responses that read alike.
 */
public final class Overview {
  private final IndexSearcher searcher;
  private final Searcher owner;

  Overview(Searcher owner, IndexSearcher searcher) {
    this.owner = owner;
    this.searcher = searcher;
  }

  /** A document's full stored record with where it lies. */
  private record Entry(String id, String file, String report, JsonNode tags) {}

  private List<Entry> entries(Query filter) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, Schema.DOCUMENT)), BooleanClause.Occur.FILTER);
    if (filter != null) b.add(filter, BooleanClause.Occur.FILTER);
    TopDocs td = searcher.search(b.build(), Math.max(1, searcher.getIndexReader().maxDoc()), Sort.INDEXORDER);
    StoredFields stored = searcher.storedFields();
    List<Entry> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      Document d = stored.document(sd.doc, Set.of(Schema.ID, Schema.FILE, Schema.REPORT, Schema.RECORD));
      out.add(new Entry(d.get(Schema.ID), d.get(Schema.FILE), d.get(Schema.REPORT),
          Json.MAPPER.readTree(d.get(Schema.RECORD)).path("tags")));
    }
    return out;
  }

  /** A recommendation, the document stating it, and the forces whose documents about its report refer to it. */
  public record RecommendationRow(String text, String report, String addressee, String deadline, String due,
      String file, String docType, List<String> referredBy) {}

  public List<RecommendationRow> recommendations(String report, String force, String addressee)
      throws IOException, QueryException {
    Query filter = owner.filters(null, null, null, null, report, null);
    List<Entry> all = entries(filter);
    String wantedForce = force == null ? null : resolveForce(force);
    Map<String, Set<String>> referring = new HashMap<>();
    for (Entry e : all) {
      if (e.report() != null && DocType.PCC_RESPONSE.id().equals(e.tags().path("doc_type").asText())
          && e.tags().path("primary_force").isTextual()) {
        referring.computeIfAbsent(e.report(), k -> new TreeSet<>()).add(e.tags().path("primary_force").asText());
      }
    }
    Map<String, RecommendationRow> rows = new LinkedHashMap<>();
    for (Entry e : all) {
      for (JsonNode r : e.tags().path("recommendations")) {
        String to = text(r.path("addressee"));
        if (addressee != null && (to == null || !to.toLowerCase(Locale.ROOT).contains(addressee.toLowerCase(Locale.ROOT)))) {
          continue;
        }
        List<String> referredBy = List.copyOf(referring.getOrDefault(e.report(), Set.of()));
        if (wantedForce != null && !referredBy.contains(wantedForce) && !wantedForce.equals(to)
            && !wantedForce.equals(text(e.tags().path("primary_force")))) {
          continue;
        }
        String key = r.path("text").asText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        rows.putIfAbsent(key, new RecommendationRow(r.path("text").asText(), e.report(), to, text(r.path("deadline")),
            text(r.path("due")), e.file(), e.tags().path("doc_type").asText(), referredBy));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** A person across the index: the fullest form of the name, every role seen, documents signed and named in. */
  public record PersonRow(String name, List<String> roles, List<String> organisations, List<String> signed,
      List<String> namedIn) {}

  public List<PersonRow> people(String role, String force) throws IOException, QueryException {
    String wantedForce = force == null ? null : resolveForce(force);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Set<String>> orgs = new HashMap<>();
    Map<String, Set<String>> signed = new HashMap<>();
    Map<String, Set<String>> named = new HashMap<>();
    Map<String, Set<String>> forcesOf = new HashMap<>();
    for (Entry e : entries(null)) {
      String authorKey = e.tags().path("author").path("name").isTextual()
          ? key(e.tags().path("author").path("name").asText()) : null;
      for (JsonNode p : e.tags().path("people")) {
        String name = p.path("name").asText();
        String k = key(name);
        names.merge(k, name, (a, b) -> b.length() > a.length() ? b : a);
        if (p.path("role").isTextual()) roles.computeIfAbsent(k, x -> new TreeSet<>()).add(p.path("role").asText());
        if (p.path("organisation").isTextual()) {
          orgs.computeIfAbsent(k, x -> new TreeSet<>()).add(p.path("organisation").asText());
          String f = Forces.standard().resolve(p.path("organisation").asText());
          if (f != null) forcesOf.computeIfAbsent(k, x -> new TreeSet<>()).add(f);
        }
        (k.equals(authorKey) ? signed : named).computeIfAbsent(k, x -> new TreeSet<>()).add(e.file());
        if (k.equals(authorKey) && e.tags().path("primary_force").isTextual()) {
          forcesOf.computeIfAbsent(k, x -> new TreeSet<>()).add(e.tags().path("primary_force").asText());
        }
      }
    }
    List<PersonRow> out = new ArrayList<>();
    for (Map.Entry<String, String> n : names.entrySet()) {
      String k = n.getKey();
      List<String> r = List.copyOf(roles.getOrDefault(k, Set.of()));
      if (role != null && r.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).contains(role.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      if (wantedForce != null && !forcesOf.getOrDefault(k, Set.of()).contains(wantedForce)) continue;
      out.add(new PersonRow(n.getValue(), r, List.copyOf(orgs.getOrDefault(k, Set.of())),
          List.copyOf(signed.getOrDefault(k, Set.of())), List.copyOf(named.getOrDefault(k, Set.of()))));
    }
    out.sort(Comparator.comparing(p -> p.name().substring(p.name().lastIndexOf(' ') + 1)));
    return out;
  }

  /** Per force: its documents by type, the latest, and the commissioners who signed its responses. */
  public record ForceRow(String force, Map<String, Integer> documentsByType, String latestDate, String latestFile,
      List<String> commissioners) {}

  public List<ForceRow> forces() throws IOException {
    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    Map<String, String[]> latest = new HashMap<>();
    Map<String, Set<String>> pccs = new HashMap<>();
    for (Entry e : entries(null)) {
      JsonNode t = e.tags();
      if (!t.path("primary_force").isTextual()) continue;
      String f = t.path("primary_force").asText();
      byType.computeIfAbsent(f, k -> new TreeMap<>()).merge(t.path("doc_type").asText(), 1, Integer::sum);
      String date = text(t.path("document_date"));
      String[] l = latest.get(f);
      if (date != null && (l == null || l[0] == null || date.compareTo(l[0]) > 0)) {
        latest.put(f, new String[] {date, e.file()});
      } else if (l == null) {
        latest.put(f, new String[] {null, e.file()});
      }
      JsonNode a = t.path("author");
      if (a.path("name").isTextual() && a.path("role").asText().contains("Commissioner")) {
        pccs.computeIfAbsent(f, k -> new TreeSet<>()).add(a.path("name").asText());
      }
    }
    List<ForceRow> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : byType.entrySet()) {
      String[] l = latest.get(e.getKey());
      out.add(new ForceRow(e.getKey(), e.getValue(), l[0], l[1], List.copyOf(pccs.getOrDefault(e.getKey(), Set.of()))));
    }
    return out;
  }

  /** A dated event in a force's history: a document, a report's publication, a recommendation falling due. */
  public record Event(String date, String event, String detail, String file) {}

  public List<Event> timeline(String force) throws IOException, QueryException {
    String f = resolveForce(force);
    List<Event> out = new ArrayList<>();
    Set<String> reportsSeen = new TreeSet<>();
    for (Entry e : entries(new TermQuery(new Term(Schema.FORCE, f.toLowerCase(Locale.ROOT))))) {
      JsonNode t = e.tags();
      String type = t.path("doc_type").asText();
      String date = text(t.path("document_date"));
      String what = switch (type) {
        case "pcc_response" -> "response";
        case "hmicfrs_report" -> "report";
        case "hmicfrs_letter" -> "inspectorate letter";
        case "news_article" -> "news";
        default -> "document";
      };
      String detail = e.report() != null ? e.report() : "";
      JsonNode tl = t.path("timeliness");
      if (tl.isObject()) {
        detail += " (" + tl.path("days").asLong() + " days after publication"
            + (tl.path("within_deadline").asBoolean() ? ")" : ", late)");
      }
      out.add(new Event(date, what, detail, e.file()));
      if (e.report() != null && t.path("report_date").isTextual() && reportsSeen.add(e.report())
          && !"hmicfrs_report".equals(type)) {
        out.add(new Event(t.path("report_date").asText(), "report published", e.report(), e.file()));
      }
      for (JsonNode r : t.path("recommendations")) {
        if (r.path("due").isTextual()) {
          out.add(new Event(r.path("due").asText(), "recommendation due", r.path("text").asText(), e.file()));
        }
      }
    }
    out.sort(Comparator.comparing((Event ev) -> ev.date() == null ? "9999" : ev.date()).thenComparing(Event::event));
    return out;
  }

  /** A document that reads like another, with its likeness score. */
  public record SimilarRow(String id, String file, String docType, String primaryForce, String report, float score) {}

  /** The documents whose passages read most like this one's (Lucene MoreLikeThis), to spot shared boilerplate. */
  public List<SimilarRow> similar(String idOrPrefix, int limit) throws IOException, QueryException {
    DocumentDetail d = owner.show(idOrPrefix);
    StringBuilder text = new StringBuilder();
    d.passages().forEach(p -> text.append(p.text()).append("\n\n"));
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(Schema.analyzer());
    mlt.setFieldNames(new String[] {Schema.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(40);
    Query like = mlt.like(Schema.TEXT, new StringReader(text.toString()));
    Query q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.ID, d.id())), BooleanClause.Occur.MUST_NOT).build();
    TopDocs td = searcher.search(q, 500);
    Map<String, Float> byDoc = new LinkedHashMap<>();
    Map<String, Document> first = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      Document p = stored.document(sd.doc, Set.of(Schema.ID, Schema.FILE, Schema.DOC_TYPE, Schema.PRIMARY_FORCE,
          Schema.REPORT));
      byDoc.merge(p.get(Schema.ID), sd.score, Float::sum);
      first.putIfAbsent(p.get(Schema.ID), p);
    }
    List<SimilarRow> out = new ArrayList<>();
    byDoc.forEach((id, score) -> {
      Document p = first.get(id);
      out.add(new SimilarRow(id, p.get(Schema.FILE), p.get(Schema.DOC_TYPE), p.get(Schema.PRIMARY_FORCE),
          p.get(Schema.REPORT), score));
    });
    out.sort(Comparator.comparing(SimilarRow::score).reversed());
    return out.subList(0, Math.min(limit, out.size()));
  }

  private static String resolveForce(String name) throws QueryException {
    String f = Forces.standard().resolve(name);
    if (f == null) throw new QueryException("no police force is called '" + name + "'");
    return f;
  }

  private static String key(String name) {
    return org.oversight.domain.PersonNames.key(name);
  }


  private static String text(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}

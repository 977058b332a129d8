package org.oversight.query;

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
import org.oversight.index.ReportEntry;
import org.oversight.index.Schema;
import org.oversight.index.StoredDocument;
import org.oversight.model.DocType;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;

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

  /** A recommendation, the document stating it, and the forces whose documents about its report refer to it. */
  public record RecommendationRow(String text, String report, String addressee, String deadline, String due,
      String file, String docType, List<String> referredBy) {}

  public List<RecommendationRow> recommendations(String report, String force, String addressee)
      throws IOException, QueryException {
    Filter f = owner.resolve(new Filter(null, null, report, null, null, null));
    List<StoredDocument> all = new ArrayList<>(owner.documents(owner.filterQuery(f)));
    all.sort(Comparator.comparing(d -> d.record().file())); // the same order however the index was written
    String wantedForce = force == null ? null : Searcher.canonicalForce(force);
    Map<String, Set<String>> referring = new HashMap<>();
    for (StoredDocument d : all) {
      Tags t = d.record().tags();
      if (d.report() != null && t.docType() == DocType.PCC_RESPONSE && t.primaryForce() != null) {
        referring.computeIfAbsent(d.report(), k -> new TreeSet<>()).add(t.primaryForce());
      }
    }
    Map<String, RecommendationRow> rows = new LinkedHashMap<>();
    for (StoredDocument d : all) {
      Tags t = d.record().tags();
      for (Recommendation r : t.recommendations()) {
        String to = r.addressee();
        if (addressee != null && (to == null || !to.toLowerCase(Locale.ROOT).contains(addressee.toLowerCase(Locale.ROOT)))) {
          continue;
        }
        List<String> referredBy = List.copyOf(referring.getOrDefault(d.report(), Set.of()));
        if (wantedForce != null && !referredBy.contains(wantedForce) && !wantedForce.equals(to)
            && !wantedForce.equals(t.primaryForce())) {
          continue;
        }
        String key = r.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        rows.putIfAbsent(key, new RecommendationRow(r.text(), d.report(), to, r.deadline(), r.due(),
            d.record().file(), t.docType().id(), referredBy));
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** A person across the index: the fullest form of the name, every role seen, documents signed and named in. */
  public record PersonRow(String name, List<String> roles, List<String> organisations, List<String> signed,
      List<String> namedIn) {}

  public List<PersonRow> people(String role, String force) throws IOException, QueryException {
    String wantedForce = force == null ? null : Searcher.canonicalForce(force);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> roles = new HashMap<>();
    Map<String, Set<String>> orgs = new HashMap<>();
    Map<String, Set<String>> signed = new HashMap<>();
    Map<String, Set<String>> named = new HashMap<>();
    Map<String, Set<String>> forcesOf = new HashMap<>();
    for (StoredDocument d : owner.documents(null)) {
      for (StoredDocument.PersonEntry p : d.people()) {
        String k = p.key();
        names.merge(k, p.name(), (a, b) -> b.length() > a.length() ? b : a);
        if (p.role() != null) roles.computeIfAbsent(k, x -> new TreeSet<>()).add(p.role());
        if (p.organisation() != null) orgs.computeIfAbsent(k, x -> new TreeSet<>()).add(p.organisation());
        if (p.force() != null) forcesOf.computeIfAbsent(k, x -> new TreeSet<>()).add(p.force());
        (p.signer() ? signed : named).computeIfAbsent(k, x -> new TreeSet<>()).add(d.record().file());
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

  /** The national bodies the recommendation tagger names as addressees: their deadlines are no force's. */
  private static final Set<String> NATIONAL_BODIES = Set.of("College of Policing", "NPCC", "Home Office");

  /**
   * Whether a recommendation's deadline may be the force's: one addressed to it, to forces, chief constables or
   * commissioners in general, or to no one named; not one addressed to another force or to a national body.
   */
  private static boolean mayFallTo(String addressee, String force) {
    if (addressee == null || addressee.equals(force)) return true;
    if (Forces.standard().resolve(addressee) != null) return false;
    return !NATIONAL_BODIES.contains(addressee);
  }

  public List<ForceRow> forces() throws IOException {
    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    Map<String, String[]> latest = new HashMap<>();
    Map<String, Set<String>> pccs = new HashMap<>();
    for (StoredDocument d : owner.documents(null)) {
      Tags t = d.record().tags();
      if (t.primaryForce() == null) continue;
      String f = t.primaryForce();
      byType.computeIfAbsent(f, k -> new TreeMap<>()).merge(t.docType().id(), 1, Integer::sum);
      String date = t.documentDate();
      String[] l = latest.get(f);
      if (date != null && (l == null || l[0] == null || date.compareTo(l[0]) > 0)) {
        latest.put(f, new String[] {date, d.record().file()});
      } else if (l == null) {
        latest.put(f, new String[] {null, d.record().file()});
      }
      if (t.author() != null && t.author().name() != null && t.author().role() != null
          && t.author().role().contains("Commissioner")) {
        pccs.computeIfAbsent(f, k -> new TreeSet<>()).add(t.author().name());
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
    String f = Searcher.canonicalForce(force);
    List<Event> out = new ArrayList<>();
    Set<String> reportsHeld = new TreeSet<>();
    Map<String, String> referredToBy = new TreeMap<>(); // report -> the first file (by name) that refers to it
    for (StoredDocument d : owner.documents(new TermQuery(new Term(Schema.FORCE, f.toLowerCase(Locale.ROOT))))) {
      Tags t = d.record().tags();
      String what = switch (t.docType()) {
        case PCC_RESPONSE -> "response";
        case HMICFRS_REPORT -> "report";
        case HMICFRS_LETTER -> "inspectorate letter";
        case NEWS_ARTICLE -> "news";
        default -> "document";
      };
      ReportEntry report = owner.reports().byTitle(d.report());
      String detail = d.report() != null ? d.report() : "";
      Timeliness timing = Reports.timeliness(t.docType().id(), t.documentDate(), report);
      if (timing != null) {
        // said first, so that a cut cell keeps it
        detail = "day " + timing.days() + " of " + Timeliness.DAYS_ALLOWED + (timing.withinDeadline() ? ""
            : ", " + timing.daysLate() + (timing.daysLate() == 1 ? " day" : " days") + " late") + ": " + detail;
      }
      out.add(new Event(t.documentDate(), what, detail, d.record().file()));
      if (report != null && t.docType() == DocType.HMICFRS_REPORT) reportsHeld.add(report.title());
      if (report != null && t.docType() != DocType.HMICFRS_REPORT) {
        referredToBy.merge(report.title(), d.record().file(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      for (Recommendation r : t.recommendations()) {
        if (r.due() != null && mayFallTo(r.addressee(), f)) {
          out.add(new Event(r.due(), "recommendation due", r.text(), d.record().file()));
        }
      }
    }
    // a report the corpus does not hold for this force is still placed in time, by the document that refers to it
    for (Map.Entry<String, String> r : referredToBy.entrySet()) {
      ReportEntry report = owner.reports().byTitle(r.getKey());
      if (!reportsHeld.contains(r.getKey()) && report != null && report.published() != null) {
        out.add(new Event(report.published(), "report published", report.title(), r.getValue()));
      }
    }
    out.sort(Comparator.comparing((Event ev) -> ev.date() == null ? "9999" : ev.date()).thenComparing(Event::event)
        .thenComparing(ev -> ev.file() == null ? "" : ev.file()).thenComparing(Event::detail));
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
}

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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.oversight.domain.Forces;
import org.oversight.domain.PolicingBodies;
import org.oversight.domain.Resources;
import org.oversight.index.ReportEntry;
import org.oversight.index.Schema;
import org.oversight.index.StoredDocument;
import org.oversight.model.DocType;
import org.oversight.model.PageEvidence;
import org.oversight.model.Passage;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;

/**
 * The section 55 ledger and the overdue list on one view of the index. The recommendations come from the tags stored
 * at indexing (the report's own when the corpus holds the report, else those the letters and responses quote, near
 * duplicates merged); which passage of a response addresses which recommendation is worked out here, at query time,
 * since the report may reach the corpus after its responses.
 *
 * <p>Who must respond: the body of the report's primary force when it has one (a report about one force); else every
 * territorial force when the report speaks of all forces ("forces in England and Wales") or says it looked at more
 * forces than it names; else the forces it names, when there are at most {@value #FEW}; else every territorial force.
 * Without the report in the corpus, the forces its title names (at most {@value #FEW}), else every territorial
 * force. The cues are in {@code ledger-cues.tsv}.
 */
public final class Ledgers {
  /** The most forces a report may name and still be taken as a report about those forces only. */
  static final int FEW = 6;

  /** The columns of a ledger as a table (CSV, JSONL, {@code export --level ledger}): one row per cell. */
  public static final List<String> COLUMNS = List.of("report", "published", "deadline", "rule", "number",
      "recommendation", "addressee", "force", "body", "required", "signer", "response_date", "days", "days_late",
      "on_time", "status", "score", "how", "page", "passage", "text", "file", "id");

  private static final Map<String, List<Pattern>> CUES = cues();
  private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty");
  private static final Pattern AREA_NUMBER = Pattern.compile("(?i)^\\W*areas? for improvement\\s+(\\d{1,2})\\b");

  private final Searcher owner;
  private final IndexSearcher searcher;
  private final LocalDate today;
  private final RecommendationMatcher matcher = new RecommendationMatcher();
  private final PolicingBodies bodies = PolicingBodies.standard();
  private final Forces forces = Forces.standard();
  private final List<String> territorial = forces.territorial();

  Ledgers(Searcher owner, IndexSearcher searcher, LocalDate today) {
    this.owner = owner;
    this.searcher = searcher;
    this.today = today;
  }

  /**
   * The ledger of the report a title or fragment names.
   *
   * @throws QueryException when no report, or more than one, fits the fragment
   */
  public Ledger ledger(String reportFragment) throws IOException, QueryException {
    return ledger(owner.reports().resolve(reportFragment));
  }

  /** The ledgers of every report the index knows, newest first. */
  public List<Ledger> all() throws IOException {
    List<ReportEntry> reports = owner.reports().all();
    reports.sort(Comparator.comparing((ReportEntry r) -> r.published() == null ? "" : r.published()).reversed()
        .thenComparing(ReportEntry::title));
    List<Ledger> out = new ArrayList<>();
    for (ReportEntry r : reports) out.add(ledger(r));
    return out;
  }

  Ledger ledger(ReportEntry report) throws IOException {
    About about = about(report);
    Items items = items(about);
    Ledger.Respondents who = dueToRespond(report, about.reportDocument());
    List<RecommendationMatcher.Numbered> numbered = new ArrayList<>();
    for (Item i : items.recommendations()) numbered.add(new RecommendationMatcher.Numbered(i.number(), i.text()));

    LocalDate bodyDay = bodyDay(report.published());
    Set<String> required = new LinkedHashSet<>(who.forces());
    Pattern title = titlePattern(report.title());
    Map<String, List<Passage>> passages = numbered.isEmpty() ? Map.of() : responsePassages(report.key());
    List<Answer> answers = new ArrayList<>();
    for (StoredDocument d : about.responses()) {
      List<Passage> ps = passages.getOrDefault(d.record().id(), List.of());
      answers.add(new Answer(d, forceOf(d), ps, matcher.match(numbered, withoutTitle(ps, title))));
    }
    answers.sort(Comparator.comparing((Answer a) -> a.force() == null ? "\uffff" : a.force())
        .thenComparing(a -> a.doc().record().tags().documentDate() == null ? ""
            : a.doc().record().tags().documentDate()));

    List<Ledger.Response> responses = new ArrayList<>();
    Map<String, List<Answer>> byForce = new LinkedHashMap<>();
    for (Answer a : answers) {
      responses.add(response(a, report, bodyDay, items.recommendations(), required));
      byForce.computeIfAbsent(a.force(), k -> new ArrayList<>()).add(a);
    }
    List<String> silent = new ArrayList<>(required);
    silent.removeAll(byForce.keySet());
    silent.sort(null);
    for (String f : silent) {
      responses.add(new Ledger.Response(f, bodyName(f, bodyDay), null, null, null, null, null, null, null,
          Ledger.NO_RESPONSE, "no response found in the corpus", null, items.recommendations().size(), List.of(),
          true, null, null));
    }

    List<String> columns = new ArrayList<>(required);
    byForce.keySet().stream().filter(f -> !required.contains(f)).forEach(columns::add);
    List<Ledger.Recommendation> recommendations = new ArrayList<>();
    for (int r = 0; r < items.recommendations().size(); r++) {
      Item item = items.recommendations().get(r);
      List<Ledger.Cell> cells = new ArrayList<>();
      for (String f : columns) cells.add(cell(f, bodyName(f, bodyDay), byForce.get(f), r));
      recommendations.add(new Ledger.Recommendation(item.number() == 0 ? null : item.number(), r + 1, item.text(),
          item.addressee(), item.deadline(), item.sources(), cells));
    }
    List<Ledger.Area> areas = new ArrayList<>();
    for (int a = 0; a < items.areas().size(); a++) {
      Item item = items.areas().get(a);
      areas.add(new Ledger.Area(item.number() > 0 ? item.number() : a + 1, item.text(), item.sources()));
    }
    String deadline = Timeliness.isDay(report.published())
        ? Timeliness.deadline(LocalDate.parse(report.published())).toString() : null;
    return new Ledger(report.title(), report.published(), report.publishedBasis(), deadline, who, items.from(),
        responses, recommendations, areas, notes(report, items));
  }

  /** For {@code compare}: per response id, how many of the report's recommendations it addresses, and of how many. */
  Map<String, int[]> coverage(ReportEntry report) throws IOException {
    Ledger l = ledger(report);
    Map<String, int[]> out = new HashMap<>();
    for (Ledger.Response r : l.responses()) {
      if (r.id() != null) out.put(r.id(), new int[] {r.addressed(), r.recommendations()});
    }
    return out;
  }

  /**
   * Reports whose section 55 period ended before {@code asOf}, with each body due to respond for which the corpus
   * holds no response dated on or before that day (an undated response counts as a response).
   */
  public Overdue overdue(LocalDate asOf) throws IOException {
    List<Overdue.Row> rows = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (ReportEntry r : owner.reports().all()) {
      if (!Timeliness.isDay(r.published())) {
        undated.add(r.title());
        continue;
      }
      LocalDate deadline = Timeliness.deadline(LocalDate.parse(r.published()));
      if (!asOf.isAfter(deadline)) continue;
      About about = about(r);
      Ledger.Respondents who = dueToRespond(r, about.reportDocument());
      Set<String> answered = new TreeSet<>();
      for (StoredDocument d : about.responses()) {
        String date = d.record().tags().documentDate();
        String force = forceOf(d);
        if (force == null) continue;
        if (!Timeliness.isDay(date) || !LocalDate.parse(date).isAfter(asOf)) answered.add(force);
      }
      LocalDate bodyDay = bodyDay(r.published());
      for (String f : who.forces()) {
        if (answered.contains(f)) continue;
        rows.add(new Overdue.Row(r.title(), r.published(), deadline.toString(), f, bodyName(f, bodyDay),
            ChronoUnit.DAYS.between(deadline, asOf), who.rule()));
      }
    }
    rows.sort(Comparator.comparing(Overdue.Row::deadline).thenComparing(Overdue.Row::report)
        .thenComparing(Overdue.Row::force));
    undated.sort(null);
    return new Overdue(asOf.toString(), rows, undated);
  }

  /**
   * A ledger as flat rows, one per recommendation and force, with the {@link #COLUMNS}: for CSV, JSONL and export.
   */
  public static List<Map<String, Object>> rows(Ledger l) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ledger.Recommendation rec : l.recommendations()) {
      for (Ledger.Cell c : rec.cells()) {
        Ledger.Response resp = responseFor(l, c);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("report", l.report());
        row.put("published", l.published());
        row.put("deadline", l.deadline());
        row.put("rule", l.whoMustRespond().rule());
        row.put("number", rec.number());
        row.put("recommendation", rec.text());
        row.put("addressee", rec.addressee());
        row.put("force", c.force());
        row.put("body", c.body());
        row.put("required", resp == null ? Boolean.valueOf(l.whoMustRespond().forces().contains(c.force()))
            : Boolean.valueOf(resp.required()));
        row.put("signer", resp == null ? null : resp.signer());
        row.put("response_date", resp == null ? null : resp.date());
        row.put("days", resp == null ? null : resp.days());
        row.put("days_late", resp == null ? null : resp.daysLate());
        row.put("on_time", resp == null ? null : resp.onTime());
        row.put("status", c.status());
        row.put("score", c.score());
        row.put("how", c.how());
        row.put("page", c.page());
        row.put("passage", c.passage());
        row.put("text", c.text());
        row.put("file", c.file() != null ? c.file() : resp == null ? null : resp.file());
        row.put("id", resp == null ? null : resp.id());
        out.add(row);
      }
    }
    return out;
  }

  /** The response a cell comes from: the one holding its passage, else the force's first. */
  private static Ledger.Response responseFor(Ledger l, Ledger.Cell c) {
    Ledger.Response first = null;
    for (Ledger.Response r : l.responses()) {
      if (!Objects.equals(r.force(), c.force())) continue;
      if (first == null) first = r;
      if (c.file() != null && c.file().equals(r.file())) return r;
    }
    return first;
  }

  // ---- what the corpus holds about a report

  /** The documents about a report: the report itself (earliest dated first), letters and responses. */
  private record About(List<StoredDocument> reports, List<StoredDocument> letters, List<StoredDocument> responses) {
    StoredDocument reportDocument() {
      return reports.isEmpty() ? null : reports.get(0);
    }
  }

  private About about(ReportEntry report) throws IOException {
    List<StoredDocument> reports = new ArrayList<>();
    List<StoredDocument> letters = new ArrayList<>();
    List<StoredDocument> responses = new ArrayList<>();
    for (StoredDocument d : owner.documents(new TermQuery(new Term(Schema.REPORT_KEY, report.key())))) {
      DocType type = d.record().tags().docType();
      if (type == DocType.HMICFRS_REPORT) reports.add(d);
      else if (type == DocType.HMICFRS_LETTER) letters.add(d);
      else if (type == DocType.PCC_RESPONSE) responses.add(d);
    }
    reports.sort(EARLIEST_FIRST);
    return new About(reports, letters, responses);
  }

  /** A document's passages in order, as the index holds them. */
  private List<Passage> passagesOf(String id) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs td = searcher.search(q, Math.max(1, searcher.count(q)), Sort.INDEXORDER); // not a queue of maxDoc
    StoredFields stored = searcher.storedFields();
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : td.scoreDocs) {
      Document p = stored.document(sd.doc, Set.of(Schema.ORDINAL, Schema.PAGE, Schema.TEXT));
      out.add(new Passage(p.getField(Schema.ORDINAL).numericValue().intValue(),
          p.getField(Schema.PAGE).numericValue().intValue(), p.get(Schema.TEXT)));
    }
    out.sort(Comparator.comparingInt(Passage::ordinal));
    return out;
  }

  /** The passages of every response to a report, by document id, in order: one search for all of them. */
  private Map<String, List<Passage>> responsePassages(String reportKey) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.REPORT_KEY, reportKey)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_TYPE, DocType.PCC_RESPONSE.id())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.PASSAGE)), BooleanClause.Occur.FILTER).build();
    TopDocs td = searcher.search(q, Math.max(1, searcher.count(q)), Sort.INDEXORDER);
    StoredFields stored = searcher.storedFields();
    Map<String, List<Passage>> out = new HashMap<>();
    for (ScoreDoc sd : td.scoreDocs) {
      Document p = stored.document(sd.doc, Set.of(Schema.ID, Schema.ORDINAL, Schema.PAGE, Schema.TEXT));
      out.computeIfAbsent(p.get(Schema.ID), k -> new ArrayList<>()).add(new Passage(
          p.getField(Schema.ORDINAL).numericValue().intValue(), p.getField(Schema.PAGE).numericValue().intValue(),
          p.get(Schema.TEXT)));
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(Passage::ordinal)));
    return out;
  }

  // ---- recommendations and areas for improvement

  /** A recommendation or area for improvement as the ledger lists it; number 0 when none is stated. */
  private record Item(int number, String text, String addressee, String deadline, List<String> sources) {}

  private record Items(List<Item> recommendations, List<Item> areas, String from, boolean numberedByOrder) {}

  /** One statement of a recommendation or area for improvement in one document. */
  private record Stated(String text, String addressee, String deadline, String file, boolean area) {}

  private Items items(About about) throws IOException {
    boolean fromReport = !about.reports().isEmpty();
    List<StoredDocument> sources = new ArrayList<>(fromReport ? about.reports() : about.letters());
    if (!fromReport) sources.addAll(about.responses());
    List<Stated> stated = new ArrayList<>();
    Set<String> files = new LinkedHashSet<>();
    for (StoredDocument d : sources) {
      for (Recommendation r : d.record().tags().recommendations()) {
        boolean area = matches("area_for_improvement", r.text()); // worded as one, whatever the tagger said
        stated.add(new Stated(r.text(), r.addressee(), r.deadline(), d.record().file(), area));
        if (!area) files.add(d.record().file());
      }
      for (Recommendation a : d.record().tags().areasForImprovement()) {
        stated.add(new Stated(a.text(), a.addressee(), a.deadline(), d.record().file(), true));
      }
    }
    List<Item> recommendations = merged(stated.stream().filter(s -> !s.area()).toList());
    boolean byOrder = fromReport && !recommendations.isEmpty()
        && recommendations.stream().allMatch(i -> i.number() == 0);
    if (byOrder) {
      List<Item> numbered = new ArrayList<>();
      for (Item i : recommendations) {
        numbered.add(new Item(numbered.size() + 1, i.text(), i.addressee(), i.deadline(), i.sources()));
      }
      recommendations = numbered;
    }
    List<Item> areas = new ArrayList<>();
    for (Item i : merged(stated.stream().filter(Stated::area).toList())) {
      Matcher m = AREA_NUMBER.matcher(i.text());
      areas.add(new Item(m.find() ? Integer.parseInt(m.group(1)) : 0, i.text(), i.addressee(), i.deadline(),
          i.sources()));
    }
    String from;
    if (fromReport) {
      from = "the report itself (" + String.join(", ", about.reports().stream().map(d -> d.record().file())
          .toList()) + ")";
    } else if (files.isEmpty()) {
      from = "none found: the report is not in the corpus and no letter or response about it quotes a "
          + "recommendation";
    } else {
      from = "quoted in " + files.size() + (files.size() == 1 ? " document" : " documents") + " about the report ("
          + String.join(", ", files) + "), near-duplicates merged; the report itself is not in the corpus";
    }
    return new Items(recommendations, areas, from, byOrder);
  }

  /** Statements merged into one item per recommendation ({@link RecommendationMatcher#merge}). */
  private static List<Item> merged(List<Stated> stated) {
    List<Item> out = new ArrayList<>();
    for (RecommendationMatcher.Merged m : RecommendationMatcher.merge(stated.stream().map(Stated::text).toList())) {
      String addressee = null;
      String deadline = null;
      Set<String> files = new LinkedHashSet<>();
      for (int i : m.sources()) {
        Stated s = stated.get(i);
        if (addressee == null) addressee = s.addressee();
        if (deadline == null) deadline = s.deadline();
        files.add(s.file());
      }
      out.add(new Item(m.number(), m.text(), addressee, deadline, List.copyOf(files)));
    }
    return out;
  }

  private List<String> notes(ReportEntry report, Items items) {
    List<String> notes = new ArrayList<>();
    if (report.published() == null) {
      notes.add("report date unknown: no document in the corpus states when the report was published, so no "
          + "response can be timed");
    } else if (!Timeliness.isDay(report.published())) {
      notes.add("report date known only to the month (" + report.published() + "), so no response can be timed");
    }
    if (items.numberedByOrder()) {
      notes.add("the report does not number its recommendations: they are numbered in the order it gives them");
    }
    notes.add("a response's own date stands in for its publication date unless the page that published it states "
        + "one");
    notes.add("absence from the corpus is not proof of non-compliance: a body may have published a response the "
        + "corpus does not hold");
    notes.add("a cell says whether a passage of the response addresses the recommendation, as words and numbers "
        + "show it (score 1.0: cited by number or after a quote; else the share of the recommendation's "
        + "distinctive words); read the passage before relying on it");
    return notes;
  }

  // ---- who must respond

  /**
   * Who must respond to a report under section 55, as its ledger counts them: worked out once per searcher (its view
   * of the index is fixed), for the ledger, overdue, compare and the list of reports alike.
   */
  Ledger.Respondents dueToRespond(ReportEntry report) throws IOException {
    Ledger.Respondents known = owner.dueToRespond.get(report.key());
    return known != null ? known : dueToRespond(report, reportDocument(report));
  }

  /** The same, the report's document already in hand (null when the corpus does not hold it). */
  private Ledger.Respondents dueToRespond(ReportEntry report, StoredDocument reportDoc) throws IOException {
    Ledger.Respondents known = owner.dueToRespond.get(report.key());
    if (known != null) return known;
    Ledger.Respondents who = respondents(reportDoc, report.title());
    owner.dueToRespond.put(report.key(), who);
    return who;
  }

  /** The report's own document, as {@link #about} takes it, reading only the report's documents of that type. */
  private StoredDocument reportDocument(ReportEntry report) throws IOException {
    Query own = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.REPORT_KEY, report.key())), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.DOC_TYPE, DocType.HMICFRS_REPORT.id())), BooleanClause.Occur.FILTER)
        .build();
    List<StoredDocument> reports = new ArrayList<>(owner.documents(own));
    reports.sort(EARLIEST_FIRST);
    return reports.isEmpty() ? null : reports.get(0);
  }

  /** The report's own documents, the earliest first: the first is taken for the report. */
  private static final Comparator<StoredDocument> EARLIEST_FIRST = Comparator.comparing(
      (StoredDocument d) -> d.record().tags().documentDate() == null ? "~" : d.record().tags().documentDate())
      .thenComparing(d -> d.record().file());

  private Ledger.Respondents respondents(StoredDocument reportDoc, String title) throws IOException {
    if (reportDoc == null) {
      List<String> inTitle = forcesNamedIn(title);
      if (!inTitle.isEmpty() && inTitle.size() <= FEW) {
        return new Ledger.Respondents("title_forces", "report not in the corpus; its title names "
            + (inTitle.size() == 1 ? "one force: " : inTitle.size() + " forces: ") + String.join(", ", inTitle),
            inTitle);
      }
      return new Ledger.Respondents("national_fallback", "report not in the corpus, and its title names no force: "
          + "every territorial force is counted (" + territorial.size() + ")", territorial);
    }
    Tags t = reportDoc.record().tags();
    List<String> named = territorial.stream().filter(t.forces()::contains).toList();
    if (t.primaryForce() != null && territorial.contains(t.primaryForce())) {
      return new Ledger.Respondents("one_force", "about one force: " + t.primaryForce()
          + " (the report's primary force)", List.of(t.primaryForce()));
    }
    List<Passage> passages = passagesOf(reportDoc.record().id());
    for (Passage p : passages) {
      for (Pattern cue : CUES.getOrDefault("national", List.of())) {
        Matcher m = cue.matcher(p.text());
        if (m.find()) {
          return new Ledger.Respondents("national", "national or thematic: the report speaks of \"" + m.group()
              + "\" (passage " + p.ordinal() + "), so every territorial force is counted (" + territorial.size()
              + ")", territorial);
        }
      }
    }
    for (Passage p : passages) {
      for (Pattern cue : CUES.getOrDefault("forces_counted", List.of())) {
        Matcher m = cue.matcher(p.text());
        while (m.find()) {
          int n = number(m.group(1));
          if (n > named.size() && n <= territorial.size()) {
            return new Ledger.Respondents("national", "national or thematic: the report speaks of \"" + m.group()
                + "\" (passage " + p.ordinal() + ") and names " + named.size() + ", so the named forces are "
                + "examples and every territorial force is counted (" + territorial.size() + ")", territorial);
          }
        }
      }
    }
    if (!named.isEmpty() && named.size() <= FEW) {
      return new Ledger.Respondents("named_forces", "about " + (named.size() == 1 ? "one force" : "a few forces")
          + ": the " + (named.size() == 1 ? "force" : named.size() + " forces") + " the report names ("
          + String.join(", ", named) + ")", named);
    }
    return new Ledger.Respondents("national", "national or thematic: the report names "
        + (named.isEmpty() ? "no force" : named.size() + " forces, none leading") + ", so every territorial force "
        + "is counted (" + territorial.size() + ")", territorial);
  }

  /** The territorial forces a report's title names, by name or by area ("custody suites in North Wales"). */
  private List<String> forcesNamedIn(String title) {
    if (title == null) return List.of();
    Set<String> named = new LinkedHashSet<>();
    for (Forces.Hit h : forces.find(title)) named.add(h.force());
    for (Forces.Hit h : forces.findAreas(title)) named.add(h.force());
    return territorial.stream().filter(named::contains).toList();
  }

  // ---- one response, one cell

  /** A response with its passages and how they meet the recommendations. */
  private record Answer(StoredDocument doc, String force, List<Passage> passages,
      List<RecommendationMatcher.Cell> cells) {}

  private Ledger.Response response(Answer a, ReportEntry report, LocalDate bodyDay, List<Item> items,
      Set<String> required) {
    Tags t = a.doc().record().tags();
    Timeliness timing = Reports.timeliness(t.docType().id(), t.documentDate(), report);
    String status = timing == null ? "timing_unknown" : timing.withinDeadline() ? "on_time" : "late";
    List<Integer> addressed = new ArrayList<>();
    for (int r = 0; r < a.cells().size(); r++) {
      if (a.cells().get(r).status() == RecommendationMatcher.Status.ADDRESSED) {
        addressed.add(items.get(r).number() > 0 ? items.get(r).number() : r + 1);
      }
    }
    return new Ledger.Response(a.force(), a.force() == null ? null : bodyName(a.force(), bodyDay),
        t.author() == null ? null : t.author().name(), t.author() == null ? null : t.author().role(),
        t.documentDate(), dateBasis(a.doc()), timing == null ? null : timing.days(),
        timing == null ? null : timing.daysLate(), timing == null ? null : timing.withinDeadline(), status,
        timing == null ? timingUnknown(t.documentDate(), report.published()) : null, addressed.size(), items.size(),
        List.copyOf(addressed), required.contains(a.force()), a.doc().record().id(), a.doc().record().file());
  }

  private static String timingUnknown(String date, String published) {
    if (date == null) return "date unknown";
    if (!Timeliness.isDay(date)) return "date unknown to the day";
    if (published == null) return "report date unknown";
    if (!Timeliness.isDay(published)) return "report date unknown to the day";
    return "dated before the report's publication";
  }

  private static String dateBasis(StoredDocument d) {
    String date = d.record().tags().documentDate();
    if (date == null) return null;
    String page = d.record().metadata().get(PageEvidence.PUBLICATION_DATE);
    return page != null && page.startsWith(date) ? "the publication date its web page states"
        : "the date the response bears";
  }

  private static Ledger.Cell cell(String force, String body, List<Answer> answers, int r) {
    if (answers == null) {
      return new Ledger.Cell(force, body, Ledger.NO_RESPONSE, null, null, null, null, null, null, List.of());
    }
    List<Ledger.Citation> citations = new ArrayList<>();
    Map<String, Map<Integer, String>> texts = new HashMap<>();
    for (Answer a : answers) {
      String file = a.doc().record().file();
      Map<Integer, String> byOrdinal = texts.computeIfAbsent(file, k -> new HashMap<>());
      a.passages().forEach(p -> byOrdinal.put(p.ordinal(), p.text()));
      for (RecommendationMatcher.Citation c : a.cells().get(r).citations()) {
        citations.add(new Ledger.Citation(file, c.passage(), c.page(), c.score(), c.how()));
      }
    }
    if (citations.isEmpty()) {
      return new Ledger.Cell(force, body, Ledger.NOT_FOUND, null, null, null, null, null, null, List.of());
    }
    citations.sort(Comparator.comparingDouble(Ledger.Citation::score).reversed()
        .thenComparing(Ledger.Citation::file).thenComparingInt(Ledger.Citation::passage));
    Ledger.Citation best = citations.get(0);
    return new Ledger.Cell(force, body, Ledger.ADDRESSED, best.passage(), best.page(), best.score(), best.how(),
        texts.get(best.file()).get(best.passage()), best.file(), List.copyOf(citations));
  }

  // ---- small helpers

  /** The report's title as written in any case and punctuation: the words in order, anything but letters between. */
  private static Pattern titlePattern(String title) {
    List<String> words = List.of(title.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty())
        .map(Pattern::quote).toList();
    return words.isEmpty() ? null : Pattern.compile(String.join("[^\\p{L}\\p{N}]+", words),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The passages with the report's title taken out: a response names the report it answers ("Response to HMICFRS
   * report: ..."), and the title's words ("public order", "calls from the public") answer no recommendation.
   */
  private static List<Passage> withoutTitle(List<Passage> passages, Pattern title) {
    if (title == null) return passages;
    List<Passage> out = new ArrayList<>();
    for (Passage p : passages) out.add(new Passage(p.ordinal(), p.page(), title.matcher(p.text()).replaceAll(" ")));
    return out;
  }

  private static String forceOf(StoredDocument d) {
    Tags t = d.record().tags();
    return t.primaryForce() != null ? t.primaryForce() : t.forces().isEmpty() ? null : t.forces().get(0);
  }

  /** The day whose bodies answer for the report: its publication day (a month's first day), else today. */
  private LocalDate bodyDay(String published) {
    if (published == null) return today;
    if (published.length() == 7) return LocalDate.parse(published + "-01");
    if (published.length() == 4) return LocalDate.parse(published + "-01-01");
    return Timeliness.isDay(published) ? LocalDate.parse(published) : today;
  }

  private String bodyName(String force, LocalDate day) {
    if (force == null) return null;
    return bodies.bodyFor(force, day).map(PolicingBodies.Body::name).orElse(null);
  }

  private static int number(String s) {
    String w = s.toLowerCase(Locale.ROOT);
    return w.matches("\\d+") ? Integer.parseInt(w) : NUMBER_WORDS.indexOf(w) + 1;
  }

  private static boolean matches(String kind, String text) {
    for (Pattern p : CUES.getOrDefault(kind, List.of())) {
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  private static Map<String, List<Pattern>> cues() {
    Map<String, List<Pattern>> out = new HashMap<>();
    for (String line : Resources.lines(Ledgers.class, "ledger-cues.tsv")) {
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      out.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
          .add(Pattern.compile(line.substring(tab + 1).strip(), Pattern.CASE_INSENSITIVE));
    }
    return out;
  }
}

package org.oversight.serve;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.index.ReportEntry;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;
import org.oversight.query.DocumentDetail;
import org.oversight.query.Exporter;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.SearchResult;
import org.oversight.query.Searcher;
import org.oversight.serve.Output.Format;
import org.oversight.serve.Views.DocumentPage;
import org.oversight.serve.Views.Facet;
import org.oversight.serve.Views.FacetValue;
import org.oversight.serve.Views.Fact;
import org.oversight.serve.Views.Hit;
import org.oversight.serve.Views.Link;
import org.oversight.serve.Views.PassageView;
import org.oversight.serve.Views.SearchPage;

/** The search page, a document's page, and its original file. */
final class SearchPages {
  static final int PAGE_SIZE = 20;
  /** Deepest page offered: past it the view is better narrowed, or downloaded whole. */
  static final int MAX_PAGE = 250;
  private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

  /** The facets shown, with the search parameter each sets. */
  private static final Map<String, String> FACETS = facets();

  private final LiveIndex index;

  SearchPages(LiveIndex index) {
    this.index = index;
  }

  private static Map<String, String> facets() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("doc_type", "type");
    m.put("force", "force");
    m.put("report", "report");
    m.put("person", "person");
    m.put("year", "year");
    return m;
  }

  /** The passages page, in the format asked for. */
  void search(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    SearchParams params = SearchParams.of(ctx);
    try (LiveIndex.Lease lease = index.lease()) {
      Searcher s = lease.searcher();
      if (Output.allRows(ctx)) {
        export(ctx, format, s, params);
        return;
      }
      int page = Math.min(params.page(), MAX_PAGE);
      SearchResult result;
      Filter filter;
      try {
        filter = s.resolve(params.filter());
        result = s.search(new SearchRequest(params.q(), filter, page * PAGE_SIZE, page * PAGE_SIZE),
            (page - 1) * PAGE_SIZE);
      } catch (QueryException e) {
        if (format != Format.HTML) throw new BadRequestResponse(e.getMessage());
        ctx.status(400);
        Output.page(ctx, "search.jte", emptyPage(params, e.getMessage()));
        return;
      }
      if (format == Format.JSON) {
        Output.json(ctx, new SearchApi(params.values(), result.totalPassages(), page, pages(result), PAGE_SIZE,
            result.hits(), result.facets()));
      } else {
        Output.page(ctx, "search.jte", page(params, filter, result, page));
      }
    }
  }

  /** What {@code /api/search} returns: the page as shown, with every facet count. */
  record SearchApi(Map<String, String> params, long total, int page, int pages, int pageSize, List<SearchHit> hits,
      Map<String, Map<String, Integer>> facets) {}

  private static int pages(SearchResult r) {
    return (int) Math.min(MAX_PAGE, (r.totalPassages() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** Every matching row, with the columns of {@code export} at the level asked for (passages by default). */
  private void export(Context ctx, Format format, Searcher s, SearchParams params) throws IOException {
    Exporter.Level level;
    try {
      level = Exporter.Level.valueOf(ctx.queryParamAsClass("level", String.class).getOrDefault("passage"));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("level must be document, passage or recommendation");
    }
    String file = level == Exporter.Level.passage ? "search" : "search-" + level + "s";
    Output.RowSink sink = Output.rows(ctx, format, file, Exporter.COLUMNS.get(level));
    try {
      s.exporter().export(level, params.filter(), params.q(), sink::row);
    } catch (QueryException e) {
      throw new BadRequestResponse(e.getMessage()); // refused before any row was sent
    }
    sink.finish();
  }

  private static SearchPage emptyPage(SearchParams p, String error) {
    return new SearchPage(p.q(), p.get("from"), p.get("to"), error, active(p), hidden(p), List.of(), List.of(), 0,
        1, 0, null, null, null, null, null, null, null);
  }

  private static SearchPage page(SearchParams p, Filter filter, SearchResult r, int page) {
    List<Hit> hits = new ArrayList<>();
    int rank = (page - 1) * PAGE_SIZE + 1;
    for (SearchHit h : r.hits()) {
      boolean paged = "pdf".equals(h.format()) && h.page() > 0;
      hits.add(new Hit(rank++, h.file(), Links.doc(h.id(), p.q(), h.passage()),
          paged ? Links.original(h.id(), h.page()) : null, h.page(), Words.docType(h.docType()),
          Words.date(h.date()), h.primaryForce() == null ? "" : h.primaryForce(), Marks.ofSnippet(h.snippet())));
    }
    int pages = pages(r);
    String all = p.atPage(1).href();
    String note = page < p.page() || (r.totalPassages() > (long) MAX_PAGE * PAGE_SIZE && page == MAX_PAGE)
        ? "Pages stop at " + MAX_PAGE + ": narrow the search, or download every matching passage as CSV." : null;
    return new SearchPage(p.q(), p.get("from"), p.get("to"), null, active(p), hidden(p), facets(p, filter, r), hits,
        r.totalPassages(), page, pages, page > 1 ? p.atPage(page - 1).href() : null,
        page < pages ? p.atPage(page + 1).href() : null, Links.format(all, "csv"),
        Links.format(all, "csv") + "&level=document", Links.format(all, "json"), Links.api(all), note);
  }

  /** The filters set, each with the address that removes it. */
  private static List<Link> active(SearchParams p) {
    List<Link> out = new ArrayList<>();
    for (String name : SearchParams.NAMES) {
      if (!name.equals("q") && p.get(name) != null) {
        out.add(new Link(name + ": " + p.get(name), p.with(name, null).href()));
      }
    }
    return out;
  }

  /** The filters to keep when a new query is typed (the dates have boxes of their own). */
  private static List<Link> hidden(SearchParams p) {
    List<Link> out = new ArrayList<>();
    for (String name : List.of("type", "force", "report", "person")) {
      if (p.get(name) != null) out.add(new Link(name, p.get(name)));
    }
    return out;
  }

  private static List<Facet> facets(SearchParams p, Filter filter, SearchResult r) {
    List<Facet> out = new ArrayList<>();
    for (Map.Entry<String, String> f : FACETS.entrySet()) {
      Map<String, Integer> counts = r.facets().getOrDefault(f.getKey(), Map.of());
      if (counts.isEmpty()) continue;
      List<FacetValue> values = new ArrayList<>();
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        String v = c.getKey();
        boolean selected = selected(f.getValue(), v, p, filter);
        SearchParams toggled = f.getValue().equals("year")
            ? p.with("from", selected ? null : v).with("to", selected ? null : v)
            : p.with(f.getValue(), selected ? null : v);
        values.add(new FacetValue(v, f.getValue().equals("type") ? Words.docType(v) : v, c.getValue(), selected,
            toggled.href()));
      }
      out.add(new Facet(f.getValue(), title(f.getKey()), values));
    }
    return out;
  }

  private static boolean selected(String param, String value, SearchParams p, Filter f) {
    return switch (param) {
      case "type" -> f.type() != null && f.type().id().equals(value);
      case "force" -> value.equals(f.force());
      case "report" -> value.equals(f.report());
      case "person" -> value.equalsIgnoreCase(f.person());
      case "year" -> value.equals(p.get("from")) && value.equals(p.get("to"));
      default -> false;
    };
  }

  private static String title(String dim) {
    return switch (dim) {
      case "doc_type" -> "Type";
      case "force" -> "Force";
      case "report" -> "Report";
      case "person" -> "Person";
      case "year" -> "Year";
      default -> dim;
    };
  }

  /** A document's page, or its record as JSON (what {@code show --format json} prints). */
  void document(Context ctx) throws IOException {
    String id = documentId(ctx);
    Format format = Output.wants(ctx);
    try (LiveIndex.Lease lease = index.lease()) {
      DocumentDetail d = show(lease.searcher(), id);
      if (format == Format.JSON) {
        Output.json(ctx, d);
        return;
      }
      if (format == Format.CSV) throw new BadRequestResponse("a document is html or json");
      Output.page(ctx, "document.jte", documentPage(d, ctx.queryParam("q"), hitPassage(ctx)));
    }
  }

  private static int hitPassage(Context ctx) {
    try {
      String p = ctx.queryParam("p");
      return p == null ? -1 : Integer.parseInt(p.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String documentId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!DOCUMENT_ID.matcher(id).matches()) {
      throw new NotFoundResponse("no document has this id (a document id is 64 hexadecimal characters)");
    }
    return id;
  }

  private static DocumentDetail show(Searcher s, String id) throws IOException {
    try {
      return s.show(id);
    } catch (QueryException e) {
      throw new NotFoundResponse("no document with id " + id + " in the index");
    }
  }

  static DocumentPage documentPage(DocumentDetail d, String q, int hit) {
    DocumentRecord r = d.record();
    Tags t = r.tags();
    Marks.Terms terms = Marks.terms(q);
    List<PassageView> passages = new ArrayList<>();
    int hitPage = 0;
    for (DocumentDetail.PassageView p : d.passages()) {
      if (p.passage() == hit) hitPage = p.page();
      passages.add(new PassageView(p.passage(), p.page(), Links.passageAnchor(p.passage()), p.passage() == hit,
          Marks.of(p.text(), terms)));
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("id", r.id(), null));
    facts.add(new Fact("file", r.file() + (d.filePresent() ? "" : " (no longer where it was indexed)"), null));
    facts.add(new Fact("format", r.format() + (r.mediaType() == null ? "" : " (" + r.mediaType() + ")"), null));
    if (r.pages() > 0) facts.add(new Fact("pages", String.valueOf(r.pages()), null));
    facts.add(new Fact("document type", Words.docType(t.docType().id()), Links.search("type", t.docType().id())));
    facts.add(new Fact("document date", Words.date(t.documentDate()), null));
    if (t.primaryForce() != null) facts.add(new Fact("force", t.primaryForce(), Links.timeline(t.primaryForce())));
    ReportEntry report = d.report();
    if (report != null) {
      facts.add(new Fact("report", report.title(), Links.report(report.title())));
      facts.add(new Fact("report published", report.published() == null ? Words.date(null)
          : report.published() + " (as " + report.publishedBasis() + " states)", null));
    }
    if (d.responseTimeliness() != null) {
      Timeliness tl = d.responseTimeliness();
      facts.add(new Fact("section 55", Words.timing(tl.days(), tl.daysLate(), tl.withinDeadline(),
          tl.responseDate()) + "; deadline " + tl.deadline(), null));
    }
    r.metadata().forEach((k, v) -> facts.add(new Fact(k.replace('_', ' '), v, null)));
    facts.add(new Fact("indexed", d.ingested(), null));
    boolean paged = "pdf".equals(r.format());
    String original = d.filePresent() ? Links.original(r.id(), paged ? hitPage : 0) : null;
    String note = !d.filePresent() ? "The original file is no longer where it was indexed."
        : paged ? (hitPage > 0 ? "opens at page " + hitPage : "opens in the browser's PDF viewer")
        : "downloads the file";
    return new DocumentPage(r.id(), r.file(), r.title(), facts, TagViews.of(d), passages, original, note,
        q == null ? "" : q, Links.api(Links.doc(r.id())));
  }

  /**
   * The original file, found through the document id alone: the path comes from the index, never from the address,
   * and the file is sent only while its bytes still have that id. A PDF is shown inline, so that {@code #page=N}
   * opens the browser's viewer at the page; anything else (a web page saved from the web above all) is a download,
   * never a page of this site.
   */
  void original(Context ctx) throws IOException {
    String id = documentId(ctx);
    DocumentRecord r;
    try (LiveIndex.Lease lease = index.lease()) {
      r = show(lease.searcher(), id).record();
    }
    Path path = Path.of(r.path());
    if (!Files.isRegularFile(path)) throw new NotFoundResponse("the original file is no longer where it was indexed");
    if (!id.equals(sha256(path))) {
      throw new NotFoundResponse("the original file has changed since it was indexed; ingest it again");
    }
    boolean pdf = "application/pdf".equals(r.mediaType()) && startsWithPdfMagic(path);
    String name = safeName(r.file(), id);
    ctx.header("Content-Disposition", (pdf ? "inline" : "attachment") + "; filename=\"" + name + "\"");
    ctx.header("Cache-Control", "private, max-age=300");
    // the whole file (no ranges): Javalin answers a range of a non-media type with 200, which would confuse a viewer
    ctx.contentType(pdf ? "application/pdf" : "application/octet-stream").result(Files.newInputStream(path));
  }

  private static boolean startsWithPdfMagic(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
    }
  }

  private static String sha256(Path p) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file name fit for a header: letters, digits, dot, dash and underscore; else the id. */
  private static String safeName(String file, String id) {
    String s = file == null ? "" : file.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isBlank() || s.startsWith(".") ? id.substring(0, 12) : s;
  }
}

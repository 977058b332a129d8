package org.oversight.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.oversight.domain.Forces;
import org.oversight.model.SourceFile;

/**
 * Runs a source profile: reads listing and publication pages for links, keeps the documents the profile names, and
 * writes them under {@code corpus/<host>/} with a manifest line each, carrying what the page said of them (link
 * text, report title, publication date, force). Links are judged by their address and their text, and what an
 * address answers (after redirects) by its content: a link whose text promises a PDF is kept if a PDF comes back;
 * a page that holds a "Get the report" block is read as a publication page wherever it lives; a letter page names
 * its own title and addressee. Links the crawler may not follow (robots.txt, hosts outside the allowlist) are skips,
 * counted apart from failures. Re-runs ask with If-None-Match / If-Modified-Since; the same bytes found at two
 * addresses are stored once.
 */
public final class Crawler {
  /** Crawl settings. */
  public record Settings(Path corpus, Profile profile, List<URI> start, Duration delay, int maxPages, long maxBytes,
      String contact, Duration timeout, int retries, long backoffMillis) {}

  /** A link the crawl wanted and could not get: the address and why, in one line. */
  public record Failure(String url, String reason) {
    @Override
    public String toString() {
      return url + ": " + reason;
    }
  }

  /** Why a wanted link was not fetched, which is not a failure of the run. */
  public enum SkipReason {
    /** robots.txt disallows it */
    ROBOTS("robots", "robots.txt"),
    /** its host, or the host a redirect led to, is not among the profile's */
    HOST("host", "host not allowed"),
    /** a link tried from a listing in case it was a publication page gave no answer */
    UNREADABLE("unreadable", "tried, unreadable");

    private final String key;
    private final String label;

    SkipReason(String key, String label) {
      this.key = key;
      this.label = label;
    }

    /** A short name for machines ("robots"). */
    public String key() {
      return key;
    }

    /** A short name for people ("robots.txt"). */
    public String label() {
      return label;
    }
  }

  /** A link not fetched, and why. */
  public record Skip(String url, SkipReason reason, String detail) {}

  /** What a run did. */
  public record Summary(int pages, int fetched, int unchanged, int duplicates, List<Failure> errors, long bytes,
      List<Skip> skipped) {
    /** Skips counted by reason, in the reasons' order; reasons with none left out. */
    public Map<SkipReason, Integer> skippedByReason() {
      Map<SkipReason, Integer> m = new EnumMap<>(SkipReason.class);
      for (Skip s : skipped) m.merge(s.reason(), 1, Integer::sum);
      return m;
    }
  }

  /** Told of progress. */
  public interface Listener {
    default void progress(int pages, int fetched, long bytes, int errors) {}
  }

  private static final Set<String> PAGE_EXTENSIONS = Set.of("", "html", "htm", "php", "asp", "aspx", "jsp",
      "shtml");

  private final Settings settings;
  private final Http http;
  private final Manifest manifest;
  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
  private final Set<String> allowedHosts = new HashSet<>();

  private int pages;
  private int fetched;
  private int unchanged;
  private int duplicates;
  private long bytes;
  private final List<Failure> errors = new ArrayList<>();
  private final List<Skip> skipped = new ArrayList<>();

  public Crawler(Settings settings) throws IOException {
    this.settings = settings;
    this.manifest = Manifest.load(settings.corpus());
    settings.profile().hosts().forEach(h -> allowedHosts.add(h.toLowerCase(Locale.ROOT)));
    settings.start().forEach(u -> allowedHosts.add(u.getHost().toLowerCase(Locale.ROOT)));
    this.http = new Http(new Http.Settings(settings.contact(), settings.delay(), settings.maxBytes(),
        settings.timeout(), settings.retries(), settings.backoffMillis(), this::allowed));
  }

  /** Where a link was found, which decides what the words around it are worth. */
  private enum From {
    /** a start address */
    START,
    /** a page of links (a listing): its heading names no report; its content links may be publication pages */
    LISTING,
    /** a page presenting a publication: its heading names the report of every document it links */
    PUBLICATION,
    /** any other page */
    PAGE
  }

  /** A link to visit, with what the page it was on said of it. */
  private record Link(URI uri, String foundOn, String text, String reportTitle, String date, From from,
      boolean content) {
    static Link start(URI uri) {
      return new Link(uri, null, null, null, null, From.START, false);
    }
  }

  /** What an address answered: its bytes (null if none), what they are, and the page they make if HTML. */
  private record Answer(Http.Response response, byte[] body, MediaType type, Page page, ManifestEntry prior,
      boolean notModified) {}

  /** Crawls from the start addresses by the profile's rules. */
  public Summary crawl(Listener listener) throws IOException, InterruptedException {
    Deque<Link> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    Set<String> tried = new HashSet<>();
    for (URI u : settings.start()) queue.add(Link.start(u));
    while (!queue.isEmpty()) {
      Link link = queue.poll();
      String key = withoutFragment(link.uri());
      if (seen.contains(key)) continue;
      Profile.Judgement j = link.from() == From.START ? Profile.Judgement.PAGE
          : settings.profile().judge(pathOf(link.uri()), link.text());
      if (j.skip()) continue;
      boolean candidate = !j.wanted() && mayBePublicationPage(link);
      if (!j.wanted() && !candidate) continue;
      if (candidate ? !tried.add(key) : !seen.add(key)) continue;
      boolean wantsDocument = j.keep() || j.document();
      if (!wantsDocument && pages >= settings.maxPages()) continue;
      visit(link, j, candidate, queue, seen);
      listener.progress(pages, fetched, bytes, errors.size());
    }
    manifest.compact();
    return summary();
  }

  /** Fetches one address into the corpus (a news article, a response PDF), whatever the profile says. */
  public Summary fetchOne(URI uri) throws IOException, InterruptedException {
    Link link = Link.start(uri);
    Answer a = fetch(link, true);
    if (a.response().refused() != null) {
      errors.add(new Failure(uri.toString(), a.response().error())); // the one address asked for: not got
    } else if (a.body() == null) {
      fail(link, a.response());
    } else {
      store(link, a);
    }
    manifest.compact();
    return summary();
  }

  private Summary summary() {
    return new Summary(pages, fetched, unchanged, duplicates, List.copyOf(errors), bytes, List.copyOf(skipped));
  }

  /**
   * Fetches a link and does what its answer calls for: stores a document, reads a page for links, or drops a page
   * tried in case it presented a publication and found not to.
   */
  private void visit(Link link, Profile.Judgement j, boolean candidate, Deque<Link> queue, Set<String> seen)
      throws IOException, InterruptedException {
    boolean wantsDocument = j.keep() || j.document();
    Answer a = fetch(link, wantsDocument);
    Http.Response r = a.response();
    if (r.refused() != null) {
      skipped.add(new Skip(link.uri().toString(), r.refused() == Http.Refusal.ROBOTS ? SkipReason.ROBOTS
          : SkipReason.HOST, r.error()));
      return;
    }
    if (a.body() == null) {
      if (candidate) {
        skipped.add(new Skip(link.uri().toString(), SkipReason.UNREADABLE, reason(r)));
      } else if (wantsDocument) {
        fail(link, r);
      } else {
        pages++;
        errors.add(new Failure(link.uri().toString(), reason(r)));
      }
      return;
    }
    Page page = a.page();
    boolean store = j.keep() || (page == null && j.document() && CorpusNames.isDocument(a.type()))
        || (page != null && page.isLetter() && (j.document() || candidate));
    if (store) {
      store(link, a);
    } else {
      pages++;
      bytes += a.body().length;
    }
    if (page == null) return;
    boolean read = link.from() == From.START || j.follow() || page.presentsPublication();
    if (!read || (store && pages >= settings.maxPages())) return;
    if (store) pages++;
    if (candidate) seen.add(withoutFragment(link.uri()));
    From from = page.presentsPublication() ? From.PUBLICATION
        : (link.from() == From.START || j.follow()) && !page.isLetter() ? From.LISTING : From.PAGE;
    queue.addAll(links(link.uri(), page, from));
  }

  /**
   * A link that may lead to a publication page living outside the paths the profile knows: found among a listing's
   * content (not the site's navigation), on a host the crawl may contact, at a plain address (no query: filters and
   * sorting use one), with a title for text (three words or more, not "Next" or "Read more"), and not to a file.
   */
  private boolean mayBePublicationPage(Link link) {
    if (link.from() != From.LISTING || !link.content() || !allowed(link.uri().getHost())) return false;
    if (link.uri().getRawQuery() != null || link.text() == null || link.text().split("\\s+").length < 3) {
      return false;
    }
    String path = link.uri().getPath() == null ? "" : link.uri().getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return PAGE_EXTENSIONS.contains(dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private boolean allowed(String host) {
    return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
  }

  /** GETs a link, conditionally when it is a document already stored, and reads what came back. */
  private Answer fetch(Link link, boolean conditional) throws IOException, InterruptedException {
    ManifestEntry prior = manifest.get(link.uri().toString());
    boolean stored = conditional && prior != null && prior.file() != null
        && Files.exists(settings.corpus().resolve(prior.file()));
    Http.Response r = http.get(link.uri(), stored ? prior.etag() : null, stored ? prior.lastModified() : null);
    boolean notModified = r.status() == 304 && stored;
    byte[] body = notModified ? Files.readAllBytes(settings.corpus().resolve(prior.file())) : r.body();
    if (body == null) return new Answer(r, null, null, null, prior, false);
    MediaType type = detect(body, link.uri());
    String contentType = notModified ? prior.contentType() : r.contentType();
    Page page = isHtml(type, contentType) ? Page.read(body, link.uri()) : null;
    return new Answer(r, body, type, page, prior, notModified);
  }

  /** Records a document that could not be fetched. */
  private void fail(Link link, Http.Response r) throws IOException {
    String url = link.uri().toString();
    String why = reason(r);
    errors.add(new Failure(url, why));
    manifest.put(new ManifestEntry(url, r.finalUrl(), null, null, 0, null, r.status(), why, Instant.now().toString(),
        null, null, link.foundOn(), link.text(), link.reportTitle(), link.date(), force(link.text()), List.of()));
  }

  private static String reason(Http.Response r) {
    return r.error() == null ? "HTTP " + r.status() : r.error();
  }

  /** Stores a document unless unchanged or a duplicate, and records it with what its pages said of it. */
  private void store(Link link, Answer a) throws IOException {
    String url = link.uri().toString();
    ManifestEntry prior = a.prior();
    Evidence ev = evidence(link, a.page());
    String now = Instant.now().toString();
    if (a.notModified()) {
      unchanged++;
      manifest.put(new ManifestEntry(url, prior.finalUrl(), prior.file(), prior.sha256(), prior.size(),
          prior.contentType(), prior.status(), null, now, prior.etag(), prior.lastModified(), link.foundOn(),
          link.text(), ev.title(), ev.date(), ev.force(), prior.alsoAt()));
      return;
    }
    Http.Response r = a.response();
    byte[] body = a.body();
    bytes += body.length;
    String sha = SourceFile.idOf(body);
    boolean stored = prior != null && prior.file() != null && Files.exists(settings.corpus().resolve(prior.file()));
    String file;
    ManifestEntry same = manifest.bySha(sha);
    if (prior != null && sha.equals(prior.sha256()) && stored) {
      unchanged++;
      file = prior.file();
    } else if (same != null && !same.url().equals(url)) {
      duplicates++;
      file = same.file();
      List<String> also = new ArrayList<>(same.alsoAt());
      if (!also.contains(url)) also.add(url);
      manifest.put(same.withAlsoAt(also));
    } else {
      file = write(link.uri(), r.finalUrl() == null ? link.uri() : link.uri().resolve(r.finalUrl()), a.type(), body,
          sha);
      fetched++;
    }
    manifest.put(new ManifestEntry(url, r.finalUrl(), file, sha, body.length, a.type().getBaseType().toString(),
        r.status(), null, now, r.etag(), r.lastModified(), link.foundOn(), link.text(), ev.title(), ev.date(),
        ev.force(), prior == null ? List.of() : prior.alsoAt()));
  }

  /** The report, date and force a stored document is recorded with. */
  private record Evidence(String title, String date, String force) {}

  /**
   * What the pages said of a document. The link's words and the page it was on come first, except that a letter
   * page names itself: its heading is its title unless a publication page linked it (then it belongs to that
   * report), its "Sent on" line dates it, and the force in its To block is the force it concerns.
   */
  private static Evidence evidence(Link link, Page page) {
    String title = link.reportTitle();
    String date = link.date();
    String force = force(link.text());
    if (page != null && page.isLetter()) {
      if (link.from() != From.PUBLICATION) {
        if (page.heading() != null) title = page.heading();
        String sent = page.sentOn() != null ? page.sentOn() : page.published();
        if (sent != null) date = sent;
      }
      String addressee = force(page.addressee());
      if (addressee != null) force = addressee;
    } else if (page != null) {
      if (title == null && page.presentsPublication()) title = page.heading();
      if (date == null) date = page.published();
    }
    return new Evidence(title, date, force);
  }

  /** Writes bytes to corpus/<host>/<name>.<ext>, a name made safe from the address; never over another file. */
  private String write(URI uri, URI answeredAt, MediaType type, byte[] body, String sha) throws IOException {
    Path dir = settings.corpus().resolve(CorpusNames.host(uri));
    Files.createDirectories(dir);
    String base = CorpusNames.base(uri);
    String ext = CorpusNames.extension(type, answeredAt);
    Path target = dir.resolve(base + "." + ext);
    if (Files.exists(target) && !sha.equals(SourceFile.idOf(Files.readAllBytes(target)))) {
      target = dir.resolve(base + "-" + sha.substring(0, 8) + "." + ext);
    }
    Path tmp = dir.resolve("." + target.getFileName() + ".part");
    Files.write(tmp, body);
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return settings.corpus().relativize(target).toString();
  }

  /**
   * The links of a page with what it says of them: on a publication page, its heading names the report and its
   * "Published on" line dates it; elsewhere, the words of the link's list item or row do (a commissioner's index:
   * "Keeping count: crime recording in policing – Report | Response"), and a listing's own heading names nothing.
   */
  private static List<Link> links(URI base, Page page, From from) {
    List<Link> out = new ArrayList<>();
    String published = from == From.PUBLICATION ? page.published() : null;
    for (Page.Anchor a : page.anchors()) {
      String item = a.context().split("\\s+").length >= 3 ? a.context() : null;
      String title = from == From.PUBLICATION && page.heading() != null ? page.heading() : item;
      String date = published != null ? published : a.date();
      out.add(new Link(a.uri(), base.toString(), a.text(), title, date, from, a.content()));
    }
    return out;
  }

  private static String force(String linkText) {
    if (linkText == null || linkText.isBlank()) return null;
    List<Forces.Hit> hits = Forces.standard().find(linkText);
    return hits.isEmpty() ? null : hits.get(0).force();
  }

  private MediaType detect(byte[] body, URI uri) throws IOException {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, CorpusNames.base(uri));
    return mimeTypes.detect(new ByteArrayInputStream(body), md);
  }

  private static boolean isHtml(MediaType detected, String contentType) {
    return detected.getSubtype().contains("html") || (contentType != null && contentType.contains("html")
        && !detected.getType().equals("application"));
  }

  private static String pathOf(URI uri) {
    String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
  }

  private static String withoutFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

}

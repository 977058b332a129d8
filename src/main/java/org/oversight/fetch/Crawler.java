package org.oversight.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.oversight.domain.Forces;
import org.oversight.model.SourceFile;

/**
 * Runs a source profile: reads listing and publication pages for links, keeps the documents the profile names, and
 * writes them under {@code corpus/<host>/} with a manifest line each, carrying what the page said of them (link
 * text, report title, publication date, force). Re-runs ask with If-None-Match / If-Modified-Since; the same bytes
 * found at two addresses are stored once.
 */
public final class Crawler {
  /** Crawl settings. */
  public record Settings(Path corpus, Profile profile, List<URI> start, Duration delay, int maxPages, long maxBytes,
      String contact, Duration timeout, int retries, long backoffMillis) {}

  /** What a run did. */
  public record Summary(int pages, int fetched, int unchanged, int duplicates, List<String> errors, long bytes) {}

  /** Told of progress. */
  public interface Listener {
    default void progress(int pages, int fetched, long bytes, int errors) {}
  }

  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)\\b(?:published(?: on)?|sent on)\\s*:?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\s+(\\d{4})");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

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
  private final List<String> errors = new ArrayList<>();

  public Crawler(Settings settings) throws IOException {
    this.settings = settings;
    this.manifest = Manifest.load(settings.corpus());
    settings.profile().hosts().forEach(h -> allowedHosts.add(h.toLowerCase(Locale.ROOT)));
    settings.start().forEach(u -> allowedHosts.add(u.getHost().toLowerCase(Locale.ROOT)));
    this.http = new Http(new Http.Settings(settings.contact(), settings.delay(), settings.maxBytes(),
        settings.timeout(), settings.retries(), settings.backoffMillis(),
        h -> h != null && allowedHosts.contains(h.toLowerCase(Locale.ROOT))));
  }

  /** A link to visit, with what the page it was on said of it. */
  private record Link(URI uri, String foundOn, String text, String reportTitle, String date) {}

  /** Crawls from the start addresses by the profile's rules. */
  public Summary crawl(Listener listener) throws IOException, InterruptedException {
    Deque<Link> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (URI u : settings.start()) queue.add(new Link(u, null, null, null, null));
    while (!queue.isEmpty()) {
      Link link = queue.poll();
      String key = withoutFragment(link.uri());
      if (!seen.add(key)) continue;
      String path = pathOf(link.uri());
      boolean isStart = link.foundOn() == null;
      boolean keep = !isStart && settings.profile().keeps(path, link.text());
      boolean follow = isStart || settings.profile().follows(path, link.text());
      if (!keep && !follow) continue;
      if (follow && !keep && pages >= settings.maxPages()) continue;
      byte[] html = keep ? keepDocument(link) : page(link);
      if (follow && html != null && pages < settings.maxPages()) {
        if (keep) pages++;
        queue.addAll(links(link.uri(), html));
      }
      listener.progress(pages, fetched, bytes, errors.size());
    }
    manifest.compact();
    return summary();
  }

  /** Fetches one address into the corpus (a news article, a response PDF), whatever the profile says. */
  public Summary fetchOne(URI uri) throws IOException, InterruptedException {
    keepDocument(new Link(uri, null, null, null, null));
    manifest.compact();
    return summary();
  }

  private Summary summary() {
    return new Summary(pages, fetched, unchanged, duplicates, List.copyOf(errors), bytes);
  }

  /** Reads a page for its links; null when it could not be read or is not HTML. */
  private byte[] page(Link link) throws IOException, InterruptedException {
    Http.Response r = http.get(link.uri(), null, null);
    pages++;
    if (r.body() == null) {
      errors.add(link.uri() + ": " + (r.error() == null ? "HTTP " + r.status() : r.error()));
      return null;
    }
    bytes += r.body().length;
    return isHtml(r.body(), r.contentType(), link.uri()) ? r.body() : null;
  }

  /** Fetches a document, stores it unless unchanged or a duplicate, and records it; returns its bytes if HTML. */
  private byte[] keepDocument(Link link) throws IOException, InterruptedException {
    String url = link.uri().toString();
    ManifestEntry prior = manifest.get(url);
    boolean stored = prior != null && prior.file() != null
        && Files.exists(settings.corpus().resolve(prior.file()));
    Http.Response r = http.get(link.uri(), stored ? prior.etag() : null, stored ? prior.lastModified() : null);
    String now = Instant.now().toString();
    if (r.status() == 304 && stored) {
      unchanged++;
      byte[] kept = Files.readAllBytes(settings.corpus().resolve(prior.file()));
      return isHtml(kept, prior.contentType(), link.uri()) ? kept : null;
    }
    if (r.body() == null) {
      String why = r.error() == null ? "HTTP " + r.status() : r.error();
      errors.add(url + ": " + why);
      manifest.put(new ManifestEntry(url, r.finalUrl(), null, null, 0, null, r.status(), why, now, null, null,
          link.foundOn(), link.text(), link.reportTitle(), link.date(), force(link.text()), List.of()));
      return null;
    }
    bytes += r.body().length;
    String sha = SourceFile.idOf(r.body());
    MediaType type = detect(r.body(), link.uri());
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
      file = store(link.uri(), type, r.body(), sha);
      fetched++;
    }
    manifest.put(new ManifestEntry(url, r.finalUrl(), file, sha, r.body().length, type.getBaseType().toString(),
        r.status(), null, now, r.etag(), r.lastModified(), link.foundOn(), link.text(), link.reportTitle(),
        link.date(), force(link.text()), prior == null ? List.of() : prior.alsoAt()));
    return isHtml(r.body(), type.toString(), link.uri()) ? r.body() : null;
  }

  /** Writes bytes to corpus/<host>/<name>.<ext>, a name made safe from the address; never over another file. */
  private String store(URI uri, MediaType type, byte[] body, String sha) throws IOException {
    Path dir = settings.corpus().resolve(CorpusNames.host(uri));
    Files.createDirectories(dir);
    String base = CorpusNames.base(uri);
    String ext = CorpusNames.extension(type, uri);
    Path target = dir.resolve(base + "." + ext);
    if (Files.exists(target) && !sha.equals(SourceFile.idOf(Files.readAllBytes(target)))) {
      target = dir.resolve(base + "-" + sha.substring(0, 8) + "." + ext);
    }
    Path tmp = dir.resolve("." + target.getFileName() + ".part");
    Files.write(tmp, body);
    Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return settings.corpus().relativize(target).toString();
  }

  /** The links of a page with what it says of them: link text, the report (page heading or list item), the date. */
  private List<Link> links(URI base, byte[] html) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null ? h1.text().strip() : null;
    String date = publicationDate(doc.text());
    List<Link> out = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      String href = a.absUrl("href");
      if (href.isEmpty() || !(href.startsWith("http://") || href.startsWith("https://"))) continue;
      URI target;
      try {
        target = URI.create(href.replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        continue;
      }
      String text = a.text().strip();
      Element block = a.closest("li, tr, p");
      String context = "";
      if (block != null) {
        Element copy = block.clone();
        copy.select("a").remove();
        context = copy.text().replaceAll("[\\s|:\u2013-]+$", "").strip();
      }
      String report = context.split("\\s+").length >= 3 ? context : title;
      out.add(new Link(target, base.toString(), text, report, date));
    }
    return out;
  }

  /** "Published on: 14 March 2030" or "Sent on 2 October 2024" on the page, as an ISO date. */
  static String publicationDate(String text) {
    Matcher m = PUBLISHED.matcher(text);
    if (!m.find()) return null;
    try {
      return LocalDate.parse(m.group(1) + " " + capitalise(m.group(2)) + " " + m.group(3), DAY_MONTH_YEAR).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1).toLowerCase(Locale.UK);
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

  private boolean isHtml(byte[] body, String contentType, URI uri) throws IOException {
    MediaType t = detect(body, uri);
    return t.getSubtype().contains("html") || (contentType != null && contentType.contains("html")
        && !t.getType().equals("application"));
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

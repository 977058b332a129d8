package org.oversight.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A polite HTTP client: an identifying User-Agent, robots.txt obeyed, a delay between requests to one host,
 * redirects followed by hand (at most five, never to a host the profile does not allow), retries with backoff on
 * server errors and dropped connections, 429's Retry-After waited for, and bodies refused past a size limit.
 */
final class Http {
  static final String AGENT = "oversight";

  /** What a request gave: a body, or a status and an error saying why there is none. */
  record Response(int status, String finalUrl, byte[] body, String contentType, String etag, String lastModified,
      String error) {}

  /** Client settings. */
  record Settings(String contact, Duration delay, long maxBytes, Duration timeout, int retries, long backoffMillis,
      Predicate<String> allowedHost) {}

  private final Settings settings;
  private final HttpClient client;
  private final String userAgent;
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();

  Http(Settings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout()).build();
    this.userAgent = AGENT + "/0.1 (+research crawler of published inspection papers"
        + (settings.contact() == null ? "" : "; contact " + settings.contact()) + ")";
  }

  /** GETs an address, with conditional headers when given (null values are left out). */
  Response get(URI start, String etag, String lastModified) throws InterruptedException {
    URI uri = start;
    Set<String> seen = new HashSet<>();
    for (int hop = 0; hop <= 5; hop++) {
      if (!settings.allowedHost().test(uri.getHost())) {
        return new Response(0, uri.toString(), null, null, null, null, "host " + uri.getHost()
            + " is not allowed by the profile");
      }
      if (!allowedByRobots(uri)) {
        return new Response(0, uri.toString(), null, null, null, null, "disallowed by robots.txt");
      }
      if (!seen.add(uri.toString())) {
        return new Response(0, uri.toString(), null, null, null, null, "redirect loop");
      }
      Response r = attempt(uri, etag, lastModified);
      if (r.status() >= 300 && r.status() < 400 && r.status() != 304) {
        if (r.finalUrl() == null) return r;
        uri = uri.resolve(r.finalUrl());
        continue;
      }
      return r;
    }
    return new Response(0, uri.toString(), null, null, null, null, "more than 5 redirects");
  }

  /** One address, retried on server errors, dropped connections and 429. Redirects come back with their target. */
  private Response attempt(URI uri, String etag, String lastModified) throws InterruptedException {
    String lastError = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      politely(uri.getHost());
      HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", userAgent)
          .GET();
      if (etag != null) b.header("If-None-Match", etag);
      if (lastModified != null) b.header("If-Modified-Since", lastModified);
      try {
        HttpResponse<InputStream> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = resp.statusCode();
        if (status == 429 && attempt < settings.retries()) {
          resp.body().close();
          Thread.sleep(retryAfterMillis(resp));
          continue;
        }
        if (status >= 500 && attempt < settings.retries()) {
          resp.body().close();
          lastError = "HTTP " + status;
          Thread.sleep(settings.backoffMillis() << attempt);
          continue;
        }
        String location = resp.headers().firstValue("Location").orElse(null);
        if (status >= 300 && status < 400 && status != 304) {
          resp.body().close();
          return new Response(status, location, null, null, null, null, location == null ? "redirect without a "
              + "Location" : null);
        }
        if (status != 200) {
          resp.body().close();
          return new Response(status, uri.toString(), null, null, null, null, status == 304 ? null : describe(status));
        }
        long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
          resp.body().close();
          return new Response(status, uri.toString(), null, null, null, null, "refused: larger than "
              + settings.maxBytes() + " bytes (" + declared + ")");
        }
        byte[] body;
        try (InputStream in = resp.body()) {
          body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
        }
        if (body.length > settings.maxBytes()) {
          return new Response(status, uri.toString(), null, null, null, null, "refused: larger than "
              + settings.maxBytes() + " bytes");
        }
        return new Response(status, uri.toString(), body, resp.headers().firstValue("Content-Type").orElse(null),
            resp.headers().firstValue("ETag").orElse(null), resp.headers().firstValue("Last-Modified").orElse(null),
            null);
      } catch (IOException e) {
        lastError = "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (attempt < settings.retries()) Thread.sleep(settings.backoffMillis() << attempt);
      }
    }
    return new Response(0, uri.toString(), null, null, null, null, lastError + " (after " + (settings.retries() + 1)
        + " attempts)");
  }

  private static String describe(int status) {
    return switch (status) {
      case 404 -> "not found (404)";
      case 410 -> "gone (410)";
      case 401, 403 -> "forbidden (" + status + ")";
      default -> "HTTP " + status;
    };
  }

  private static long retryAfterMillis(HttpResponse<?> resp) {
    String v = resp.headers().firstValue("Retry-After").orElse("5").strip();
    try {
      return Math.min(60, Math.max(0, Long.parseLong(v))) * 1000;
    } catch (NumberFormatException e) {
      return 5000; // an HTTP date: wait a little and try again
    }
  }

  private synchronized void politely(String host) throws InterruptedException {
    long now = System.nanoTime();
    long next = nextAllowed.getOrDefault(host, now);
    if (next > now) Thread.sleep((next - now) / 1_000_000, (int) ((next - now) % 1_000_000));
    nextAllowed.put(host, Math.max(now, next) + settings.delay().toNanos());
  }

  private boolean allowedByRobots(URI uri) throws InterruptedException {
    String key = uri.getScheme() + "://" + uri.getAuthority();
    BaseRobotRules rules = robots.get(key);
    if (rules == null) {
      URI robotsUri = URI.create(key + "/robots.txt");
      Response r = attempt(robotsUri, null, null);
      if (r.status() == 200 && r.body() != null) {
        rules = robotsParser.parseContent(robotsUri.toString(), r.body(),
            r.contentType() == null ? "text/plain" : r.contentType(), List.of(AGENT.toLowerCase(Locale.ROOT)));
      } else {
        rules = robotsParser.failedFetch(r.status() == 0 ? 500 : r.status());
      }
      robots.put(key, rules);
    }
    return rules.isAllowed(uri.toString());
  }
}

package org.oversight.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * A polite HTTP client: an identifying User-Agent, robots.txt obeyed, a delay between requests to one host,
 * redirects followed by hand (at most five, never to a host the profile does not allow), retries with backoff on
 * server errors and dropped connections, 429's Retry-After waited for, and bodies refused past a size limit.
 */
final class Http {
  static final String AGENT = "oversight";

  /**
   * What a request gave: a body, or a status and an error saying why there is none. A request the crawler chose not
   * to make (robots.txt, a host outside the allowlist) carries the refusal instead: that is a skip, not a failure.
   */
  record Response(int status, String finalUrl, byte[] body, String contentType, String etag, String lastModified,
      String error, Refusal refused) {
    Response(int status, String finalUrl, byte[] body, String contentType, String etag, String lastModified,
        String error) {
      this(status, finalUrl, body, contentType, etag, lastModified, error, null);
    }

    static Response failed(String url, int status, String error) {
      return new Response(status, url, null, null, null, null, error, null);
    }

    static Response refused(String url, Refusal why, String detail) {
      return new Response(0, url, null, null, null, null, detail, why);
    }
  }

  /** Why a request was not made. */
  enum Refusal { ROBOTS, HOST }

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
        return Response.refused(uri.toString(), Refusal.HOST, (hop == 0 ? "host " : "redirected to host ")
            + uri.getHost() + ", not allowed by the profile");
      }
      Response robotsUnread = robots(uri);
      if (robotsUnread != null) return robotsUnread;
      if (!seen.add(uri.toString())) return Response.failed(uri.toString(), 0, "redirect loop");
      Response r = attempt(uri, etag, lastModified);
      if (r.status() >= 300 && r.status() < 400 && r.status() != 304) {
        if (r.finalUrl() == null) return r;
        uri = uri.resolve(r.finalUrl());
        continue;
      }
      return r;
    }
    return Response.failed(uri.toString(), 0, "more than 5 redirects");
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
        lastError = describe(e, uri, settings.timeout());
        if (unresolved(e)) return Response.failed(uri.toString(), 0, lastError); // asking again will not help
        if (attempt < settings.retries()) Thread.sleep(settings.backoffMillis() << attempt);
      }
    }
    return Response.failed(uri.toString(), 0, settings.retries() == 0 ? lastError
        : lastError + " (after " + (settings.retries() + 1) + " attempts)");
  }

  /**
   * Why no answer came, in the words a user needs offline: the host's name did not resolve, nothing listens there,
   * or it did not answer in time. Never a robots.txt refusal.
   */
  private static String describe(IOException e, URI uri, Duration timeout) {
    String host = uri.getHost();
    String where = uri.getPort() > 0 ? host + ":" + uri.getPort() : host;
    if (unresolved(e)) return "DNS failure: host " + host + " cannot be resolved";
    if (e instanceof HttpConnectTimeoutException) {
      return "timeout: no connection to " + where + " within " + timeout.toSeconds() + " s";
    }
    if (e instanceof HttpTimeoutException) {
      return "timeout: no answer from " + where + " within " + timeout.toSeconds() + " s";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException) return "TLS failure with " + where + ": " + t.getMessage();
      if (t instanceof ConnectException && t.getMessage() != null) return connectFailure(t.getMessage(), where);
    }
    if (e instanceof ConnectException) return diagnose(uri, where, timeout);
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "connection to " + where + " failed: " + msg;
  }

  /**
   * Java's HTTP client says only "ConnectException" when a connection is refused or the host is unreachable: one
   * plain socket connection says which.
   */
  private static String diagnose(URI uri, String where, Duration timeout) {
    int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(uri.getHost(), port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
      return "connection to " + where + " failed: closed before an answer";
    } catch (SocketTimeoutException t) {
      return "timeout: no connection to " + where + " within " + timeout.toSeconds() + " s";
    } catch (UnknownHostException u) {
      return "DNS failure: host " + uri.getHost() + " cannot be resolved";
    } catch (IOException io) {
      return io.getMessage() == null ? "connection to " + where + " failed" : connectFailure(io.getMessage(), where);
    }
  }

  private static String connectFailure(String message, String where) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("refused")) return "connection refused by " + where;
    if (m.contains("no route") || m.contains("unreachable")) return "host unreachable: " + where + " (" + message
        + ")";
    return "connection to " + where + " failed: " + message;
  }

  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) return true;
    }
    return false;
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

  /**
   * Null when robots.txt lets the address be fetched; otherwise why not: a refusal by its rules, or the reason the
   * host could not be reached to read them (DNS, refused, timeout), which is a failure and is asked again next time.
   */
  private Response robots(URI uri) throws InterruptedException {
    String key = uri.getScheme() + "://" + uri.getAuthority();
    BaseRobotRules rules = robots.get(key);
    if (rules == null) {
      URI robotsUri = URI.create(key + "/robots.txt");
      Response r = attempt(robotsUri, null, null);
      if (r.status() == 200 && r.body() != null) {
        rules = robotsParser.parseContent(robotsUri.toString(), r.body(),
            r.contentType() == null ? "text/plain" : r.contentType(), List.of(AGENT.toLowerCase(Locale.ROOT)));
      } else if (r.status() == 0) {
        return Response.failed(uri.toString(), 0, r.error());
      } else if (r.status() >= 500) {
        // the site asks crawlers to come back later (RFC 9309): a failure of this run, not a refusal
        robots.put(key, robotsParser.failedFetch(r.status()));
        return Response.failed(uri.toString(), 0, "robots.txt unavailable (HTTP " + r.status() + "): visits deferred");
      } else {
        rules = robotsParser.failedFetch(r.status());
      }
      robots.put(key, rules);
    }
    if (rules.isDeferVisits()) return Response.failed(uri.toString(), 0, "robots.txt unavailable: visits deferred");
    return rules.isAllowed(uri.toString()) ? null
        : Response.refused(uri.toString(), Refusal.ROBOTS, "disallowed by robots.txt");
  }
}

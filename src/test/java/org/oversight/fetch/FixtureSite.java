package org.oversight.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small site on 127.0.0.1 shaped like the inspectorate's: a paginated publication listing, publication pages with
 * "Get the report" links and PCC responses, a letter page, robots.txt, and the faults a crawler meets. Every request
 * is recorded with its conditional headers.
 */
final class FixtureSite implements AutoCloseable {
  record Request(String path, String ifNoneMatch) {}

  private record Resource(String type, byte[] body) {}

  final HttpServer server;
  final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Resource> resources = new HashMap<>();
  private final Map<String, String> redirects = new HashMap<>();
  private final Map<String, AtomicInteger> hits = new HashMap<>();

  FixtureSite(String host) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  FixtureSite page(String path, String html) {
    resources.put(path, new Resource("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  FixtureSite file(String path, String type, byte[] body) {
    resources.put(path, new Resource(type, body));
    return this;
  }

  /** An old address that answers 301 with the new one, as a site that moved its files does. */
  FixtureSite redirect(String from, String to) {
    redirects.put(from, to);
    return this;
  }

  synchronized int hits(String path) {
    return hits.computeIfAbsent(path, k -> new AtomicInteger()).get();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String etagAsked = ex.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, etagAsked));
    int n;
    synchronized (this) {
      n = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    }
    switch (path) {
      case "/files/flaky.pdf" -> {
        if (n == 1) {
          send(ex, 500, "text/plain", "busy".getBytes(), null);
          return;
        }
      }
      case "/files/slow.pdf" -> {
        if (n == 1) {
          ex.getResponseHeaders().add("Retry-After", "1");
          send(ex, 429, "text/plain", "slow down".getBytes(), null);
          return;
        }
      }
      case "/files/loop-a.pdf" -> {
        ex.getResponseHeaders().add("Location", "/files/loop-b.pdf");
        send(ex, 302, "text/plain", new byte[0], null);
        return;
      }
      case "/files/loop-b.pdf" -> {
        ex.getResponseHeaders().add("Location", "/files/loop-a.pdf");
        send(ex, 302, "text/plain", new byte[0], null);
        return;
      }
      default -> { }
    }
    String moved = redirects.get(path);
    if (moved != null) {
      ex.getResponseHeaders().add("Location", moved);
      send(ex, 301, "text/html", new byte[0], null);
      return;
    }
    Resource r = resources.get(path);
    if (r == null) {
      send(ex, 404, "text/html", "<h1>Not found</h1>".getBytes(), null);
      return;
    }
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(r.body())) + "\"";
    if (etag.equals(etagAsked)) {
      send(ex, 304, r.type(), new byte[0], etag);
      return;
    }
    send(ex, 200, r.type(), r.body(), etag);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, String etag) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    if (etag != null) ex.getResponseHeaders().add("ETag", etag);
    boolean noBody = status == 304 || body.length == 0;
    ex.sendResponseHeaders(status, noBody ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!noBody) out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

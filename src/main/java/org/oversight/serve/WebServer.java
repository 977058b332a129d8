package org.oversight.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.oversight.serve.Views.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code oversight serve}: the index over HTTP for people in a browser and for scripts. Safe by default: it binds to
 * loopback, and any other address needs a token; pages escape everything and run no inline script (the
 * Content-Security-Policy forbids it); no part of an address reaches the file system; errors are one sentence, never
 * a stack trace. It only reads the index, and sees each new commit of {@code ingest} without a restart.
 */
public final class WebServer implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  /** Threads serving requests: enough for a newsroom, bounded on a small machine. */
  private static final int MAX_THREADS = 64;

  /**
   * How to serve.
   *
   * @param index the index folder
   * @param bind the address to listen on; anything but loopback needs a token
   * @param port the port, or 0 for any free one
   * @param token the token a client must show, or null (loopback only)
   */
  public record Settings(Path index, String bind, int port, String token) {}

  private final LiveIndex index;
  private final Javalin app;

  private WebServer(LiveIndex index, Javalin app) {
    this.index = index;
    this.app = app;
  }

  /**
   * Opens the index and starts serving it.
   *
   * @throws IllegalArgumentException when a non-loopback address is given without a token
   * @throws org.oversight.index.NoIndexException when there is no index
   * @throws io.javalin.util.JavalinBindException when the address or port cannot be had
   */
  public static WebServer start(Settings settings) throws IOException {
    return start(settings, config -> {});
  }

  /** As {@link #start(Settings)}, with more routes or settings (tests add a failing route, for one). */
  static WebServer start(Settings settings, Consumer<JavalinConfig> more) throws IOException {
    if (settings.token() == null && !InetAddress.getByName(settings.bind()).isLoopbackAddress()) {
      throw new IllegalArgumentException("serving on " + settings.bind() + " lets other machines in: give a token "
          + "file (--token-file), or bind to 127.0.0.1");
    }
    LiveIndex index = LiveIndex.open(settings.index(), Duration.ofSeconds(1));
    try {
      Javalin app = create(index, settings.token(), more).start(settings.bind(), settings.port());
      return new WebServer(index, app);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static Javalin create(LiveIndex index, String token, Consumer<JavalinConfig> more) {
    SearchPages search = new SearchPages(index);
    ReportPages reports = new ReportPages(index);
    LedgerPages ledgers = new LedgerPages(index);
    EntityPages entities = new EntityPages(index);
    Access access = token == null ? null : new Access(token);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false; // it would look the version up on the network
      config.startup.startupWatcherEnabled = false;
      config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
      config.staticFiles.add(files -> { // read from the jar, only under /static
        files.hostedPath = "/static";
        files.directory = "/org/oversight/serve/static";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "max-age=3600");
      });
      config.jetty.modifyServer(WebServer::quietJettyErrors);
      config.routes.before(WebServer::securityHeaders);
      if (access != null) {
        config.routes.before(access::require);
        config.routes.get("/login", access::form);
        config.routes.post("/login", access::login);
      }
      config.routes.get("/", ctx -> ctx.redirect("/search"));
      for (String api : new String[] {"", "/api"}) {
        config.routes.get(api + "/search", search::search);
        config.routes.get(api + "/doc/{id}", search::document);
        config.routes.get(api + "/reports", reports::reports);
        config.routes.get(api + "/reports/{report}", ledgers::ledger);
        config.routes.get(api + "/reports/{report}/compare", reports::compare);
        config.routes.get(api + "/overdue", ledgers::overdue);
        config.routes.get(api + "/people", entities::people);
        config.routes.get(api + "/forces", entities::forces);
        config.routes.get(api + "/timeline", entities::timeline);
      }
      config.routes.get("/reports/{report}/read", reports::read);
      config.routes.get("/doc/{id}/file", search::original);
      config.routes.exception(HttpResponseException.class, WebServer::httpError);
      config.routes.exception(Exception.class, WebServer::unexpected);
      more.accept(config);
    });
  }

  /** The port served on (the real one when 0 was asked for). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    index.close();
  }

  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** Requests Jetty refuses before Javalin sees them (a malformed address, huge headers): no trace, same headers. */
  private static void quietJettyErrors(Server server) {
    ErrorHandler errors = new ErrorHandler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("Content-Security-Policy", CSP);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        return super.handle(request, response, callback);
      }
    };
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    errors.setShowMessageInTitle(false);
    server.setErrorHandler(errors);
  }

  private static void httpError(HttpResponseException e, Context ctx) {
    ctx.status(e.getStatus());
    String title = HttpStatus.forStatus(e.getStatus()).getMessage();
    Output.Format format;
    try {
      format = Output.wants(ctx);
    } catch (BadRequestResponse bad) {
      format = Output.Format.HTML;
    }
    if (format == Output.Format.HTML) {
      Output.page(ctx, "error.jte", new ErrorPage(e.getStatus(), title, e.getMessage()));
    } else {
      ctx.contentType("application/json; charset=utf-8").result(org.oversight.model.Json.MAPPER.createObjectNode()
          .put("status", e.getStatus()).put("error", e.getMessage()).toString());
    }
  }

  private static void unexpected(Exception e, Context ctx) {
    LOG.warn("{} {} failed", ctx.method(), ctx.path(), e); // the trace goes to the log, never to the client
    httpError(new HttpResponseException(500, "The server could not answer this request; its log says why."), ctx);
  }
}

package org.oversight.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.oversight.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Serve the index as web pages and JSON for people in a browser and for "
    + "scripts (read-only; each new ingest shows without a restart).")
final class ServeCommand implements Callable<Integer> {
  /** Shortest token accepted: a token guards a whole corpus, and nothing limits how often it may be guessed. */
  static final int MIN_TOKEN = 16;

  @Spec CommandSpec spec;

  @Mixin Options.Index index;

  @Option(names = "--port", defaultValue = "8080", converter = Options.Port.class,
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free "
      + "one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: "
      + "${DEFAULT-VALUE}, this machine only). Any other needs --token-file.")
  String bind;

  @Option(names = "--token-file", description = "File holding the token clients must show (a bearer header, or "
      + "once in the sign-in form); at least " + MIN_TOKEN + " characters, e.g. from: head -c 24 /dev/urandom | "
      + "base64.")
  Path tokenFile;

  @Override
  public Integer call() throws Exception {
    WebServer server;
    try {
      server = WebServer.start(new WebServer.Settings(index.index, bind, port, token()));
    } catch (IllegalArgumentException e) {
      return refuse(e.getMessage());
    } catch (JavalinBindException e) {
      return refuse("cannot listen on " + bind + " port " + port + ": "
          + Main.oneLine(e.getCause() != null ? e.getCause() : e));
    }
    PrintWriter out = spec.commandLine().getOut();
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.printf("serving %s at http://%s:%d/ (Ctrl-C to stop)%s%n", index.index, host, server.port(),
        tokenFile == null ? "" : "; clients need the token in " + tokenFile);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException | RuntimeException e) {
        // stopping anyway
      }
      stopped.countDown();
    }, "oversight-serve-stop"));
    stopped.await();
    return 0;
  }

  /** One line on standard error, and the exit code of a usage error. */
  private int refuse(String why) {
    spec.commandLine().getErr().println("oversight: " + why);
    spec.commandLine().getErr().flush();
    return Main.USAGE;
  }

  private String token() throws IOException {
    if (tokenFile == null) return null;
    if (!Files.isRegularFile(tokenFile)) throw new IllegalArgumentException("no token file " + tokenFile);
    String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    if (token.length() < MIN_TOKEN || token.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("the token in " + tokenFile + " must be one word of at least " + MIN_TOKEN
          + " characters (e.g. head -c 24 /dev/urandom | base64 > " + tokenFile + ")");
    }
    return token;
  }
}

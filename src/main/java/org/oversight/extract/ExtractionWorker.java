package org.oversight.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.tika.mime.MediaType;
import org.oversight.model.FailureKind;
import org.oversight.model.Json;
import org.oversight.model.SourceFile;

/**
 * The child side of a worker process ({@link Workers}): reads one request a line on standard input (a JSON object
 * naming the file by its URI, exact whatever bytes its name holds), extracts the file, and answers one JSON line on
 * standard output: the {@link Extraction}, or the failure's kind and reason. Anything a library prints goes to
 * standard error, which the parent sends to its log. Started with {@code -XX:+ExitOnOutOfMemoryError}, so a file
 * that fills the heap ends this process, not the run; it also ends when its parent does.
 */
public final class ExtractionWorker {
  private ExtractionWorker() {}

  /** Arguments: the limits, as {@link #arguments(ExtractionLimits)} writes them. */
  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err); // a library that prints must not break the protocol
    watchParent();
    Extractor extractor = new Extractor(Long.MAX_VALUE, limits(args));
    reply(protocol, Map.of("ready", true));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      JsonNode request = Json.MAPPER.readTree(line);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("seq", request.get("seq").asLong());
      try {
        SourceFile source = new SourceFile(Path.of(URI.create(request.get("file").asText())),
            request.get("id").asText(), request.get("size").asLong());
        Extractor.Detected detected = request.hasNonNull("type") ? new Extractor.Detected(
            MediaType.parse(request.get("type").asText()), request.get("format").asText(), null, source.size()) : null;
        answer.put("extraction", extractor.extractAll(new Extractor.Loaded(source), detected));
      } catch (ExtractionException e) {
        answer.put("kind", e.kind());
        answer.put("reason", e.getMessage());
      } catch (StackOverflowError e) {
        answer.put("kind", FailureKind.TOO_DEEP);
        answer.put("reason", "refused: nests too deeply to parse (stack overflow)");
      } catch (RuntimeException e) {
        answer.put("kind", FailureKind.INTERNAL);
        answer.put("reason", "internal error: " + Extractor.oneLine(e));
      }
      reply(protocol, answer);
    }
  }

  private static void reply(PrintStream protocol, Object answer) throws Exception {
    protocol.println(Json.MAPPER.writeValueAsString(answer));
    protocol.flush();
  }

  /** Ends this process when the run that started it has ended, even in the middle of a file. */
  private static void watchParent() {
    ProcessHandle.current().parent().ifPresent(parent -> {
      Thread t = new Thread(() -> {
        while (parent.isAlive()) {
          try {
            TimeUnit.SECONDS.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
        Runtime.getRuntime().halt(0);
      }, "parent-watch");
      t.setDaemon(true);
      t.start();
    });
  }

  /** The limits as command-line arguments of a worker. */
  static String[] arguments(ExtractionLimits l) {
    return new String[] {String.valueOf(l.maxCharacters()), String.valueOf(l.maxEmbedded()),
        String.valueOf(l.maxEmbeddedDepth()), String.valueOf(l.maxPages()), String.valueOf(l.maxPageContentBytes())};
  }

  private static ExtractionLimits limits(String[] a) {
    if (a.length < 5) return ExtractionLimits.defaults();
    return new ExtractionLimits(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]),
        Integer.parseInt(a[3]), Long.parseLong(a[4]));
  }
}

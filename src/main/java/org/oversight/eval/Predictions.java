package org.oversight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.ingest.DocumentPipeline;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.model.Json;

/**
 * The records to score: made by the same {@link DocumentPipeline} as {@code ingest} and {@code extract} from the
 * documents the gold annotates, or read from a JSONL file made earlier. Keyed by the file's base name.
 */
public final class Predictions {
  private Predictions() {}

  /** What was predicted, and the files that could not be processed. */
  public record Made(Map<String, JsonNode> records, List<Failure> failures) {}

  /** Runs the pipeline over the gold's documents, found by name in {@code docs}. */
  public static Made make(List<JsonNode> gold, Path docs, DocumentPipeline pipeline, int threads)
      throws IOException, InterruptedException {
    List<Failure> failures = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (JsonNode g : gold) {
      Path file = docs.resolve(Path.of(g.path("file").asText()).getFileName().toString());
      if (Files.exists(file)) {
        files.add(file);
      } else {
        failures.add(new Failure(file, FailureKind.UNREADABLE, "annotated document not found"));
      }
    }
    Map<String, JsonNode> out = new HashMap<>();
    pipeline.each(files, threads, outcome -> {
      if (outcome.failure() != null) {
        failures.add(outcome.failure());
      } else {
        out.put(outcome.file().getFileName().toString(),
            Json.MAPPER.valueToTree(DocumentRecord.of(outcome.document())));
      }
    });
    return new Made(out, failures);
  }

  /** Records made earlier, one JSON object a line, keyed by the base name of their {@code file}. */
  public static Map<String, JsonNode> read(Path jsonl) throws IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (line.isBlank()) continue;
      JsonNode n = Json.MAPPER.readTree(line);
      String name = n.path("file").asText(n.path("path").asText(""));
      out.put(Path.of(name).getFileName().toString(), n);
    }
    return out;
  }
}

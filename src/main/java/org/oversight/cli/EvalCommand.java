package org.oversight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.oversight.annotate.Annotator;
import org.oversight.eval.ExtractionRecord;
import org.oversight.eval.Scorer;
import org.oversight.extract.Extractor;
import org.oversight.model.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = "Score extraction against hand annotations (JSONL, the fields of the eval schema):"
    + " per-field precision, recall, F1 or accuracy, and every miss.")
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Hand annotations, one JSON object per line.")
  Path gold;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--docs", description = "Folder holding the annotated documents (matched by file name).")
    Path docs;

    @Option(names = "--pred", description = "Extraction records already made (JSONL), instead of --docs.")
    Path pred;
  }

  @Option(names = "--min", description = "Exit with 1 when any field scores under this (accuracy or F1).")
  Double min;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JsonNode> goldRecords = new ArrayList<>();
    for (String line : Files.readAllLines(gold)) {
      if (!line.isBlank()) goldRecords.add(Json.MAPPER.readTree(line));
    }
    Map<String, JsonNode> predicted = source.pred != null ? read(source.pred) : extract(goldRecords, err);
    Scorer.Score score = Scorer.score(goldRecords, predicted);
    if (format == OutputFormat.table) {
      for (String m : score.misses()) out.println("  " + m);
      Table t = new Table("field", "accuracy", "precision", "recall", "F1", "n", "tp", "fp", "fn");
      for (Scorer.Field f : score.fields()) {
        if (f.accuracy() != null || f.n() == 0 && f.f1() == null) {
          t.row(f.name(), f.accuracy(), "", "", "", f.n());
        } else {
          t.row(f.name(), "", f.precision(), f.recall(), f.f1(), f.n(), f.tp(), f.fp(), f.fn());
        }
      }
      t.print(out);
      out.printf("%d documents, %d without output%n", score.documents(), score.missingOutput());
    } else {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(score));
    }
    out.flush();
    if (min != null) {
      List<String> below = new ArrayList<>();
      for (Scorer.Field f : score.fields()) {
        if (f.value() != null && f.value() < min) below.add(f.name() + " " + f.value());
      }
      if (!below.isEmpty()) {
        err.println("oversight: fields under " + min + ": " + String.join(", ", below));
        return 1;
      }
    }
    return 0;
  }

  private static Map<String, JsonNode> read(Path file) throws Exception {
    Map<String, JsonNode> out = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      JsonNode n = Json.MAPPER.readTree(line);
      String name = n.path("file").asText(n.path("path").asText(""));
      out.put(Path.of(name).getFileName().toString(), n);
    }
    return out;
  }

  private Map<String, JsonNode> extract(List<JsonNode> goldRecords, PrintWriter err) throws Exception {
    Extractor extractor = new Extractor();
    Annotator annotator = Annotator.shared();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    Map<String, Future<Map<String, Object>>> tasks = new HashMap<>();
    for (JsonNode g : goldRecords) {
      String name = Path.of(g.path("file").asText()).getFileName().toString();
      Path file = source.docs.resolve(name);
      if (!Files.exists(file)) {
        err.println("failed: " + file + ": annotated document not found");
        continue;
      }
      tasks.put(name, pool.submit(() -> ExtractionRecord.of(file, annotator.annotate(extractor.extract(file)))));
    }
    Map<String, JsonNode> out = new HashMap<>();
    for (Map.Entry<String, Future<Map<String, Object>>> t : tasks.entrySet()) {
      try {
        out.put(t.getKey(), Json.MAPPER.valueToTree(t.getValue().get()));
      } catch (java.util.concurrent.ExecutionException e) {
        err.println("failed: " + t.getKey() + ": " + Main.oneLine(e.getCause()));
      }
    }
    pool.shutdown();
    return out;
  }
}

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

  @Option(names = "--baseline", paramLabel = "README", description = "Exit with 1 when any field falls more than "
      + "--tolerance below the figure recorded in this file's table between <!-- dev-figures:start --> and "
      + "<!-- dev-figures:end -->.")
  Path baseline;

  @Option(names = "--tolerance", defaultValue = "0.03", description = "How far under the recorded figure a field may "
      + "fall (default 0.03).")
  double tolerance;

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
      printByType(out, score);
    } else {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(score));
    }
    out.flush();
    if (baseline != null) {
      List<String> fallen = org.oversight.eval.Baseline.fallen(score, org.oversight.eval.Baseline.read(baseline),
          tolerance);
      if (!fallen.isEmpty()) {
        err.println("oversight: fields more than " + tolerance + " under the figures in " + baseline + ": "
            + String.join(", ", fallen));
        return 1;
      }
    }
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

  /** Per-field figures for each kind of document (n in brackets), then how each kind was predicted. */
  private static void printByType(PrintWriter out, Scorer.Score score) {
    if (score.byType().isEmpty()) return;
    List<String> types = new ArrayList<>(score.byType().keySet());
    out.println();
    out.println("by document type (accuracy or F1, n in brackets)");
    List<String> header = new ArrayList<>(List.of("field"));
    types.forEach(t -> header.add(t));
    Table t = new Table(header.toArray(String[]::new));
    for (Scorer.Field f : score.fields()) {
      List<Object> row = new ArrayList<>(List.of(f.name()));
      for (String type : types) {
        Scorer.Field g = score.byType().get(type).stream().filter(x -> x.name().equals(f.name())).findFirst()
            .orElse(null);
        row.add(g == null || g.value() == null || g.n() == 0 && g.accuracy() == null ? "" : g.value() + " (" + g.n() + ")");
      }
      t.row(row.toArray());
    }
    t.print(out);
    out.println();
    out.println("document type: gold (rows) against predicted (columns)");
    List<String> predicted = new ArrayList<>(types);
    score.confusion().values().forEach(r -> r.keySet().forEach(k -> {
      if (!predicted.contains(k)) predicted.add(k);
    }));
    List<String> cols = new ArrayList<>(List.of("gold \\ predicted"));
    cols.addAll(predicted);
    Table c = new Table(cols.toArray(String[]::new));
    score.confusion().forEach((gold, row) -> {
      List<Object> cells = new ArrayList<>(List.of(gold));
      for (String p : predicted) cells.add(row.getOrDefault(p, 0));
      c.row(cells.toArray());
    });
    c.print(out);
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

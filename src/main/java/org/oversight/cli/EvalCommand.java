package org.oversight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.annotate.Annotator;
import org.oversight.eval.Predictions;
import org.oversight.eval.Scorer;
import org.oversight.ingest.DocumentPipeline;
import org.oversight.ingest.Ingest;
import org.oversight.model.Failure;
import org.oversight.model.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin IngestCommand.Settings settings;

  @Option(names = "--min", converter = Options.Fraction.class,
      description = "Exit with 1 when any field scores under this (accuracy or F1).")
  Double min;

  @Option(names = "--baseline", paramLabel = "README", description = "Exit with 1 when any field falls more than "
      + "--tolerance below the figure recorded in this file's table between <!-- dev-figures:start --> and "
      + "<!-- dev-figures:end -->.")
  Path baseline;

  @Option(names = "--tolerance", defaultValue = "0.03", converter = Options.Fraction.class, description = "How far under the recorded figure a field may "
      + "fall (default 0.03).")
  double tolerance;

  @Mixin Options.Format format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JsonNode> goldRecords = readGold(gold);
    Map<String, JsonNode> predicted;
    int failed = 0;
    if (source.pred != null) {
      predicted = Predictions.read(source.pred);
    } else {
      if (!Files.isDirectory(source.docs)) {
        throw new java.io.IOException(source.docs + ": " + (Files.exists(source.docs) ? "not a folder"
            : "no such folder"));
      }
      Ingest.Options o = settings.options(null);
      Predictions.Made made = Predictions.make(goldRecords, source.docs,
          new DocumentPipeline(o.limits(), Annotator::shared), o.threads());
      for (Failure f : made.failures()) err.println("failed: " + f.file() + ": " + f.reason());
      err.flush();
      predicted = made.records();
      failed = made.failures().size();
    }
    Scorer.Score score = Scorer.score(goldRecords, predicted);
    switch (format.format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(score));
      case jsonl, csv -> Rows.print(out, format.format, score.fields(),
          new Rows.Column<Scorer.Field>("field", Scorer.Field::name),
          new Rows.Column<>("accuracy", Scorer.Field::accuracy),
          new Rows.Column<>("precision", Scorer.Field::precision),
          new Rows.Column<>("recall", Scorer.Field::recall),
          new Rows.Column<>("f1", Scorer.Field::f1),
          new Rows.Column<>("n", Scorer.Field::n),
          new Rows.Column<>("tp", Scorer.Field::tp),
          new Rows.Column<>("fp", Scorer.Field::fp),
          new Rows.Column<>("fn", Scorer.Field::fn));
      default -> {
        int width = Terminal.width();
        for (String m : score.misses()) {
          List<String> lines = Table.wrap(m, width - 4);
          out.println("  " + lines.get(0));
          for (String l : lines.subList(1, lines.size())) out.println("    " + l);
        }
        Table t = new Table("field", "accuracy", "precision", "recall", "F1", "n", "tp", "fp", "fn");
        for (Scorer.Field f : score.fields()) {
          if (f.accuracy() != null || f.n() == 0 && f.f1() == null) {
            t.row(f.name(), f.accuracy(), "", "", "", f.n());
          } else {
            t.row(f.name(), "", f.precision(), f.recall(), f.f1(), f.n(), f.tp(), f.fp(), f.fn());
          }
        }
        t.print(out, width);
        out.printf("%s, %d without output%n", Plural.of(score.documents(), "document"), score.missingOutput());
        printByType(out, score, width);
      }
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
    if (failed > 0) return 1;
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
  private static void printByType(PrintWriter out, Scorer.Score score, int width) {
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
    t.print(out, width);
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
    c.print(out, width);
  }

  /** The hand annotations, one JSON object a line; a line that is not JSON is named with the file and line. */
  private static List<JsonNode> readGold(Path file) throws java.io.IOException {
    List<JsonNode> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file)) {
      n++;
      if (line.isBlank()) continue;
      try {
        out.add(Json.MAPPER.readTree(line));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new java.io.IOException(file + ", line " + n + ": not JSON: " + e.getOriginalMessage());
      }
    }
    return out;
  }
}

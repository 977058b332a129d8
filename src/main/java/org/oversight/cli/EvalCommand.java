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
    Map<String, JsonNode> predicted;
    int failed = 0;
    if (source.pred != null) {
      predicted = Predictions.read(source.pred);
    } else {
      Ingest.Options o = settings.options(null);
      Predictions.Made made = Predictions.make(goldRecords, source.docs,
          new DocumentPipeline(o.limits(), Annotator::shared), o.threads());
      for (Failure f : made.failures()) err.println("failed: " + f.file() + ": " + f.reason());
      err.flush();
      predicted = made.records();
      failed = made.failures().size();
    }
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
}

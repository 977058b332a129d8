package org.oversight.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.model.DocType;
import org.oversight.query.Exporter;
import org.oversight.query.QueryException;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a tidy table (CSV or JSONL) of documents, passages or "
    + "recommendations for pandas or R; columns are listed in the README.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, description = "File to write.")
  Path out;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or jsonl.")
  OutputFormat format;

  @Option(names = "--level", defaultValue = "document", description = "document (default), passage or recommendation.")
  Exporter.Level level;

  @Option(names = "--type", description = "Document type filter.")
  String type;

  @Option(names = "--force", description = "Force filter (name, alias or area).")
  String force;

  @Option(names = "--report", description = "Report filter (title or a fragment that fits one report).")
  String report;

  @Option(names = "--from", description = "Earliest document date.")
  String from;

  @Option(names = "--to", description = "Latest document date.")
  String to;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Override
  public Integer call() throws Exception {
    if (format != OutputFormat.csv && format != OutputFormat.jsonl) {
      spec.commandLine().getErr().println("oversight: export writes csv or jsonl");
      return Main.USAGE;
    }
    Exporter.Filters filters;
    try {
      filters = new Exporter.Filters(type == null ? null : DocType.parse(type).id(), force, report,
          SearchCommand.date(from, false), SearchCommand.date(to, true));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("oversight: " + Main.oneLine(e));
      return Main.USAGE;
    }
    List<String> columns = Exporter.COLUMNS.get(level);
    int rows;
    try (Searcher s = Searcher.open(index); BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (format == OutputFormat.csv) {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
            .build());
        rows = s.exporter().export(level, filters, row -> printCsv(csv, columns, row));
        csv.flush();
      } else {
        rows = s.exporter().export(level, filters, row -> printJson(w, row));
      }
    } catch (QueryException e) {
      spec.commandLine().getErr().println("oversight: " + e.getMessage());
      return Main.USAGE;
    }
    spec.commandLine().getOut().printf("%d %s rows written to %s%n", rows, level, out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Lists are joined with "; "; missing values are empty cells. */
  private static void printCsv(CSVPrinter csv, List<String> columns, Map<String, Object> row) {
    List<Object> cells = new ArrayList<>();
    for (String c : columns) {
      Object v = row.get(c);
      cells.add(v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : v);
    }
    try {
      csv.printRecord(cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printJson(BufferedWriter w, Map<String, Object> row) {
    try {
      w.write(Json.MAPPER.writeValueAsString(row));
      w.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.oversight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.Exporter;
import org.oversight.query.Filter;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a tidy table (CSV or JSONL) of documents, passages, "
    + "recommendations or section 55 ledger cells for pandas or R; columns are listed in the README.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, description = "File to write; - for standard output.")
  Path out;

  @Option(names = "--format", defaultValue = "csv", description = "csv (default) or jsonl.")
  OutputFormat format;

  @Option(names = "--level", defaultValue = "document", description = "document (default), passage, "
      + "recommendation or ledger (one row per recommendation and force; --report and --force only).")
  Exporter.Level level;

  @Mixin Options.Index index;
  @Mixin Options.Filters filters;

  @Override
  public Integer call() throws Exception {
    Options.require(spec, format, OutputFormat.csv, OutputFormat.jsonl);
    List<String> columns = Exporter.COLUMNS.get(level);
    int rows;
    OutputFile file;
    Filter parsed = filters.filter();
    try (Searcher s = Searcher.open(index.index)) {
      Filter filter = s.resolve(parsed); // a force or report that fits nothing is refused before the file is opened
      file = OutputFile.open(out, spec.commandLine().getOut());
      try (OutputFile f = file) {
        Writer w = f.writer();
        if (format == OutputFormat.csv) {
          CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
              .build());
          rows = s.exporter().export(level, filter, row -> printCsv(csv, columns, row));
          csv.flush();
        } else {
          rows = s.exporter().export(level, filter, row -> printJson(w, row));
        }
        f.commit();
      }
    }
    if (!OutputFile.isStandardOutput(out)) {
      spec.commandLine().getOut().printf("%d %s rows written to %s%n", rows, level, file.name());
      spec.commandLine().getOut().flush();
    }
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

  private static void printJson(Writer w, Map<String, Object> row) {
    try {
      w.write(Json.MAPPER.writeValueAsString(row));
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

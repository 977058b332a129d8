package org.oversight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.BatchSearch;
import org.oversight.query.SearchHit;
import org.oversight.query.Searcher;

/**
 * {@code search --batch}: prints each query's hit count and top hits, the queries without hits apart, and a line on
 * standard error for each row that could not run; {@code --out} writes every hit as CSV with its query first.
 */
final class BatchPrinter {
  private BatchPrinter() {}

  /** The CSV columns of {@code --out}: the query (its name, else its text), then the columns of search's CSV. */
  static final String[] CSV_HEADER = {"query", "rank", "score", "id", "file", "page", "passage", "doc_type", "format",
      "date", "snippet", "path"};

  /** Runs the file's queries; exit code 1 when any row failed. */
  static int run(PrintWriter out, PrintWriter err, Path file, Path index, Map<String, String> defaults,
      OutputFormat format, int limit, int perDoc, Path outFile) throws Exception {
    List<BatchSearch.Row> rows = BatchSearch.read(file, defaults);
    List<BatchSearch.Result> results;
    try (Searcher searcher = Searcher.open(index)) {
      results = BatchSearch.run(searcher, rows, limit, perDoc);
    }
    for (BatchSearch.Result r : results) {
      if (r.failed()) err.println(file + ": row " + r.row() + ": " + r.error());
    }
    err.flush();
    if (outFile != null) {
      try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        csv(w, results);
      }
    }
    switch (format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(file, results)));
      case jsonl -> {
        for (BatchSearch.Result r : results) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> csv(out, results);
      default -> table(out, file, results, outFile);
    }
    out.flush();
    return results.stream().anyMatch(BatchSearch.Result::failed) ? 1 : 0;
  }

  private static Map<String, Object> json(Path file, List<BatchSearch.Result> results) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file.toString());
    m.put("queries", results.size());
    m.put("with_hits", results.stream().filter(r -> !r.failed() && r.totalPassages() > 0).count());
    m.put("without_hits", results.stream().filter(r -> !r.failed() && r.totalPassages() == 0).count());
    m.put("failed", results.stream().filter(BatchSearch.Result::failed).count());
    m.put("results", results);
    m.put("no_hits", results.stream().filter(r -> !r.failed() && r.totalPassages() == 0)
        .map(BatchSearch.Result::label).toList());
    m.put("errors", results.stream().filter(BatchSearch.Result::failed)
        .map(r -> Map.of("row", r.row(), "reason", r.error())).toList());
    return m;
  }

  private static void table(PrintWriter out, Path file, List<BatchSearch.Result> results, Path outFile) {
    List<BatchSearch.Result> none = results.stream().filter(r -> !r.failed() && r.totalPassages() == 0).toList();
    long failed = results.stream().filter(BatchSearch.Result::failed).count();
    out.printf("%d queries in %s: %d with hits, %d without, %d failed%n", results.size(), file,
        results.size() - none.size() - failed, none.size(), failed);
    for (BatchSearch.Result r : results) {
      if (r.failed() || r.totalPassages() == 0) continue;
      out.println();
      out.printf("%s: %d matching passages; showing %d%n", describe(r), r.totalPassages(), r.hits().size());
      SearchCommand.hitTable(r.hits()).print(out, Terminal.width());
    }
    if (!none.isEmpty()) {
      out.println();
      out.println("no hits: " + String.join("; ", none.stream().map(BatchSearch.Result::label).toList()));
    }
    if (outFile != null) out.println("hits written to " + outFile);
  }

  /** A row as a user would type it: its name, then its query and filters as options. */
  private static String describe(BatchSearch.Result r) {
    StringBuilder sb = new StringBuilder();
    if (r.name() != null) sb.append(r.name()).append(" = ");
    sb.append(r.query());
    r.filters().forEach((k, v) -> sb.append(" --").append(k).append(' ').append(v.contains(" ") ? "'" + v + "'" : v));
    return sb.toString();
  }

  private static void csv(Appendable out, List<BatchSearch.Result> results) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build());
    for (BatchSearch.Result r : results) {
      int i = 1;
      for (SearchHit h : r.hits()) {
        csv.printRecord(r.label(), i++, String.format("%.4f", h.score()), h.id(), h.file(), h.page(), h.passage(),
            h.docType(), h.format(), h.date(), h.snippet(), h.path());
      }
    }
    csv.flush();
  }
}

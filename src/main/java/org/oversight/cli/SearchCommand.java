package org.oversight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.model.DocType;
import org.oversight.query.QueryException;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.SearchResult;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Search passages with Lucene query syntax.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = "Words, \"phrases\", AND/OR/NOT, field:value (person:, organization:, location:, force:,"
          + " doc_type:, format:, file:, year:), wildcards. Several words are joined.")
  List<String> query;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--type", description = "Document type: hmicfrs_report, hmicfrs_letter, pcc_response,"
      + " news_article, other.")
  String type;

  @Option(names = "--force", description = "Only documents about this force (name, alias or area: Notts, TVP, Kent).")
  String force;

  @Option(names = "--report", description = "Only documents about this report (title or a fragment that fits one).")
  String report;

  @Option(names = "--person", description = "Only documents naming this person (name or part of it).")
  String person;

  @Option(names = "--from", description = "Earliest document date, YYYY-MM-DD (or YYYY).")
  String from;

  @Option(names = "--to", description = "Latest document date, YYYY-MM-DD (or YYYY).")
  String to;

  @Option(names = "--limit", defaultValue = "10", description = "Most hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--per-doc", defaultValue = "2", description = "Most passages per document (default: ${DEFAULT-VALUE}).")
  int perDoc;

  @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String q = query == null ? "" : String.join(" ", query);
    SearchRequest req;
    try {
      String docType = type == null ? null : DocType.parse(type).id();
      req = new SearchRequest(q, docType, date(from, false), date(to, true), limit, perDoc, force, report, person);
    } catch (IllegalArgumentException e) {
      err.println("oversight: " + Main.oneLine(e));
      return Main.USAGE;
    }
    SearchResult result;
    try (Searcher searcher = Searcher.open(index)) {
      result = searcher.search(req);
    } catch (QueryException e) {
      err.println("oversight: " + e.getMessage());
      return Main.USAGE;
    }
    switch (format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      case jsonl -> {
        for (SearchHit h : result.hits()) out.println(Json.MAPPER.writeValueAsString(h));
      }
      case csv -> csv(out, result);
      default -> table(out, result);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, SearchResult r) {
    out.printf("%d matching passages; showing %d%n", r.totalPassages(), r.hits().size());
    Table t = new Table("#", "score", "file:32", "page", "type", "date", "snippet:100");
    int i = 1;
    for (SearchHit h : r.hits()) {
      t.row(i++, String.format("%.2f", h.score()), h.file(), h.page() == 0 ? "" : h.page(), h.docType(), h.date(),
          h.snippet().replace("<b>", "[").replace("</b>", "]"));
    }
    t.print(out);
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) continue;
      StringBuilder sb = new StringBuilder(f.getKey()).append(": ");
      f.getValue().entrySet().stream().limit(6)
          .forEach(e -> sb.append(e.getKey()).append(" (").append(e.getValue()).append(")  "));
      out.println(sb.toString().stripTrailing());
    }
  }

  private static void csv(PrintWriter out, SearchResult r) throws java.io.IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("rank", "score", "id", "file", "page",
        "passage", "doc_type", "format", "date", "snippet", "path").build());
    int i = 1;
    for (SearchHit h : r.hits()) {
      csv.printRecord(i++, String.format("%.4f", h.score()), h.id(), h.file(), h.page(), h.passage(), h.docType(),
          h.format(), h.date(), h.snippet(), h.path());
    }
    csv.flush();
  }

  /** Parses YYYY-MM-DD, YYYY-MM or YYYY; a partial date is taken at the start or end of its period. */
  static LocalDate date(String s, boolean end) {
    if (s == null) return null;
    try {
      if (s.matches("\\d{4}")) {
        return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        LocalDate first = LocalDate.parse(s + "-01");
        return end ? first.plusMonths(1).minusDays(1) : first;
      }
      return LocalDate.parse(s);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("bad date '" + s + "': use YYYY-MM-DD, YYYY-MM or YYYY");
    }
  }
}

package org.oversight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.SearchResult;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "search", description = "Search passages with Lucene query syntax.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY",
      description = {"Words, \"phrases\", AND/OR/NOT, wildcards (corrupt*) and field:value. Several words are "
          + "joined.",
          "Fields: person:, role:, author:, author_role:, organization:, location:, addressee: (any part of the "
              + "value: person:ellison); force:, primary_force: (a name, alias or area: force:notts); report: (a "
              + "fragment that fits one report); doc_type:, format:, file:, year:, grade:, report_date:, "
              + "date_mention: (ISO dates: date_mention:2024-03*); on_time:yes|no; recommendation:yes."})
  List<String> query;

  @Mixin Options.Index index;
  @Mixin Options.Filters filters;
  @Mixin Options.Format format;

  @Option(names = "--limit", defaultValue = "10", converter = Options.AtLeastOne.class,
      description = "Most hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--per-doc", defaultValue = "2", converter = Options.AtLeastOne.class,
      description = "Most passages per document (default: ${DEFAULT-VALUE}).")
  int perDoc;

  @Option(names = "--batch", paramLabel = "CSV", description = "Run each row of a CSV file: a header row with a query "
      + "column and optionally name, type, force, report, person, from, to; the filters given here fill blank cells.")
  Path batch;

  @Option(names = "--out", paramLabel = "FILE", description = "With --batch: write the hits as CSV, each row's name "
      + "(else its query) in the first column.")
  Path outFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (batch != null) {
      if (query != null && !query.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a QUERY or --batch, not both");
      }
      return BatchPrinter.run(out, spec.commandLine().getErr(), batch, index.index, filters.given(), format.format,
          limit, perDoc, outFile);
    }
    if (outFile != null) throw new CommandLine.ParameterException(spec.commandLine(), "--out goes with --batch");
    SearchRequest req = new SearchRequest(query == null ? "" : String.join(" ", query), filters.filter(), limit,
        perDoc);
    SearchResult result;
    try (Searcher searcher = Searcher.open(index.index)) {
      result = searcher.search(req);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String w : result.warnings()) err.println("warning: " + w);
    err.flush();
    switch (format.format) {
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

  /** Short enough to read, long enough to be unique in any real corpus; {@code show} takes it. */
  static final int SHORT_ID = 8;

  /** A row per hit (its document's short id and passage number open it with show), its snippet under it. */
  static Table hitTable(List<SearchHit> hits) {
    Table t = new Table("#", "score", "id", "file", "page", "passage", "type", "date");
    int i = 1;
    for (SearchHit h : hits) {
      t.row(i++, String.format("%.2f", h.score()), h.id().substring(0, SHORT_ID), h.file(),
          h.page() == 0 ? "" : h.page(), h.passage(), h.docType(), h.date())
          .detail(h.snippet().replace("<b>", "[").replace("</b>", "]"));
    }
    return t;
  }

  /** The hits with a count above them and the facet counts below. */
  private static void table(PrintWriter out, SearchResult r) {
    int width = Terminal.width();
    out.printf("%s; showing %d%n", Plural.of(r.totalPassages(), "matching passage"), r.hits().size());
    if (r.hits().isEmpty()) return;
    hitTable(r.hits()).print(out, width);
    for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
      if (f.getValue().isEmpty()) continue;
      StringBuilder sb = new StringBuilder(f.getKey()).append(": ");
      f.getValue().entrySet().stream().limit(6)
          .forEach(e -> sb.append(e.getKey()).append(" (").append(e.getValue()).append(")  "));
      out.println(Table.cut(sb.toString().stripTrailing(), width));
    }
  }

  private static void csv(PrintWriter out, SearchResult r) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("rank", "score", "id", "file", "page",
        "passage", "doc_type", "format", "date", "snippet", "path").build());
    int i = 1;
    for (SearchHit h : r.hits()) {
      csv.printRecord(i++, String.format("%.4f", h.score()), h.id(), h.file(), h.page(), h.passage(), h.docType(),
          h.format(), h.date(), h.snippet(), h.path());
    }
    csv.flush();
  }
}

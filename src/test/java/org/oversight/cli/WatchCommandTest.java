package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

/** Saved searches and batch search from the command line, over documents ingested by the real pipeline. */
class WatchCommandTest {
  @TempDir Path dir;
  Path docs;
  String index;
  String out;
  String err;

  static final String KENT_2029 = """
      Kent Police and Crime Commissioner

      2 May 2029

      Dear Home Secretary,

      Kent Police has improved its vetting of new officers since the last inspection.

      Yours sincerely

      Margaret Ellison
      Police and Crime Commissioner for Kent
      """;
  static final String KENT_2030 = """
      Kent Police and Crime Commissioner

      3 April 2030

      Dear Home Secretary,

      I have asked the Chief Constable of Kent Police to review every vetting decision made this year.

      Yours sincerely

      Margaret Ellison
      Police and Crime Commissioner for Kent
      """;
  static final String ESSEX_2030 = """
      Essex Police, Fire and Crime Commissioner

      9 April 2030

      Dear Home Secretary,

      Essex Police has set up a new vetting unit.

      Yours sincerely

      Thomas Reedman
      Police, Fire and Crime Commissioner for Essex
      """;

  @BeforeEach
  void corpus() throws Exception {
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("kent-2029.txt"), KENT_2029);
    index = dir.resolve("index").toString();
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void aSavedSearchReportsWhatTheNextIngestAddsAndNotWhatWasThere() throws Exception {
    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
    assertThat(run("watch", "add", "kent-vetting", "vetting", "--force", "Kent", "--index", index)).isZero();
    assertThat(out).startsWith("saved kent-vetting: vetting --force Kent\n");

    Files.writeString(docs.resolve("kent-2030.txt"), KENT_2030);
    Files.writeString(docs.resolve("essex-2030.txt"), ESSEX_2030);
    assertThat(run("ingest", docs.toString(), "--index", index)).as(err).isZero();
    assertThat(out).contains("2 added", "1 unchanged")
        .contains("watch: 1 new match for 1 of 1 saved searches ('oversight watch matches' lists them)");
    List<String> lines = out.lines().toList();
    int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("kent-vetting ")).findFirst().orElseThrow());
    assertThat(lines.get(row)).contains("kent-2030.txt", "pcc_response", "2030-04-03");
    assertThat(lines.get(row + 1)).as("the snippet under its row").contains("[vetting]");
    assertThat(out).doesNotContain("kent-2029.txt", "essex-2030.txt");

    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
    assertThat(out).contains("watch: no new matches for 1 saved search");

    // a later process reads them back from the store beside the index
    assertThat(run("watch", "matches", "--index", index, "--format", "json")).isZero();
    JsonNode matches = Json.MAPPER.readTree(out);
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).path("search").asText()).isEqualTo("kent-vetting");
    assertThat(matches.get(0).path("file").asText()).isEqualTo("kent-2030.txt");
    assertThat(matches.get(0).path("snippet").asText()).contains("<b>vetting</b>");
    assertThat(run("watch", "matches", "kent-vetting", "--since", "2000-01", "--index", index, "--format", "csv"))
        .isZero();
    assertThat(out.lines().toList()).hasSize(2).first()
        .isEqualTo("search,found,id,file,path,page,passage,doc_type,date,snippet");
    assertThat(run("watch", "matches", "--since", "2999", "--index", index)).isZero();
    assertThat(out).isEqualTo("no matches\n");
    assertThat(run("watch", "list", "--index", index, "--format", "jsonl")).isZero();
    JsonNode listed = Json.MAPPER.readTree(out);
    assertThat(listed.path("matches").asInt()).isEqualTo(1);
    assertThat(listed.path("filters").path("force").asText()).isEqualTo("Kent");

    assertThat(Path.of(index + ".watch.json")).exists();
    try (var inIndex = Files.list(Path.of(index))) {
      assertThat(inIndex.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("watch"));
    }
  }

  @Test
  void theJsonSummaryCarriesEachSavedSearchsNewMatchesForAHook() throws Exception {
    assertThat(run("watch", "add", "vetting", "vetting", "--index", index)).isZero();
    assertThat(out).contains("(no index yet to check it against)");
    assertThat(run("watch", "add", "essex", "vetting", "--force", "Essex", "--type", "pcc_response", "--index",
        index)).isZero();
    Files.writeString(docs.resolve("essex-2030.txt"), ESSEX_2030);

    assertThat(run("ingest", docs.toString(), "--index", index, "--format", "json")).isZero();
    JsonNode summary = Json.MAPPER.readTree(out);
    assertThat(summary.path("added").asInt()).isEqualTo(2);
    assertThat(summary.path("watch_matches").asInt()).isEqualTo(3);
    assertThat(summary.path("watch_error").isNull()).isTrue();
    JsonNode watch = summary.path("watch");
    assertThat(watch).hasSize(2);
    assertThat(watch.get(0).path("name").asText()).isEqualTo("vetting");
    assertThat(watch.get(0).path("matches")).hasSize(2);
    assertThat(watch.get(1).path("filters").path("type").asText()).isEqualTo("pcc_response");
    assertThat(watch.get(1).path("error").isNull()).isTrue();
    assertThat(watch.get(1).path("matches")).singleElement().satisfies(m -> {
      assertThat(m.path("file").asText()).isEqualTo("essex-2030.txt");
      assertThat(m.path("path").asText()).isEqualTo(docs.resolve("essex-2030.txt").toAbsolutePath().toString());
      assertThat(m.path("id").asText()).hasSize(64);
      assertThat(m.path("doc_type").asText()).isEqualTo("pcc_response");
      assertThat(m.path("found").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
      assertThat(m.fieldNames()).toIterable().contains("page", "passage", "date", "snippet");
    });
  }

  @Test
  void badWatchInputIsOneLineAndExitCode2() throws Exception {
    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
    assertThat(run("watch", "add", "kent", "vetting", "--index", index)).isZero();

    for (List<String> args : List.of(
        List.of("watch", "remove", "nope"),
        List.of("watch", "matches", "nope"),
        List.of("watch", "add", "kent", "custody"),
        List.of("watch", "add", "two words", "custody"),
        List.of("watch", "add", "x", "custody AND"),
        List.of("watch", "add", "x", "custody", "--force", "Atlantis"),
        List.of("watch", "add", "x", "custody", "--report", "no such report"),
        List.of("watch", "matches", "--since", "yesterday"))) {
      String[] full = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--index", index))
          .toArray(String[]::new);
      assertThat(run(full)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.lines()).as(String.join(" ", args)).singleElement().asString().startsWith("oversight: ");
    }
    assertThat(run("watch", "remove", "nope", "--index", index)).isEqualTo(2);
    assertThat(err).isEqualTo("oversight: no saved search called nope; 'oversight watch list' shows them\n");
    assertThat(run("watch", "list", "--index", index)).isZero();
    assertThat(out.lines().filter(l -> l.startsWith("kent "))).hasSize(1);

    assertThat(run("watch", "remove", "kent", "--index", index)).isZero();
    assertThat(out).isEqualTo("removed kent and its 0 recorded matches\n");
    assertThat(run("watch", "list", "--index", index)).isZero();
    assertThat(out).startsWith("no saved searches");
  }

  @Test
  void batchSearchRunsEveryRowAndNamesTheBadOnes() throws Exception {
    Files.writeString(docs.resolve("kent-2030.txt"), KENT_2030);
    Files.writeString(docs.resolve("essex-2030.txt"), ESSEX_2030);
    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
    String phrase = "\"\"\"vetting unit\"\"\""; // the query "vetting unit", quoted as CSV quotes
    Path queries = Files.writeString(dir.resolve("queries.csv"), String.join("\n",
        "name,query,force,type,from",
        "kent,vetting,Kent,,",
        "essex,vetting,Essex,pcc_response,",
        "this-year,vetting,,,2030",
        "," + phrase + ",,,",
        "bicycles,stolen bicycles,,,",
        "broken,vetting,,,last week", ""));
    Path hits = dir.resolve("hits.csv");

    assertThat(run("search", "--batch", queries.toString(), "--out", hits.toString(), "--index", index))
        .isEqualTo(1);
    assertThat(err).isEqualTo(queries + ": row 7: bad date 'last week': use YYYY-MM-DD, YYYY-MM or YYYY\n");
    assertThat(out).startsWith("6 queries in " + queries + ": 4 with hits, 1 without, 1 failed\n")
        .contains("kent = vetting --force Kent: 2 matching passages")
        .contains("\"vetting unit\": 1 matching passages")
        .contains("no hits: bicycles")
        .contains("hits written to " + hits);
    List<String> csv = Files.readAllLines(hits);
    assertThat(csv.get(0)).isEqualTo("query,rank,score,id,file,page,passage,doc_type,format,date,snippet,path");
    assertThat(csv.subList(1, csv.size())).extracting(l -> l.substring(0, l.indexOf(',', 1)))
        .containsExactly("kent", "kent", "essex", "this-year", "this-year", "\"\"\"vetting unit\"\"\"");
    assertThat(csv).filteredOn(l -> l.startsWith("essex,")).singleElement().asString().contains("essex-2030.txt");

    assertThat(run("search", "--batch", queries.toString(), "--index", index, "--format", "json")).isEqualTo(1);
    JsonNode json = Json.MAPPER.readTree(out);
    assertThat(json.path("queries").asInt()).isEqualTo(6);
    assertThat(json.path("no_hits").get(0).asText()).isEqualTo("bicycles");
    assertThat(json.path("errors").get(0).path("row").asInt()).isEqualTo(7);
    assertThat(json.path("results").get(0).path("total_passages").asInt()).isEqualTo(2);
    assertThat(json.path("results").get(0).path("hits").findValuesAsText("file"))
        .containsExactlyInAnyOrder("kent-2029.txt", "kent-2030.txt");

    Path noHeader = Files.writeString(dir.resolve("plain.csv"), "vetting\ncustody\n");
    assertThat(run("search", "--batch", noHeader.toString(), "--index", index)).isEqualTo(2);
    assertThat(err.lines()).singleElement().asString().startsWith("oversight: " + noHeader
        + ": unknown column 'vetting' in the header row");
    assertThat(run("search", "vetting", "--batch", queries.toString(), "--index", index)).isEqualTo(2);
    assertThat(run("search", "vetting", "--out", hits.toString(), "--index", index)).isEqualTo(2);
  }
}

package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSearchTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    searcher = TestIndexes.build(dir, List.of(TestIndexes.kent("kent.txt", "June").build(),
        TestIndexes.essex().build(), TestIndexes.surrey().build(), TestIndexes.report().build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<BatchSearch.Result> run(String csv) throws Exception {
    return run(csv, Map.of());
  }

  private static List<BatchSearch.Result> run(String csv, Map<String, String> defaults) throws Exception {
    Path file = Files.writeString(Files.createTempFile(dir, "queries", ".csv"), csv);
    return BatchSearch.run(searcher, BatchSearch.read(file, defaults), 10, 2);
  }

  @Test
  void fiveQueriesEachWithItsCountAndTopHitsOneWithout() throws Exception {
    List<BatchSearch.Result> results = run("""
        name,query,type,force,report,person,from,to
        audits,audit*,,,,,,
        kent-audit,audit,,Kent,,,,
        essex-responses,*,pcc_response,Essex,,,,
        report-recs,recommendation:yes,hmicfrs_report,,keeping count: crime recording in policing,,2030,2030-03
        bicycles,"stolen bicycles",,,,,,
        """);

    assertThat(results).extracting(BatchSearch.Result::label)
        .containsExactly("audits", "kent-audit", "essex-responses", "report-recs", "bicycles");
    assertThat(results).extracting(BatchSearch.Result::row).containsExactly(2, 3, 4, 5, 6);
    assertThat(results).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(results.get(0).hits()).extracting(SearchHit::file)
        .contains("kent.txt", "essex.txt", "report.txt");
    assertThat(results.get(1).hits()).extracting(SearchHit::file).containsOnly("kent.txt");
    assertThat(results.get(2).hits()).extracting(SearchHit::file).containsOnly("essex.txt");
    assertThat(results.get(3).hits()).singleElement().satisfies(h -> {
      assertThat(h.file()).isEqualTo("report.txt");
      assertThat(h.snippet()).contains("Within six months");
    });
    assertThat(results.get(3).filters()).containsEntry("type", "hmicfrs_report").containsEntry("from", "2030");
    assertThat(results.get(4).totalPassages()).isZero();
    assertThat(results.get(4).hits()).isEmpty();
    assertThat(results.get(0).totalPassages()).isGreaterThanOrEqualTo(results.get(0).hits().size());
  }

  @Test
  void aMalformedRowSaysWhyAndTheOthersStillRun() throws Exception {
    List<BatchSearch.Result> results = run("""
        query,force,from
        audit,Kent,
        audit,,last week
        audit AND,,
        ,Kent,
        audit,Atlantis,
        audit,Kent,2030,extra
        custody,,
        """);
    assertThat(results).extracting(r -> r.row() + ": " + r.error()).containsExactly(
        "2: null",
        "3: bad date 'last week': use YYYY-MM-DD, YYYY-MM or YYYY",
        "4: malformed query 'audit AND': unexpected end of query at column 9 (check quotes and brackets are closed "
            + "and AND/OR/NOT have terms on both sides)",
        "5: the query is empty (* matches every passage)",
        "6: no police force is called 'Atlantis'",
        "7: has 4 cells; the header has 3 (quote a cell holding a comma)",
        "8: null");
    assertThat(results.get(6).hits()).extracting(SearchHit::file).containsOnly("surrey.txt");
  }

  @Test
  void rowsAreCountedAsASpreadsheetCountsThemBlankLinesIncluded() throws Exception {
    List<BatchSearch.Result> results = run("\uFEFFQuery,Name\n\naudit,a\n,\ncustody,a\n\"unclosed,b\n");
    assertThat(results).extracting(r -> r.row() + " " + r.label() + ": " + r.error()).containsExactly(
        "3 a: null",
        "5 a: the name 'a' is taken by row 3",
        "6 null: cannot be read as CSV (a quoted cell is never closed); the rows after it were not read");
  }

  @Test
  void theCommandLinesFiltersFillBlankCells() throws Exception {
    List<BatchSearch.Result> results = run("query,force\naudit,\naudit,Essex\n", Map.of("force", "Kent"));
    assertThat(results.get(0).hits()).extracting(SearchHit::file).containsOnly("kent.txt");
    assertThat(results.get(1).hits()).extracting(SearchHit::file).containsOnly("essex.txt");
  }

  @Test
  void aFileThatCannotBeUsedAtAllIsOneLine() throws Exception {
    assertThatThrownBy(() -> run("vetting\ncustody\n")).isInstanceOf(QueryException.class)
        .hasMessageEndingWith(": unknown column 'vetting' in the header row; the columns are name, query, type, "
            + "force, report, person, from, to (query required)");
    assertThatThrownBy(() -> run("name,force\na,Kent\n")).hasMessageEndingWith(": the header row has no 'query' "
        + "column; the columns are name, query, type, force, report, person, from, to (query required)");
    assertThatThrownBy(() -> run("query,Query\na,b\n")).hasMessageEndingWith(": column 'query' appears twice");
    assertThatThrownBy(() -> run("\n\n")).hasMessageContaining(" is empty; it needs a header row");
    assertThatThrownBy(() -> run("\"query,name\nvetting,a\n")).hasMessageEndingWith(": the header row cannot be "
        + "read as CSV (a quoted cell is never closed)");
    assertThatThrownBy(() -> BatchSearch.read(dir.resolve("missing.csv"), Map.of()))
        .hasMessage("no queries file " + dir.resolve("missing.csv"));
    Path latin1 = Files.write(dir.resolve("latin1.csv"), "query\ncaf\u00e9\n".getBytes("ISO-8859-1"));
    assertThatThrownBy(() -> BatchSearch.read(latin1, Map.of())).hasMessageEndingWith("is not UTF-8 text; save the "
        + "queries as CSV UTF-8");
  }
}

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
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.Json;
import org.oversight.query.Ledgers;

/**
 * {@code ledger}, {@code overdue}, {@code export --level ledger} and {@code compare}'s coverage column from the command
 * line, on an index made by hand: a report about Kent, Essex and Surrey published 1 February 2024 (deadline 27 March),
 * Kent answering two of its three recommendations on day 40, Essex none on day 68, Surrey absent.
 */
class LedgerCommandTest {
  static final String TITLE = "Holding the line: how three forces handle public order";

  @TempDir Path dir;
  String index;
  String out;
  String err;

  /** Runs on a terminal wide enough that no cell is cut and no line wrapped, so whole values can be asserted. */
  private int run(String... args) {
    Cli.Run r = Cli.runAt(400, args);
    out = r.out();
    err = r.err();
    return r.code();
  }

  @BeforeEach
  void buildIndex() throws Exception {
    AnnotatedDocument report = DocumentBuilder.document("report.txt").type(DocType.HMICFRS_REPORT)
        .date("2024-02-01").report(TITLE, "2024-02-01").force("Kent Police").force("Essex Police")
        .force("Surrey Police")
        .passage(TITLE)
        .passage("Recommendations")
        .recommendation("Recommendation 1: By 31 December 2024, chief constables should train every public order "
            + "commander in the law on protest.", "chief constables", "By 31 December 2024", "2024-12-31")
        .recommendation("Recommendation 2: By 31 December 2024, chief constables should record the reasons for "
            + "every dispersal order.", "chief constables", "By 31 December 2024", "2024-12-31")
        .recommendation("Recommendation 3: By 30 June 2025, chief constables should publish how many officers are "
            + "available for mutual aid each month.", "chief constables", "By 30 June 2025", "2025-06-30")
        .passage("Areas for improvement")
        .areaForImprovement("Forces should debrief officers after every large event.")
        .build();
    AnnotatedDocument kent = DocumentBuilder.response("kent.txt", "Kent Police", "2024-03-11").report(TITLE, null)
        .author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
        .passage("Response to HMICFRS report: " + TITLE)
        .passage("On recommendation 1, every commander will have completed the course by the autumn.")
        .passage("Inspectors now check that the reasons for each dispersal order are recorded on the log.")
        .build();
    AnnotatedDocument essex = DocumentBuilder.response("essex.txt", "Essex Police", "2024-04-08")
        .report(TITLE, null).author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
        .passage("The Chief Constable has accepted all the recommendations.").build();
    AnnotatedDocument other = DocumentBuilder.response("x.txt", "Kent Police", "2024-05-01")
        .report("Holding the line: a second look", null).passage("I welcome the report.").build();
    index = dir.resolve("index").toString();
    try (CorpusIndex idx = CorpusIndex.open(Path.of(index))) {
      for (AnnotatedDocument d : List.of(report, kent, essex, other)) {
        idx.put(d, "/test/" + d.document().source().path());
      }
      idx.commit();
    }
  }

  @Test
  void theTableShowsEachBodyWithItsCoverageThenTheGridThePassagesAndTheNotes() {
    assertThat(run("ledger", "--report", "three forces handle", "--index", index)).isZero();
    assertThat(out).startsWith(TITLE + "\npublished 2024-02-01, date from the report itself (report.txt); section 55 "
        + "deadline 2024-03-27 (publication day is day 1; the deadline is day 56)\nwho must respond: about a few "
        + "forces: the 3 forces the report names (Essex Police, Kent Police, Surrey Police)\nrecommendations: 3, "
        + "from the report itself (report.txt); 1 area for improvement listed apart\n");
    assertThat(out).containsPattern("Essex Police +Police, Fire and Crime Commissioner for Essex +Thomas Reedman +"
        + "2024-04-08 +68 +NO \\(12 late\\) +0 of 3 +essex.txt");
    assertThat(out).containsPattern("Kent Police +Police and Crime Commissioner for Kent +Margaret Ellison +"
        + "2024-03-11 +40 +yes +2 of 3 +kent.txt");
    assertThat(out).contains("no response found in the corpus: Surrey Police (Police and Crime Commissioner for "
        + "Surrey)\n");
    assertThat(out).containsPattern("no\\. +recommendation +Essex +Kent +Surrey\n");
    assertThat(out).containsPattern("\n1 +By 31 December 2024, chief constables shoul… +not found +¶1 1\\.00 +"
        + "no response\n");
    assertThat(out).containsPattern("\n1 +Kent Police +¶1 +1\\.00 +number +On recommendation 1, every commander");
    assertThat(out).contains("areas for improvement (not statutory", "Forces should debrief officers");
    assertThat(out).contains("(absence from the corpus is not proof of non-compliance",
        "(a response's own date stands in for its publication date unless the page that published it states one)");
    assertThat(out).doesNotContain("did not respond");
  }

  @Test
  void csvAndJsonlGiveOneRowPerRecommendationAndForce() throws Exception {
    assertThat(run("ledger", "--report", TITLE, "--index", index, "--format", "csv")).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Ledgers.COLUMNS));
    assertThat(lines).hasSize(10);
    assertThat(lines.get(2)).contains(",1,", "Kent Police", "addressed", "On recommendation 1");

    assertThat(run("ledger", "--report", TITLE, "--index", index, "--format", "jsonl")).isZero();
    List<String> rows = out.lines().toList();
    assertThat(rows).hasSize(9);
    JsonNode last = Json.MAPPER.readTree(rows.get(8));
    assertThat(last.path("number").asInt()).isEqualTo(3);
    assertThat(last.path("force").asText()).isEqualTo("Surrey Police");
    assertThat(last.path("status").asText()).isEqualTo("no_response");
  }

  @Test
  void anUnknownReportOrAnAmbiguousFragmentExitsWith2AndOneLine() {
    assertThat(run("ledger", "--report", "no such report", "--index", index)).isEqualTo(2);
    assertThat(err.lines()).singleElement().asString().startsWith("oversight: no report matches 'no such report'");
    assertThat(run("ledger", "--report", "holding the line", "--index", index)).isEqualTo(2);
    assertThat(err.lines()).singleElement().asString()
        .startsWith("oversight: report 'holding the line' is ambiguous; it fits 2 reports");
    assertThat(run("ledger", "--report", TITLE, "--index", dir.resolve("none").toString())).isEqualTo(2);
  }

  @Test
  void overdueListsBodiesWithNoResponseOnceThePeriodHasEnded() throws Exception {
    assertThat(run("overdue", "--as-of", "2024-03-27", "--index", index, "--format", "json")).isZero();
    assertThat(Json.MAPPER.readTree(out)).isEmpty();

    assertThat(run("overdue", "--as-of", "2024-04-30", "--index", index, "--format", "json")).isZero();
    JsonNode rows = Json.MAPPER.readTree(out);
    assertThat(rows).hasSize(1);
    JsonNode surrey = rows.get(0);
    assertThat(surrey.path("report").asText()).isEqualTo(TITLE);
    assertThat(surrey.path("published").asText()).isEqualTo("2024-02-01");
    assertThat(surrey.path("deadline").asText()).isEqualTo("2024-03-27");
    assertThat(surrey.path("force").asText()).isEqualTo("Surrey Police");
    assertThat(surrey.path("body").asText()).isEqualTo("Police and Crime Commissioner for Surrey");
    assertThat(surrey.path("days_overdue").asLong()).isEqualTo(34);

    assertThat(run("overdue", "--as-of", "2024-04-30", "--index", index)).isZero();
    assertThat(out).startsWith("as of 2024-04-30: 1 body with no response found in the corpus, to 1 report whose "
        + "section 55 period has ended\n");
    assertThat(out).contains("Surrey Police", "34", "left out, publication date not known to the day: Holding the "
        + "line: a second look", "absence from the corpus is not proof of non-compliance");

    assertThat(run("overdue", "--as-of", "next week", "--index", index)).isEqualTo(2);
    assertThat(err).contains("bad date 'next week'");
  }

  @Test
  void exportWritesTheLedgerLevelAndRefusesFiltersItDoesNotTake() throws Exception {
    Path file = dir.resolve("ledger.csv");
    assertThat(run("export", "--level", "ledger", "--report", TITLE, "--force", "Kent", "--out", file.toString(),
        "--index", index)).isZero();
    assertThat(out).contains("3 ledger rows written");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(String.join(",", Ledgers.COLUMNS));
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("Kent Police"));

    assertThat(run("export", "--level", "ledger", "--type", "pcc_response", "--out", file.toString(), "--index",
        index)).isEqualTo(2);
    assertThat(err).contains("the ledger level takes --report and --force only");
  }

  @Test
  void compareShowsHowManyRecommendationsEachResponseAddresses() {
    assertThat(run("compare", "--report", TITLE, "--index", index)).isZero();
    assertThat(out).containsPattern("Kent Police .* 2 of 3 +kent.txt");
    assertThat(out).containsPattern("Essex Police .* 0 of 3 +essex.txt");
  }
}

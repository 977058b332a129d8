package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.cli.Main;
import org.oversight.extract.Extractor;
import org.oversight.ingest.Ingest;
import org.oversight.model.Json;

/**
 * The issue's fixture end to end: the report "Answering the call" (four forces, five recommendations, two areas for
 * improvement) and three responses written as files, ingested through the real pipeline (extraction, CoreNLP, the
 * domain rules, the index), then the ledger read back: every cell of {@code fixture/expected-ledger.tsv} with its cited
 * passage, coverage of 5, 3 and 0 of 5, and Lincolnshire with no response in the corpus.
 *
 * <p>The responses are typed and linked to the report by the extractor's own rules: each carries the heading a real
 * response carries ("Response to HMICFRS report: &lt;full title&gt;"), its date and its signature block.
 */
class LedgerFixtureTest {
  static final String TITLE = "Answering the call: an inspection of how four police forces handle calls from the public";
  static final List<String> FILES = List.of("answering-the-call-report.txt", "answering-the-call-dorset.txt",
      "answering-the-call-essex.txt", "answering-the-call-greater-manchester.txt");

  @TempDir static Path dir;
  static Path index;
  static Ledger ledger;

  @BeforeAll
  static void ingestTheFixture() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String f : FILES) Files.writeString(corpus.resolve(f), LedgerData.text("fixture/" + f));
    index = dir.resolve("index");
    Ingest.Report run = new Ingest(new Ingest.Options(index, 2, Extractor.DEFAULT_MAX_BYTES), SharedAnnotator::get)
        .run(List.of(corpus), new Ingest.Listener() {});
    assertThat(run.failures()).isEmpty();
    assertThat(run.added()).isEqualTo(4);
    try (Searcher s = Searcher.open(index)) {
      ledger = s.ledgers().ledger("answering the call");
    }
  }

  @Test
  void theReportIsAboutTheFourForcesItNamesAndItsRecommendationsComeFromItself() {
    assertThat(ledger.report()).isEqualTo(TITLE);
    assertThat(ledger.published()).isEqualTo("2024-09-12");
    assertThat(ledger.publishedBasis()).isEqualTo("the report itself (answering-the-call-report.txt)");
    assertThat(ledger.deadline()).isEqualTo("2024-11-06");
    assertThat(ledger.whoMustRespond().rule()).isEqualTo("named_forces");
    assertThat(ledger.whoMustRespond().forces()).containsExactly("Dorset Police", "Essex Police",
        "Greater Manchester Police", "Lincolnshire Police");
    assertThat(ledger.recommendationsFrom()).isEqualTo("the report itself (answering-the-call-report.txt)");
    assertThat(ledger.recommendations()).extracting(Ledger.Recommendation::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(ledger.recommendations()).allSatisfy(r -> {
      assertThat(r.text()).startsWith("Recommendation " + r.number() + ": By ");
      assertThat(r.addressee()).isEqualTo("chief constables");
    });
    assertThat(ledger.areasForImprovement()).extracting(Ledger.Area::number, Ledger.Area::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "Area for improvement 1: The forces should tell callers when "
            + "attendance will be delayed, and why."),
        org.assertj.core.groups.Tuple.tuple(2, "Area for improvement 2: The forces should give call handlers "
            + "regular access to wellbeing support."));
  }

  @Test
  void eachResponseIsTimedAndCountedFiveThreeAndNoneOfFive() {
    assertThat(ledger.responses()).extracting(Ledger.Response::force, Ledger.Response::signer,
        Ledger.Response::status, Ledger.Response::addressed, Ledger.Response::recommendations).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Dorset Police", "Caroline Meade", "on_time", 5, 5),
            org.assertj.core.groups.Tuple.tuple("Essex Police", "Jonathan Hale", "on_time", 0, 5),
            org.assertj.core.groups.Tuple.tuple("Greater Manchester Police", "Hannah Doyle", "late", 3, 5),
            org.assertj.core.groups.Tuple.tuple("Lincolnshire Police", null, "no_response", null, 5));
    assertThat(ledger.responses().get(2).addressedNumbers()).containsExactly(1, 2, 4);
    Ledger.Response lincolnshire = ledger.responses().get(3);
    assertThat(lincolnshire.body()).isEqualTo("Police and Crime Commissioner for Lincolnshire");
    assertThat(lincolnshire.timing()).isEqualTo("no response found in the corpus");
    assertThat(lincolnshire.date()).isNull();
  }

  @Test
  void everyCellIsAsTheFixtureSaysWithItsCitedPassage() {
    List<String[]> expected = LedgerData.rows("fixture/expected-ledger.tsv");
    assertThat(expected).hasSize(20);
    for (String[] e : expected) {
      String force = e[0];
      Ledger.Response response = ledger.responses().stream().filter(r -> force.equals(r.force())).findFirst()
          .orElseThrow();
      assertThat(response.body()).as(force).isEqualTo(e[1]);
      if (e[2].isEmpty()) {
        assertThat(response.status()).as(force).isEqualTo("no_response");
      } else {
        assertThat(response.date()).as(force).isEqualTo(e[2]);
        assertThat(response.days()).as(force).isEqualTo(Long.parseLong(e[3]));
        assertThat(response.daysLate()).as(force).isEqualTo(Long.parseLong(e[4]));
        assertThat(response.onTime()).as(force).isEqualTo(e[5].equals("yes"));
        assertThat(response.dateBasis()).isEqualTo("the date the response bears");
      }
      int number = Integer.parseInt(e[6]);
      Ledger.Cell cell = ledger.recommendations().get(number - 1).cells().stream()
          .filter(c -> force.equals(c.force())).findFirst().orElseThrow();
      String what = force + ", recommendation " + number;
      assertThat(cell.body()).as(what).isEqualTo(e[1]);
      assertThat(cell.status()).as(what).isEqualTo(e[7]);
      if (e[7].equals("addressed")) {
        assertThat(cell.passage()).as(what).isEqualTo(Integer.parseInt(e[8]));
        assertThat(cell.text()).as(what).startsWith(e[9].strip());
        assertThat(cell.page()).as(what).isZero();
        assertThat(cell.score()).as(what).isBetween(RecommendationMatcher.THRESHOLD, 1.0);
        assertThat(cell.how()).as(what).isEqualTo("words");
        assertThat(cell.citations()).as(what + ": one passage each").hasSize(1);
      } else {
        assertThat(cell.passage()).as(what).isNull();
        assertThat(cell.text()).as(what).isNull();
        assertThat(cell.score()).as(what).isNull();
      }
    }
  }

  @Test
  void theCommandLinePrintsTheLedgerAsJsonWithTheIssuesKeysAndTheOverdueBodies() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "ledger", "--report", "answering the call",
        "--index", index.toString(), "--format", "json")).isZero();
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertThat(names(json)).contains("report", "published", "deadline", "responses", "recommendations",
        "areas_for_improvement");
    assertThat(names(json.path("responses").get(0))).contains("force", "body", "signer", "date", "days",
        "days_late", "on_time", "status", "addressed", "recommendations");
    assertThat(names(json.path("recommendations").get(0))).contains("number", "text", "addressee", "cells");
    assertThat(names(json.path("recommendations").get(0).path("cells").get(0))).contains("force", "status",
        "passage", "page", "score");
    JsonNode gmp = json.path("responses").get(2);
    assertThat(gmp.path("body").asText()).isEqualTo("Mayor of Greater Manchester");
    assertThat(gmp.path("days").asLong()).isEqualTo(58);
    assertThat(gmp.path("days_late").asLong()).isEqualTo(2);
    assertThat(gmp.path("on_time").asBoolean()).isFalse();
    assertThat(gmp.path("addressed").asInt()).isEqualTo(3);
    assertThat(gmp.path("recommendations").asInt()).isEqualTo(5);
    JsonNode dorset1 = json.path("recommendations").get(0).path("cells").get(0);
    assertThat(dorset1.path("force").asText()).isEqualTo("Dorset Police");
    assertThat(dorset1.path("status").asText()).isEqualTo("addressed");
    assertThat(dorset1.path("passage").asInt()).isEqualTo(5);
    assertThat(json.path("recommendations").get(0).path("cells").get(3).path("status").asText())
        .isEqualTo("no_response");

    List<String> overdue = new ArrayList<>();
    out.getBuffer().setLength(0);
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "overdue", "--as-of", "2024-12-01", "--index",
        index.toString(), "--format", "json")).isZero();
    for (JsonNode row : Json.MAPPER.readTree(out.toString())) {
      overdue.add(row.path("force").asText() + " " + row.path("body").asText() + " " + row.path("days_overdue"));
      assertThat(names(row)).contains("report", "published", "deadline", "force", "body", "days_overdue");
    }
    assertThat(overdue).containsExactly("Lincolnshire Police Police and Crime Commissioner for Lincolnshire 25");
  }

  private static Set<String> names(JsonNode node) {
    Set<String> out = new TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

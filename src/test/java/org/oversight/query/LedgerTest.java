package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.groups.Tuple;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;

/**
 * The section 55 ledger on indexes made by hand: who must respond by each rule, the recommendations from the report or
 * from the documents quoting it, a cell of each status, and the overdue list. The end-to-end case through the real
 * pipeline is {@link LedgerFixtureTest}.
 */
class LedgerTest {
  @TempDir Path dir;

  static final String TITLE = "Holding the line: how three forces handle public order";

  /** A report about Kent, Essex and Surrey published 1 February 2024, with three recommendations and an area for improvement. */
  static DocumentBuilder report() {
    return DocumentBuilder.document("report.txt").type(DocType.HMICFRS_REPORT).date("2024-02-01")
        .report(TITLE, "2024-02-01").force("Kent Police").force("Essex Police").force("Surrey Police")
        .passage(TITLE)
        .passage("We inspected how Kent Police, Essex Police and Surrey Police plan for protests.")
        .passage("Recommendations")
        .recommendation("Recommendation 1: By 31 December 2024, chief constables should train every public order "
            + "commander in the law on protest.", "chief constables", "By 31 December 2024", "2024-12-31")
        .recommendation("Recommendation 2: By 31 December 2024, chief constables should record the reasons for "
            + "every dispersal order.", "chief constables", "By 31 December 2024", "2024-12-31")
        .recommendation("Recommendation 3: By 30 June 2025, chief constables should publish how many officers are "
            + "available for mutual aid each month.", "chief constables", "By 30 June 2025", "2025-06-30")
        .passage("Areas for improvement")
        .areaForImprovement("Forces should debrief officers after every large event.")
        .passage("Conclusion");
  }

  /** Kent, on day 40: recommendation 1 by number, recommendation 2 in its own words. */
  static DocumentBuilder kent() {
    return DocumentBuilder.response("kent.txt", "Kent Police", "2024-03-11").report(TITLE, null)
        .author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
        .passage("Response to HMICFRS report: " + TITLE)
        .passage("I welcome this report.")
        .passage("On recommendation 1, every commander will have completed the course by the autumn.")
        .passage("Inspectors now check that the reasons for each dispersal order are recorded on the log.")
        .passage("Yours sincerely");
  }

  /** Essex, on day 68 (12 days late), addressing none of them. */
  static DocumentBuilder essex() {
    return DocumentBuilder.response("essex.txt", "Essex Police", "2024-04-08").report(TITLE, null)
        .author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
        .passage("Response to HMICFRS report: " + TITLE)
        .passage("The Chief Constable has accepted all the recommendations.");
  }

  private Searcher index(DocumentBuilder... docs) throws Exception {
    return TestIndexes.build(dir, java.util.Arrays.stream(docs).map(DocumentBuilder::build).toList());
  }

  @Test
  void aReportAboutAFewForcesIsOwedResponsesByTheirBodiesAndEachCellSaysWhatTheResponseSays() throws Exception {
    try (Searcher s = index(report(), kent(), essex())) {
      Ledger l = s.ledgers().ledger("holding the line");

      assertThat(l.published()).isEqualTo("2024-02-01");
      assertThat(l.deadline()).isEqualTo("2024-03-27");
      assertThat(l.whoMustRespond().rule()).isEqualTo("named_forces");
      assertThat(l.whoMustRespond().forces()).containsExactly("Essex Police", "Kent Police", "Surrey Police");
      assertThat(l.whoMustRespond().reason()).contains("the 3 forces the report names");
      assertThat(l.recommendationsFrom()).isEqualTo("the report itself (report.txt)");

      assertThat(l.responses()).extracting(Ledger.Response::force, Ledger.Response::body, Ledger.Response::status,
          Ledger.Response::addressed).containsExactly(
              Tuple.tuple("Essex Police", "Police, Fire and Crime Commissioner for Essex",
                  "late", 0),
              Tuple.tuple("Kent Police", "Police and Crime Commissioner for Kent", "on_time",
                  2),
              Tuple.tuple("Surrey Police", "Police and Crime Commissioner for Surrey",
                  "no_response", null));
      Ledger.Response essex = l.responses().get(0);
      assertThat(essex.days()).isEqualTo(68L);
      assertThat(essex.daysLate()).isEqualTo(12L);
      assertThat(essex.onTime()).isFalse();
      assertThat(essex.signer()).isEqualTo("Thomas Reedman");
      assertThat(essex.dateBasis()).isEqualTo("the date the response bears");
      Ledger.Response kent = l.responses().get(1);
      assertThat(kent.days()).isEqualTo(40L);
      assertThat(kent.recommendations()).isEqualTo(3);
      assertThat(kent.addressedNumbers()).containsExactly(1, 2);
      assertThat(l.responses().get(2).timing()).isEqualTo("no response found in the corpus");

      assertThat(l.recommendations()).extracting(Ledger.Recommendation::number).containsExactly(1, 2, 3);
      Ledger.Recommendation first = l.recommendations().get(0);
      assertThat(first.addressee()).isEqualTo("chief constables");
      assertThat(first.cells()).extracting(Ledger.Cell::force).containsExactly("Essex Police", "Kent Police",
          "Surrey Police");
      assertThat(first.cells()).extracting(Ledger.Cell::status).containsExactly("not_found", "addressed",
          "no_response");
      Ledger.Cell byNumber = first.cells().get(1);
      assertThat(byNumber.passage()).isEqualTo(2);
      assertThat(byNumber.page()).isZero();
      assertThat(byNumber.score()).isEqualTo(1.0);
      assertThat(byNumber.how()).isEqualTo("number");
      assertThat(byNumber.text()).startsWith("On recommendation 1,");
      assertThat(byNumber.file()).isEqualTo("kent.txt");
      Ledger.Cell byWords = l.recommendations().get(1).cells().get(1);
      assertThat(byWords.status()).isEqualTo("addressed");
      assertThat(byWords.passage()).isEqualTo(3);
      assertThat(byWords.how()).isEqualTo("words");
      assertThat(byWords.score()).isBetween(RecommendationMatcher.THRESHOLD, 1.0);
      assertThat(l.recommendations().get(2).cells()).extracting(Ledger.Cell::status)
          .containsExactly("not_found", "not_found", "no_response");

      assertThat(l.areasForImprovement()).singleElement().satisfies(a -> {
        assertThat(a.text()).isEqualTo("Forces should debrief officers after every large event.");
        assertThat(a.number()).isEqualTo(1);
      });
      assertThat(l.notes()).anyMatch(n -> n.startsWith("absence from the corpus is not proof of non-compliance"))
          .anyMatch(n -> n.startsWith("a response's own date stands in for its publication date unless the page"));
    }
  }

  @Test
  void aResponseFromAForceTheReportDoesNotNameIsShownButNotCounted() throws Exception {
    DocumentBuilder sussex = DocumentBuilder.response("sussex.txt", "Sussex Police", "2024-03-01")
        .report(TITLE, null).passage("Recommendation 3 is a matter for the force, which already publishes it.");
    try (Searcher s = index(report(), kent(), sussex)) {
      Ledger l = s.ledgers().ledger(TITLE);
      Ledger.Response r = l.responses().stream().filter(x -> "Sussex Police".equals(x.force())).findFirst()
          .orElseThrow();
      assertThat(r.required()).isFalse();
      assertThat(r.addressedNumbers()).containsExactly(3);
      assertThat(l.recommendations().get(2).cells()).extracting(Ledger.Cell::force).containsExactly("Essex Police",
          "Kent Police", "Surrey Police", "Sussex Police");
      assertThat(l.responses()).filteredOn(x -> "Essex Police".equals(x.force())).singleElement()
          .satisfies(x -> assertThat(x.status()).isEqualTo("no_response"));
    }
  }

  @Test
  void aReportThatSpeaksOfEveryForceIsNationalWhateverForcesItNames() throws Exception {
    DocumentBuilder national = report().passage("We examined how forces in England and Wales plan for protests.");
    try (Searcher s = index(national)) {
      Ledger.Respondents who = s.ledgers().ledger(TITLE).whoMustRespond();
      assertThat(who.rule()).isEqualTo("national");
      assertThat(who.forces()).hasSize(43);
      assertThat(who.reason()).contains("\"forces in England and Wales\"");
    }
  }

  @Test
  void aReportThatLookedAtMoreForcesThanItNamesIsNational() throws Exception {
    DocumentBuilder sample = report().passage("We inspected eight forces, among them the three named above.");
    try (Searcher s = index(sample)) {
      Ledger.Respondents who = s.ledgers().ledger(TITLE).whoMustRespond();
      assertThat(who.rule()).isEqualTo("national");
      assertThat(who.reason()).contains("\"eight forces\"", "names 3");
    }
  }

  @Test
  void aReportAboutOneForceIsOwedOneResponse() throws Exception {
    DocumentBuilder peel = DocumentBuilder.document("peel.txt").type(DocType.HMICFRS_REPORT).date("2024-02-01")
        .report("PEEL 2023-25: an inspection of Dorset Police", "2024-02-01").primaryForce("Dorset Police")
        .force("Hampshire and Isle of Wight Constabulary").passage("Like all forces, Dorset Police must vet its officers again every ten years.");
    try (Searcher s = index(peel)) {
      Ledger.Respondents who = s.ledgers().ledger("PEEL 2023-25").whoMustRespond();
      assertThat(who.rule()).isEqualTo("one_force");
      assertThat(who.forces()).containsExactly("Dorset Police");
      assertThat(who.reason()).isEqualTo("about one force: Dorset Police (the report's primary force)");
    }
  }

  @Test
  void withoutTheReportTheForceItsTitleNamesIsTheOneDueToRespond() throws Exception {
    String title = "Report on an unannounced inspection visit to police custody suites in North Wales";
    DocumentBuilder news = DocumentBuilder.document("news.txt").type(DocType.NEWS_ARTICLE).date("2024-03-01")
        .report(title, "2024-02-01").primaryForce("North Wales Police")
        .passage("SAMPLE: inspectors found custody in North Wales safe but short of staff.");
    try (Searcher s = index(news)) {
      Ledger l = s.ledgers().ledger(title);
      assertThat(l.whoMustRespond().rule()).isEqualTo("title_forces");
      assertThat(l.whoMustRespond().forces()).containsExactly("North Wales Police");
      assertThat(s.ledgers().overdue(java.time.LocalDate.parse("2024-12-31")).rows())
          .extracting(Overdue.Row::force).containsExactly("North Wales Police");
    }
  }

  @Test
  void withoutTheReportTheRecommendationsComeFromTheDocumentsQuotingThemMergedAndEveryForceIsCounted()
      throws Exception {
    DocumentBuilder letter = DocumentBuilder.document("letter.txt").type(DocType.HMICFRS_LETTER).date("2024-02-05")
        .report(TITLE, "2024-02-01").primaryForce("Kent Police")
        .passage("Dear Chief Constable")
        .recommendation("Recommendation 2: By 31 December 2024, chief constables should record the reasons for "
            + "every dispersal order.", "chief constables", "By 31 December 2024", "2024-12-31");
    DocumentBuilder quoting = DocumentBuilder.response("surrey.txt", "Surrey Police", "2024-03-20")
        .report(TITLE, "2024-02-01")
        .recommendation("HMICFRS recommended that chief constables should record the reasons for every dispersal "
            + "order.", "chief constables", null, null)
        .passage("Surrey Police now records them on the incident log, and my office audits a sample.")
        .recommendation("Area for improvement 2: Forces should debrief officers after every large event.", null,
            null, null);
    try (Searcher s = index(letter, quoting)) {
      Ledger l = s.ledgers().ledger(TITLE);
      assertThat(l.whoMustRespond().rule()).isEqualTo("national_fallback");
      assertThat(l.whoMustRespond().reason()).startsWith("report not in the corpus");
      assertThat(l.whoMustRespond().forces()).hasSize(43);
      assertThat(l.published()).isEqualTo("2024-02-01");
      assertThat(l.recommendationsFrom()).startsWith("quoted in 2 documents about the report (letter.txt, "
          + "surrey.txt)");
      assertThat(l.recommendations()).singleElement().satisfies(r -> {
        assertThat(r.number()).isEqualTo(2);
        assertThat(r.text()).startsWith("Recommendation 2:");
        assertThat(r.sources()).containsExactly("letter.txt", "surrey.txt");
        assertThat(r.cells()).hasSize(43);
        Ledger.Cell surrey = r.cells().stream().filter(c -> c.force().equals("Surrey Police")).findFirst()
            .orElseThrow();
        assertThat(surrey.status()).isEqualTo("addressed");
        assertThat(surrey.how()).isEqualTo("after quote");
        assertThat(surrey.passage()).isEqualTo(1);
      });
      assertThat(l.areasForImprovement()).singleElement().satisfies(a -> assertThat(a.number()).isEqualTo(2));
      assertThat(l.responses()).hasSize(43);
      assertThat(l.responses().get(0).force()).isEqualTo("Surrey Police");
      assertThat(l.responses().get(0).status()).isEqualTo("on_time");
    }
  }

  @Test
  void recommendationsTheReportDoesNotNumberAreNumberedInItsOrderAndSaidSo() throws Exception {
    DocumentBuilder unnumbered = DocumentBuilder.document("report.txt").type(DocType.HMICFRS_REPORT)
        .date("2024-02-01").report(TITLE, "2024-02-01").primaryForce("Kent Police")
        .recommendation("We recommend that within six months the force should train every public order commander.",
            "the force", "within six months", "2024-08-01")
        .recommendation("We recommend that within six months the force should publish its mutual aid figures.",
            "the force", "within six months", "2024-08-01");
    DocumentBuilder kent = DocumentBuilder.response("kent.txt", "Kent Police", "2024-03-11").report(TITLE, null)
        .passage("The second recommendation is met: the figures are on the force's website.");
    try (Searcher s = index(unnumbered, kent)) {
      Ledger l = s.ledgers().ledger(TITLE);
      assertThat(l.recommendations()).extracting(Ledger.Recommendation::number).containsExactly(1, 2);
      assertThat(l.notes()).contains("the report does not number its recommendations: they are numbered in the "
          + "order it gives them");
      assertThat(l.recommendations().get(1).cells()).singleElement()
          .satisfies(c -> assertThat(c.how()).isEqualTo("number"));
    }
  }

  @Test
  void aReportWithoutAKnownDateHasNoDeadlineAndSaysSo() throws Exception {
    DocumentBuilder essex = DocumentBuilder.response("essex.txt", "Essex Police", "2024-04-08")
        .report("Quiet streets: a look at rural policing", null).passage("I welcome the report.");
    try (Searcher s = index(essex)) {
      Ledger l = s.ledgers().ledger("quiet streets");
      assertThat(l.published()).isNull();
      assertThat(l.deadline()).isNull();
      assertThat(l.responses().get(0).status()).isEqualTo("timing_unknown");
      assertThat(l.responses().get(0).timing()).isEqualTo("report date unknown");
      assertThat(l.notes().get(0)).startsWith("report date unknown");
      assertThat(l.recommendationsFrom()).startsWith("none found");
    }
  }

  @Test
  void overdueListsTheBodiesWithNoResponseOnlyOnceThePeriodHasEnded() throws Exception {
    try (Searcher s = index(report(), kent(), essex())) {
      Ledgers ledgers = s.ledgers();
      assertThat(ledgers.overdue(LocalDate.parse("2024-03-27")).rows()).as("the deadline day is still in time")
          .isEmpty();

      Overdue o = ledgers.overdue(LocalDate.parse("2024-04-01"));
      assertThat(o.asOf()).isEqualTo("2024-04-01");
      assertThat(o.rows()).as("Essex's response is dated after the day asked about").extracting(
          Overdue.Row::force, Overdue.Row::body, Overdue.Row::daysOverdue).containsExactly(
              Tuple.tuple("Essex Police", "Police, Fire and Crime Commissioner for Essex",
                  5L),
              Tuple.tuple("Surrey Police", "Police and Crime Commissioner for Surrey", 5L));
      Overdue.Row surrey = o.rows().get(1);
      assertThat(surrey.report()).isEqualTo(TITLE);
      assertThat(surrey.published()).isEqualTo("2024-02-01");
      assertThat(surrey.deadline()).isEqualTo("2024-03-27");
      assertThat(surrey.rule()).isEqualTo("named_forces");

      assertThat(ledgers.overdue(LocalDate.parse("2024-06-01")).rows()).as("a force with a response is not listed")
          .singleElement().satisfies(r -> {
            assertThat(r.force()).isEqualTo("Surrey Police");
            assertThat(r.daysOverdue()).isEqualTo(66L);
          });
    }
  }

  @Test
  void overdueLeavesOutReportsWhoseDateIsNotKnownToTheDay() throws Exception {
    DocumentBuilder essex = DocumentBuilder.response("essex.txt", "Essex Police", "2024-04-08")
        .report("Quiet streets: a look at rural policing", "2024-01").passage("I welcome the report.");
    try (Searcher s = index(essex)) {
      Overdue o = s.ledgers().overdue(LocalDate.parse("2025-01-01"));
      assertThat(o.rows()).isEmpty();
      assertThat(o.undated()).containsExactly("Quiet streets: a look at rural policing");
    }
  }

  @Test
  void compareCountsTheRecommendationsEachResponseAddresses() throws Exception {
    try (Searcher s = index(report(), kent(), essex())) {
      Comparison c = s.crossForce().compare(TITLE, null);
      assertThat(c.rows()).extracting(Comparison.Row::force, Comparison.Row::addressed,
          Comparison.Row::recommendations).containsExactly(
              Tuple.tuple("Essex Police", 0, 3),
              Tuple.tuple("Kent Police", 2, 3));
    }
  }

  @Test
  void flatRowsGiveEveryCellWithItsResponse() throws Exception {
    try (Searcher s = index(report(), kent(), essex())) {
      List<Map<String, Object>> rows = Ledgers.rows(s.ledgers().ledger(TITLE));
      assertThat(rows).hasSize(9);
      assertThat(rows.get(0).keySet()).containsExactlyElementsOf(Ledgers.COLUMNS);
      Map<String, Object> kent1 = rows.get(1);
      assertThat(kent1).containsEntry("number", 1).containsEntry("force", "Kent Police")
          .containsEntry("status", "addressed").containsEntry("passage", 2).containsEntry("score", 1.0)
          .containsEntry("signer", "Margaret Ellison").containsEntry("days", 40L).containsEntry("file", "kent.txt")
          .containsEntry("required", true);
      assertThat(rows.get(2)).containsEntry("force", "Surrey Police").containsEntry("status", "no_response")
          .containsEntry("response_date", null);
    }
  }

  @Test
  void anUnknownOrAmbiguousReportIsRefused() throws Exception {
    DocumentBuilder other = DocumentBuilder.response("x.txt", "Kent Police", "2024-03-11")
        .report("Holding the line: a second look", null).passage("x");
    try (Searcher s = index(report(), other)) {
      assertThatThrownBy(() -> s.ledgers().ledger("no such report")).isInstanceOf(QueryException.class)
          .hasMessageStartingWith("no report matches 'no such report'");
      assertThatThrownBy(() -> s.ledgers().ledger("holding the line")).isInstanceOf(QueryException.class)
          .hasMessageContaining("is ambiguous; it fits 2 reports");
    }
  }
}

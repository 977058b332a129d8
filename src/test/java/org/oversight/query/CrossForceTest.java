package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three forces and one report: Kent answered on time, Essex late, Surrey not at all (it answered another report).
 * Only Kent's response states when the report was published.
 */
public class CrossForceTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    searcher = TestIndexes.build(dir, List.of(TestIndexes.kent("kent.txt", "June").build(), TestIndexes.essex().build(),
        TestIndexes.surrey().build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void compareShowsEachResponseItsTimelinessAndTheForcesMissing() throws Exception {
    Comparison c = searcher.crossForce().compare("crime recording in policing", null);

    assertThat(c.report()).isEqualTo("Keeping count: crime recording in policing");
    assertThat(c.published()).isEqualTo("2030-03-14");
    assertThat(c.publishedBasis()).isEqualTo("1 document that states it");
    assertThat(c.deadline()).isEqualTo("2030-05-08");
    assertThat(c.rows()).hasSize(2);
    Comparison.Row essex = c.rows().get(0);
    assertThat(essex.force()).isEqualTo("Essex Police");
    assertThat(essex.responder()).isEqualTo("Thomas Reedman");
    assertThat(essex.role()).isEqualTo("Police, Fire and Crime Commissioner");
    assertThat(essex.date()).isEqualTo("2030-05-20");
    assertThat(essex.days()).as("publication day is day 1").isEqualTo(68L);
    assertThat(essex.daysLate()).isEqualTo(12L);
    assertThat(essex.withinDeadline()).isFalse();
    assertThat(essex.file()).isEqualTo("essex.txt");
    assertThat(essex.id()).hasSize(64);
    assertThat(essex.passages()).singleElement().asString().contains("<b>recommendation</b>");
    Comparison.Row kent = c.rows().get(1);
    assertThat(kent.force()).isEqualTo("Kent Police");
    assertThat(kent.responder()).isEqualTo("Margaret Ellison");
    assertThat(kent.role()).isEqualTo("Police and Crime Commissioner");
    assertThat(kent.date()).isEqualTo("2030-04-02");
    assertThat(kent.days()).isEqualTo(20L);
    assertThat(kent.daysLate()).isZero();
    assertThat(kent.withinDeadline()).isTrue();
    assertThat(kent.file()).isEqualTo("kent.txt");
    assertThat(kent.passages()).first().asString().contains("<b>recommended</b>");

    assertThat(c.missing()).hasSize(41).contains("Surrey Police").doesNotContain("Kent Police", "Essex Police");
  }

  @Test
  void aQueryChoosesThePassagesShown() throws Exception {
    Comparison c = searcher.crossForce().compare("Keeping count: crime recording in policing", "june");
    assertThat(c.rows()).filteredOn(r -> r.force().equals("Kent Police")).singleElement()
        .satisfies(r -> assertThat(r.passages()).containsExactly(
            "The force will finish its audit of crime recording by <b>June</b>."));
    assertThat(c.rows()).filteredOn(r -> r.force().equals("Essex Police")).singleElement()
        .satisfies(r -> assertThat(r.passages()).isEmpty());
  }

  @Test
  void anAmbiguousFragmentListsTheCandidates() {
    assertThatThrownBy(() -> searcher.crossForce().compare("keeping count", null))
        .isInstanceOf(QueryException.class)
        .hasMessage("report 'keeping count' is ambiguous; it fits 2 reports: Keeping count: crime recording in "
            + "custody | Keeping count: crime recording in policing");
    assertThatThrownBy(() -> searcher.crossForce().compare("stop and search", null))
        .hasMessageContaining("no report matches 'stop and search'");
  }

  @Test
  void reportsListsEveryReportWithItsResponses() throws Exception {
    assertThat(searcher.crossForce().reports()).extracting(ReportSummary::title, ReportSummary::published,
        r -> r.respondingForces().size(), r -> r.missingForces().size()).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Keeping count: crime recording in policing", "2030-03-14", 2, 41),
        org.assertj.core.groups.Tuple.tuple("Keeping count: crime recording in custody", null, 1, 42));
  }

  @Test
  void searchFiltersByForceAliasReportAndPerson() throws Exception {
    assertThat(searcher.search(new SearchRequest("audit", filter(null, "Essex", null, null), 10, 5)).hits())
        .extracting(SearchHit::file).containsOnly("essex.txt");
    assertThat(searcher.search(new SearchRequest("", filter(null, null, "custody", null), 20, 20)).hits())
        .extracting(SearchHit::file).containsOnly("surrey.txt");
    assertThat(searcher.search(new SearchRequest("", filter(null, null, null, "ellison"), 20, 20)).hits())
        .extracting(SearchHit::file).containsOnly("kent.txt");
    assertThatThrownBy(() -> searcher.search(new SearchRequest("x", filter(null, "Atlantis", null, null), 5, 1)))
        .hasMessage("no police force is called 'Atlantis'");
  }

  static Filter filter(String type, String force, String report, String person) throws QueryException {
    return Filter.parse(type, force, report, person, null, null);
  }
}

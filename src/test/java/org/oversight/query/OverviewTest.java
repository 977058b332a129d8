package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.DocType;
import org.junit.jupiter.api.io.TempDir;

/** The cross-force fixture plus the report itself, seen by entity. */
class OverviewTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    searcher = TestIndexes.build(dir, List.of(TestIndexes.kent("kent.txt", "June").build(),
        TestIndexes.essex().build(), TestIndexes.kent("kent-copy.txt", "July").build(),
        TestIndexes.report().build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void recommendationsCarryTheirReportDueDateAndTheForcesThatResponded() throws Exception {
    List<Overview.RecommendationRow> recs = searcher.overview().recommendations(null, null, "chief constables");
    assertThat(recs).filteredOn(r -> r.file().equals("report.txt")).singleElement().satisfies(r -> {
      assertThat(r.report()).isEqualTo("Keeping count: crime recording in policing");
      assertThat(r.deadline()).isEqualTo("Within six months");
      assertThat(r.due()).isEqualTo("2030-09-14");
      assertThat(r.referredBy()).containsExactly("Essex Police", "Kent Police");
    });
    assertThat(searcher.overview().recommendations(null, null, "home office")).isEmpty();
  }

  @Test
  void peopleAreMergedAcrossDocumentsWithWhatTheySigned() throws Exception {
    assertThat(searcher.overview().people("commissioner", "Kent")).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Margaret Ellison");
      assertThat(p.roles()).containsExactly("Police and Crime Commissioner");
      assertThat(p.signed()).containsExactly("kent-copy.txt", "kent.txt");
    });
  }

  @Test
  void forcesAndTimeline() throws Exception {
    assertThat(searcher.overview().forces()).filteredOn(f -> f.force().equals("Kent Police")).singleElement()
        .satisfies(f -> {
          assertThat(f.documentsByType()).isEqualTo(Map.of("pcc_response", 2));
          assertThat(f.latestDate()).isEqualTo("2030-04-02");
          assertThat(f.commissioners()).containsExactly("Margaret Ellison");
        });
    assertThat(searcher.overview().timeline("Essex")).extracting(Overview.Event::date, Overview.Event::event)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2030-03-14", "report published"),
            org.assertj.core.groups.Tuple.tuple("2030-05-20", "response"));
    assertThat(searcher.overview().timeline("Essex")).last().extracting(Overview.Event::detail).asString()
        .startsWith("day 68 of 56, 12 days late: Keeping count");
    assertThatThrownBy(() -> searcher.overview().timeline("Atlantis")).isInstanceOf(QueryException.class);
  }

  @Test
  void aForcesTimelineHoldsOnlyTheDeadlinesThatMayBeItsOwn(@TempDir Path own) throws Exception {
    var letter = DocumentBuilder.document("national.txt").type(DocType.HMICFRS_REPORT).date("2030-01-10")
        .report("SAMPLE: a national inspection", "2030-01-10").force("Kent Police").force("Essex Police")
        .passage("SAMPLE: we inspected Kent Police and Essex Police among others.")
        .recommendation("By 1 March 2030, the College of Policing should revise its guidance.", "College of Policing",
            "By 1 March 2030", "2030-03-01")
        .recommendation("By 1 April 2030, chief constables should audit their records.", "chief constables",
            "By 1 April 2030", "2030-04-01")
        .recommendation("By 1 May 2030, Essex Police should publish its plan.", "Essex Police", "By 1 May 2030",
            "2030-05-01")
        .build();
    try (Searcher s = TestIndexes.build(own, List.of(letter))) {
      assertThat(s.overview().timeline("Kent")).filteredOn(e -> e.event().equals("recommendation due"))
          .extracting(Overview.Event::date).containsExactly("2030-04-01");
      assertThat(s.overview().timeline("Essex")).filteredOn(e -> e.event().equals("recommendation due"))
          .extracting(Overview.Event::date).containsExactly("2030-04-01", "2030-05-01");
    }
  }

  @Test
  void theNearCopyOfAResponseIsTheMostSimilar() throws Exception {
    String kent = searcher.search(SearchRequest.of("file:kent.txt", 1, 1)).hits().get(0).id();
    assertThat(searcher.overview().similar(kent, 3)).first().extracting(Overview.SimilarRow::file)
        .isEqualTo("kent-copy.txt");
  }
}

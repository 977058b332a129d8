package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;

/** Recommendations in the forms real pages give them, on texts written for these tests (samples). */
class RecommendationTaggerTest {
  @Test
  void itemsListedUnderALineIntroducingRecommendationsAreEachARecommendation() {
    Tags t = TaggingExamples.tag("""
        The inspectorate has made 12 recommendations which include:
        • reviewing how call handlers assess risk;
        • publishing response times every quarter; and
        • training supervisors to check investigation plans.

        Inspectors found:
        • too many calls were abandoned;
        • response times had grown longer.
        """);
    assertThat(t.recommendations()).extracting(Recommendation::text).containsExactly(
        "reviewing how call handlers assess risk", "publishing response times every quarter",
        "training supervisors to check investigation plans");
    assertThat(t.evidenceFor("recommendations")).allSatisfy(e -> assertThat(e.rule()).startsWith("an item listed"));
  }

  @Test
  void aRegisterEntryAndItemsAProgressPaperTracksAsRecommendations() {
    Tags t = TaggingExamples.tag("""
        Counting the cost: police use of overtime (7123)

        By 31 March 2032, all forces should publish their overtime spending.

        [on]4th June 2031 [status]awaiting-review[/status][/on]
        """);
    assertThat(t.recommendations()).extracting(Recommendation::text)
        .containsExactly("By 31 March 2032, all forces should publish their overtime spending.");
    assertThat(t.reportDate()).isEqualTo("2031-06-04");

    Tags tracked = TaggingExamples.tag("""
        The following responses were reported as Red:

        o Custody records to be audited every month. This recommendation is now on track for completion.

        o Officers' use of body cameras was discussed.
        """);
    assertThat(tracked.recommendations()).extracting(Recommendation::text)
        .containsExactly("Custody records to be audited every month.");
  }

  @Test
  void theRecommendingClauseIsTakenWithoutTheFindingBeforeIt() {
    Tags t = TaggingExamples.tag("""
        HMICFRS found that both forces had sound vetting, but recommended that both introduce checks on disproportionality.
        """);
    assertThat(t.recommendations()).extracting(Recommendation::text)
        .containsExactly("recommended that both introduce checks on disproportionality.");
  }

  @Test
  void mentionsOfRecommendationsWithoutTheirContentAreNot() {
    Tags t = TaggingExamples.tag("""
        HMICFRS has made 43 recommendations.

        The College of Policing had a number of recommendations in the report and our actions are summarised below:
        • Vetting guidance
        • Training

        I will monitor progress against the recommendations at my accountability board.
        """);
    assertThat(t.recommendations()).isEmpty();
  }

  @Test
  void aRecommendationCarriesTheSentenceItWasReadFrom() {
    Tags t = TaggingExamples.tag("""
        We recommend that within six months all forces should review how they record stalking.
        """);
    assertThat(t.evidenceFor("recommendations")).singleElement().satisfies(e -> {
      assertThat(e.passage()).isZero();
      assertThat(e.quote()).startsWith("We recommend that");
    });
    assertThat(t.evidenceFor("recommendations")).extracting(Evidence::value)
        .containsExactly(t.recommendations().get(0).text());
  }
}

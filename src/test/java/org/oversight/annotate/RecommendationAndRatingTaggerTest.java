package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Rating;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;

class RecommendationAndRatingTaggerTest {
  @Test
  void statedRecommendationsAreFoundWithAddresseeAndDeadline() {
    Tags t = TaggingExamples.tag("""
        To address this cause of concern, we recommend that within six months, all forces should review their handling of stalking reports. These reviews should include how victims are kept informed.

        Recommendation 4: By 31 March 2023, chief constables should publish their vetting refusal rates.

        In 2021, HMICFRS recommended that the College of Policing should revise its guidance on strip searches.
        """);
    assertThat(t.recommendations()).extracting(Recommendation::addressee, Recommendation::deadline)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("all forces", "within six months"),
            org.assertj.core.groups.Tuple.tuple("chief constables", "By 31 March 2023"),
            org.assertj.core.groups.Tuple.tuple("College of Policing", null));
    assertThat(t.recommendations().get(0).text()).endsWith("how victims are kept informed.");
  }

  @Test
  void sentencesThatOnlyMentionRecommendationsAreNotRecommendations() {
    Tags t = TaggingExamples.tag("""
        This report also makes important recommendations about the value of vetting.

        As for the three recommendations that are for the force, work on each has begun.

        The force will continue to track the two HMICFRS recommendations directed at chief constables.

        Following the recommendation in our 2016 report, most forces made progress.
        """);
    assertThat(t.recommendations()).isEmpty();
  }

  @Test
  void underARecommendationsHeadingWhatSomeoneShouldDoIsARecommendation() {
    Tags t = TaggingExamples.tag("""
        Recommendations

        The force should improve how it records the reasons for its vetting decisions.

        Areas for improvement

        The force should review how it briefs its vetting staff.

        Conclusion

        The force should be proud of its staff.
        """);
    // areas for improvement are not recommendations (shared/eval conventions): they are tagged apart
    assertThat(t.recommendations()).extracting(Recommendation::text)
        .containsExactly("The force should improve how it records the reasons for its vetting decisions.");
    assertThat(t.areasForImprovement()).extracting(Recommendation::text)
        .containsExactly("The force should review how it briefs its vetting staff.");
    assertThat(t.evidenceFor("areas_for_improvement")).singleElement()
        .satisfies(e -> assertThat(e.rule()).contains("'Areas for improvement' heading"));
  }

  @Test
  void listsOfWhatSomeoneShouldDoInTheShapesReportsUse() {
    Tags t = TaggingExamples.tag("""
        Recommendations

        Within six months, the constabulary should:

        - review every open missing person case older than a year;
        - train its call handlers in the risk questions; and
        - publish how quickly it answers 101 calls.
        """);
    assertThat(t.recommendations()).extracting(Recommendation::text).containsExactly(
        "review every open missing person case older than a year",
        "train its call handlers in the risk questions",
        "publish how quickly it answers 101 calls");

    Tags numbered = TaggingExamples.tag("""
        What the inspectors found

        1. By 30 June 2031, chief constables should appoint a lead for hate crime.

        2. The College of Policing should update its guidance on hate crime.

        The force has accepted both.
        """);
    assertThat(numbered.recommendations()).extracting(Recommendation::text).contains(
        "The College of Policing should update its guidance on hate crime.");

    Tags labelled = TaggingExamples.tag("""
        Recommendation 1. Chief constables should publish their response times every month.

        A fair point, though some forces do already.
        """);
    assertThat(labelled.recommendations()).extracting(Recommendation::text).containsExactly(
        "Recommendation 1. Chief constables should publish their response times every month.");

    Tags quoted = TaggingExamples.tag("""
        The inspectorate made one recommendation to address its cause of concern:

        "The force should make sure that every strip search of a child is authorised by an inspector."

        I will ask the Chief Constable how this will be done.
        """);
    assertThat(quoted.recommendations()).extracting(Recommendation::text).containsExactly(
        "The force should make sure that every strip search of a child is authorised by an inspector.");
  }

  @Test
  void anAreaForImprovementLabelledAsOneIsTaggedApartWherever() {
    Tags t = TaggingExamples.tag("""
        Our findings

        Area for improvement 3: The constabulary should make sure supervisors review open cases every month.

        We will return to this in our next inspection.
        """);
    assertThat(t.recommendations()).isEmpty();
    assertThat(t.areasForImprovement()).extracting(Recommendation::text).containsExactly(
        "Area for improvement 3: The constabulary should make sure supervisors review open cases every month.");
  }

  @Test
  void gradesAreReadFromGradingFramesAndTheForceIsResolved() {
    Tags t = TaggingExamples.tag("""
        I am pleased that Dorset Police was judged to be a "good" force at preventing corruption in its ranks.

        The 2017 inspection of Wilts police gave the force an overall rating of 'requires improvement'.

        We graded Gwent Police as outstanding at preventing crime. Cleveland Police requires improvement in responding to the public.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::grade).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Dorset Police", "good"),
        org.assertj.core.groups.Tuple.tuple("Wiltshire Police", "requires improvement"),
        org.assertj.core.groups.Tuple.tuple("Gwent Police", "outstanding"),
        org.assertj.core.groups.Tuple.tuple("Cleveland Police", "requires improvement"));
  }

  @Test
  void informalPraiseIsNotAGrade() {
    Tags t = TaggingExamples.tag("""
        Dorset Police has an effective counter-corruption unit and it was a good inspection overall.

        The commissioner said the result was good news for Dorset Police.
        """);
    assertThat(t.ratings()).isEmpty();
  }

  @Test
  void aPeriodDeadlineIsDueCountedFromTheReportsPublication() {
    Tags t = TaggingExamples.tag("""
        Shining a light on betrayal: Abuse of position for a sexual purpose

        Published on: 27 September 2019

        We recommend that within six months all forces should review their counter-corruption capacity.

        Recommendation 2: By 31 March 2020, chief constables should report their progress.
        """);
    assertThat(t.recommendations()).extracting(Recommendation::due).containsExactly("2020-03-27", "2020-03-31");
  }
}

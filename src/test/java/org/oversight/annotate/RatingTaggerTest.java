package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Rating;
import org.oversight.model.Tags;

/** Grades read from the forms real pages give them in, on texts written for these tests (samples). */
class RatingTaggerTest {
  @Test
  void countsOfAreasGivenEachGrade() {
    Tags t = TaggingExamples.tag("""
        Inspectors graded Suffolk Constabulary across nine areas and found the force was 'inadequate' in two areas, 'requires improvement' in three, 'adequate' in three and 'good' in one.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::grade, Rating::count).containsExactlyInAnyOrder(
        tuple("Suffolk Constabulary", "inadequate", 2), tuple("Suffolk Constabulary", "requires improvement", 3),
        tuple("Suffolk Constabulary", "adequate", 3), tuple("Suffolk Constabulary", "good", 1));
    assertThat(t.ratings()).allSatisfy(r -> assertThat(r.area()).isNull());
  }

  @Test
  void aGradeIsOverallOnlyWhereTheTextSaysSo() {
    Tags t = TaggingExamples.tag("""
        The 2017 inspection of Wilts police gave the force an overall rating of 'requires improvement'.

        In its vetting work, Surrey Police was graded adequate.

        Inspectors found that Kent Police was 'good' overall.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::area, Rating::grade).containsExactlyInAnyOrder(
        tuple("Wiltshire Police", "overall", "requires improvement"), tuple("Surrey Police", null, "adequate"),
        tuple("Kent Police", "overall", "good"));
  }

  @Test
  void listsOfAreasAndGradesUnderTheForceTheyGrade() {
    Tags t = TaggingExamples.tag("""
        The inspection of Warwickshire Police graded the force as follows:

        Investigating crime: Requires improvement
        Responding to the public: Adequate
        Outstanding – in treating the public fairly

        The force was not graded inadequate in any area.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::area, Rating::grade).containsExactlyInAnyOrder(
        tuple("Warwickshire Police", "Investigating crime", "requires improvement"),
        tuple("Warwickshire Police", "Responding to the public", "adequate"),
        tuple("Warwickshire Police", "treating the public fairly", "outstanding"));
    assertThat(t.evidenceFor("ratings")).extracting(Evidence::rule).contains("a list of areas and grades");
  }

  @Test
  void aGradeHeadingOverItsAreasAndAFlattenedGradeTable() {
    Tags t = TaggingExamples.tag("""
        Merseyside Police received the following gradings:

        Good
        Preventing crime
        Adequate
        Managing offenders

        Area Grade
        Protecting vulnerable people Requires improvement
        Leadership and force management Outstanding
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::grade).containsExactlyInAnyOrder(
        tuple("Merseyside Police", "good"), tuple("Merseyside Police", "adequate"),
        tuple("Merseyside Police", "requires improvement"), tuple("Merseyside Police", "outstanding"));
  }

  @Test
  void gradesGivenToListsOfForcesAndToTheForceJustNamed() {
    Tags t = TaggingExamples.tag("""
        Essex and Thames Valley Police (TVP) were each graded 'outstanding' for vetting, whereas Durham received an 'inadequate' rating.

        Inspectors rated Surrey Police as good at investigating crime. It requires improvement in answering calls.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::grade).containsExactlyInAnyOrder(
        tuple("Essex Police", "outstanding"), tuple("Thames Valley Police", "outstanding"),
        tuple("Durham Constabulary", "inadequate"), tuple("Surrey Police", "good"),
        tuple("Surrey Police", "requires improvement"));
  }

  @Test
  void theScaleAsVocabularyInformalPraiseAndAChangedGradeAreNotRatings() {
    Tags t = TaggingExamples.tag("""
        Forces are graded as outstanding, good, adequate, requires improvement or inadequate, with 'outstanding' the highest grade.

        Thames Valley Police made good progress and it was a good inspection, with barely adequate record keeping.

        The grade for Thames Valley Police's crime recording was changed from 'adequate' to 'requires improvement'.
        """);
    assertThat(t.ratings()).extracting(Rating::force, Rating::grade)
        .containsExactly(tuple("Thames Valley Police", "requires improvement"));
  }
}

package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Tags;

/** Document dates, report titles and report dates as real pages state them, on texts written for these tests. */
class DatesAndTitlesByGenreTest {
  @Test
  void aReleaseSayingTheReportWasPublishedTodayDatesBoth() {
    Tags t = TaggingExamples.tag("""
        Commissioner responds to inspection of Essex Police

        The report, published today (Tuesday 4 March 2031), grades the force good in six areas.
        """);
    assertThat(t.documentDate()).isEqualTo("2031-03-04");
    assertThat(t.reportDate()).isEqualTo("2031-03-04");
    assertThat(t.evidenceFor("document_date")).singleElement().extracting(Evidence::rule).asString()
        .contains("today");
  }

  @Test
  void pageDatesInTheFormsPagesWriteThem() {
    assertThat(TaggingExamples.tag(" date 2031-06-30 Force placed in special measures\n\nThe force was moved into Engage.")
        .documentDate()).isEqualTo("2031-06-30");
    assertThat(TaggingExamples.tag("March 17, 2031 9.00 am\n\nForce told to improve\n\nThe force must improve.")
        .documentDate()).isEqualTo("2031-03-17");
    assertThat(TaggingExamples.tag("Force statement\n\nThis page was last updated on\n27-Nov-2030 9:47\n\nWe welcome the report.")
        .documentDate()).isEqualTo("2030-11-27");
    assertThat(TaggingExamples.tag("Author: Lewis HarteUpdated 21 October 2031\n\nForce's chief responds to report.")
        .documentDate()).isEqualTo("2031-10-21");
  }

  @Test
  void aDateWithoutAYearIsNoDate() {
    Tags t = TaggingExamples.tag("""
        Commissioner responds to inspection

        The report was published today (14 October) and the Commissioner will discuss it on 3 November.
        """);
    assertThat(t.documentDate()).isNull();
    assertThat(t.reportDate()).isNull();
  }

  @Test
  void peelReportsAreNamedByTheirCycleAndForce() {
    assertThat(TaggingExamples.tag("""
        Agenda item

        HMICFRS PEEL Inspection 2031/32

        The Commissioner presented the outcome of the 2031/32 PEEL inspection of Norfolk Constabulary.
        """).reportTitle()).isEqualTo("PEEL 2031/32 \u2013 An inspection of Norfolk Constabulary");
    assertThat(TaggingExamples.tag("""
        Commissioner responds to the PEEL assessment of Cheshire Constabulary for 2033-35

        The inspection looked at nine areas of policing.
        """).reportTitle()).isEqualTo("PEEL 2033\u20132035: An inspection of Cheshire Constabulary");
    assertThat(TaggingExamples.tag("""
        Durham 2016

        Read more about Durham

        This is HMIC's third PEEL assessment of Durham Constabulary.
        """).reportTitle()).isEqualTo("Durham PEEL 2016");
  }

  @Test
  void aDescriptionOfAReportIsNotItsTitle() {
    Tags t = TaggingExamples.tag("""
        Met response to HMIC Peel Assessment

        The force welcomes the latest PEEL assessment and the HMICFRS effectiveness report, which found it good.
        """);
    assertThat(t.reportTitle()).isNull();
  }

  @Test
  void anInspectoratePageIsTitledByTheReportItOffers() {
    Tags t = TaggingExamples.tag("""
        Force recording almost all crimes, inspectors find

        Get the report

        Read the report online

        An inspection of crime recording in Gwent Police (HTML)
        """);
    assertThat(t.reportTitle()).isEqualTo("An inspection of crime recording in Gwent Police");
    assertThat(t.evidenceFor("report_title")).singleElement().extracting(Evidence::rule).asString()
        .contains("report");
  }

  @Test
  void aLongKnownTitleIsRecognisedFromMostOfItsWords() {
    Tags t = TaggingExamples.tag("""
        Inspectors today set out the findings of a review of the effectiveness of the police and law enforcement bodies' response to group-based child sexual exploitation today.
        """);
    assertThat(t.reportTitle()).startsWith("An inspection of the effectiveness of the police and law enforcement bodies");
  }
}

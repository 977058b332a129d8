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
  void datelinesAndLabelsInTheirOtherShapes() {
    assertThat(TaggingExamples.tag("""
        THE COUNTY ECHO

        Custody checks fall short, inspectors find

        Rowan Pell, Crime reporter
        Wed 4 June 2031 06.00 BST

        Inspectors found that Kent Police did not check detainees often enough.
        """).documentDate()).isEqualTo("2031-06-04");
    assertThat(TaggingExamples.tag("""
        COUNTY NEWS

        Force told to speed up its answers to 101 calls

        12 May 2031 | Local democracy reporter

        The force must improve how quickly it answers calls, the inspectorate said.
        """).documentDate()).isEqualTo("2031-05-12");
    assertThat(TaggingExamples.tag("""
        Police and crime panel for Kent

        Minutes of the meeting held on Tuesday 8 July 2031 at County Hall, Maidstone

        Members noted the inspection report.
        """).documentDate()).isEqualTo("2031-07-08");
    assertThat(TaggingExamples.tag("""
        A blog about policing

        Posted by Ada Quill on 9 August 2031

        The inspectorate published a report on call handling last week.
        """).documentDate()).isEqualTo("2031-08-09");
  }

  @Test
  void anInspectoratePageIsTitledByItsHeadingNotItsMastheadTrailOrLinkText() {
    Tags t = TaggingExamples.tag("""
        Skip to content

        His Majesty's Inspectorate of Constabulary and Fire & Rescue Services

        Publications  >  Police

        An inspection of how forces record missing people

        Published on: 12 May 2031

        SAMPLE: this inspection looked at how well forces record reports of missing people.

        Get the report

        Read the report online (HTML)
        """);
    assertThat(t.reportTitle()).isEqualTo("An inspection of how forces record missing people");
    assertThat(t.reportDate()).isEqualTo("2031-05-12");
  }

  @Test
  void aResponsesOwnLabelsDateItAndTheReportApart() {
    Tags t = TaggingExamples.tag("""
        Police and Crime Commissioner for Dorset - response to HMICFRS

        Report: An inspection of how well the police answer calls for help
        Report published: 2 September 2031
        Response date: 20 October 2031

        The Chief Constable has accepted the report's two recommendations.
        """);
    assertThat(t.documentDate()).isEqualTo("2031-10-20");
    assertThat(t.reportTitle()).isEqualTo("An inspection of how well the police answer calls for help");
    assertThat(t.reportDate()).isEqualTo("2031-09-02");
  }

  @Test
  void aCommissionersNewsPageIsDatedByItsPublishedLabelWhenItHasNoOtherDate() {
    Tags t = TaggingExamples.tag("""
        Office of the Police and Crime Commissioner for Cumbria

        Commissioner's statutory response

        Published: 3 December 2031

        The inspection report was published on 1 October 2031. I have asked the Chief Constable for a plan.
        """);
    assertThat(t.documentDate()).isEqualTo("2031-12-03");
    assertThat(t.reportDate()).isEqualTo("2031-10-01");
  }

  @Test
  void titlesQuotedOrSetOffByCommasAfterTheReport() {
    assertThat(TaggingExamples.tag("""
        Dear Home Secretary,

        Section 55 response: HMICFRS report "Lights on: an inspection of how forces police the night-time economy"

        The force has taken the report's findings seriously.
        """).reportTitle()).isEqualTo("Lights on: an inspection of how forces police the night-time economy");
    assertThat(TaggingExamples.tag("""
        Inspectors criticise force over burglary

        The report, Closing the door: an inspection of the police response to burglary, found that Essex Police
        attended most burglaries within a day.
        """).reportTitle()).isEqualTo("Closing the door: an inspection of the police response to burglary");
    // speech quoted after "the report" is not a title
    assertThat(TaggingExamples.tag("""
        Force responds

        The Chief Constable welcomed the report: "It is good to see our work on burglary recognised by the inspectors."
        """).reportTitle()).isNull();
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

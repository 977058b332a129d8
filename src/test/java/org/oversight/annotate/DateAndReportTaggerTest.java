package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.model.DocType;
import org.oversight.model.Tags;

class DateAndReportTaggerTest {
  @Test
  void aResponseIsDatedByItsOwnDateLineNotByTheReportsPublishedLine() {
    Tags t = TaggingExamples.tag("""
        ## Police and Crime Commissioner Response to HMICFRS report on:

        Shining a light on betrayal: Abuse of position for a sexual purpose

        Published 27 September 2019

        ## **18 November 2019**

        I welcome this report. Further to my letter dated 2 October 2019, the force has acted.
        """);
    assertThat(t.docType()).isEqualTo(DocType.PCC_RESPONSE);
    assertThat(t.documentDate()).isEqualTo("2019-11-18");
    assertThat(t.reportTitle()).isEqualTo("Shining a light on betrayal: Abuse of position for a sexual purpose");
    assertThat(t.reportDate()).isEqualTo("2019-09-27");
  }

  @Test
  void aKnownTitleIsRecognisedWithoutItsColonAndAMonthStaysAMonth() {
    Tags t = TaggingExamples.tag("""
        The Kent Police and Crime Commissioner's response to the PEEL spotlight report Shining a light on betrayal Abuse of position for a sexual purpose (September 2019).

        I agree with the inspectorate.
        """);
    assertThat(t.reportTitle()).isEqualTo("Shining a light on betrayal: Abuse of position for a sexual purpose");
    assertThat(t.reportDate()).isEqualTo("2019-09");
    assertThat(t.documentDate()).isNull();
  }

  @Test
  void peelReportsAreNamedByTheirPatternAndDatedByTheSentenceThatPublishedThem() {
    Tags t = TaggingExamples.tag("""
        Dear Chief Constable

        In March 2017, we published our national PEEL: police effectiveness 2016 inspection report.
        """);
    assertThat(t.reportTitle()).isEqualTo("PEEL: Police effectiveness 2016");
    assertThat(t.reportDate()).isEqualTo("2017-03");
  }

  @Test
  void aNewsDatelineWithWeekdayAndTimeDatesTheArticleAndUpdatesDoNot() {
    Tags t = TaggingExamples.tag("""
        Watchdog criticises force

        Wednesday, 4th May 2022, 7:15 am
        Updated Thursday, 5th May 2022, 10:00 am

        A report published yesterday said the force must improve, HMI Jo Bright said: "Victims deserve better."
        """);
    assertThat(t.docType()).isEqualTo(DocType.NEWS_ARTICLE);
    assertThat(t.documentDate()).isEqualTo("2022-05-04");
  }

  @Test
  void aWebPagesStatedPublicationDateWins() {
    Tags t = TaggingExamples.tag("Force praised\n\nInspectors praised the force on 1 June 2021.",
        Map.of("published", "2021-06-03T08:00:00Z"));
    assertThat(t.documentDate()).isEqualTo("2021-06-03");
  }

  @Test
  void aDateInsideASentenceIsNotTheDocumentsDate() {
    Tags t = TaggingExamples.tag("""
        Dear Home Secretary,

        The report, published on 14 March 2024, made findings that I accept.
        """);
    assertThat(t.documentDate()).isNull();
  }

  @Test
  void aResponsesTimelinessIsCountedFromTheReportsPublication() {
    Tags onTime = TaggingExamples.tag("""
        Response to HMICFRS report: Shining a light on betrayal: Abuse of position for a sexual purpose

        15 November 2019

        I welcome this report.
        """);
    assertThat(onTime.timeliness()).isEqualTo(new org.oversight.model.Timeliness("2019-09-27", "2019-11-15",
        "2019-11-21", 50, 0, true));

    Tags late = TaggingExamples.tag("""
        Response to HMICFRS report: Shining a light on betrayal: Abuse of position for a sexual purpose

        25 November 2019

        I welcome this report.
        """);
    assertThat(late.timeliness().days()).as("publication day is day 1").isEqualTo(60);
    assertThat(late.timeliness().daysLate()).isEqualTo(4);
    assertThat(late.timeliness().withinDeadline()).isFalse();
  }

  @Test
  void withoutADayForTheReportThereIsNoTimeliness() {
    Tags t = TaggingExamples.tag("""
        The Kent Police and Crime Commissioner's response to the report Keeping count (March 2030).

        2 May 2030

        I welcome this report.
        """);
    assertThat(t.timeliness()).isNull();
  }

  @Test
  void aLetterInformationBlockDatesTheLetterByItsSentOnLine() {
    Tags t = TaggingExamples.tag("""
        Letter from HM Inspector to the Chief Constable

        Published on
        22 February 2024

        Letter information
        From
        Rebecca Thornfield
        His Majesty's Inspector of Constabulary
        Sent on
        9 February 2024

        Dear Chief Constable
        """);
    assertThat(t.docType()).isEqualTo(DocType.HMICFRS_LETTER);
    assertThat(t.documentDate()).isEqualTo("2024-02-09");
  }

  @Test
  void numericDatesAreReadTheBritishWay() {
    Tags t = TaggingExamples.tag("""
        Dear Home Secretary,

        Date: 02/10/2017

        I welcome the report.
        """);
    assertThat(t.documentDate()).isEqualTo("2017-10-02");
  }
}

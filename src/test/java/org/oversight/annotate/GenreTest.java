package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.DocType;
import org.oversight.model.Evidence;
import org.oversight.model.Person;
import org.oversight.model.Tags;

/**
 * The kind of paper and its author, genre by genre, on texts written for these tests in each genre's shape (sample
 * texts, not real publications; the people are invented).
 */
class GenreTest {
  @Test
  void aCommissionersNewsReleaseIsAResponseByTheCommissionerNotAByline() {
    Tags t = TaggingExamples.tag("""
        Commissioner says inspection shows Cumbria Constabulary is improving

        Cumbria's Police, Fire and Crime Commissioner, Martin Ashworth, has welcomed the latest inspection of the force.

        Mr Ashworth said: "The report recognises the progress made on answering calls. I will keep holding the Chief Constable to account for the areas that still need work."
        """);
    assertThat(t.docType()).isEqualTo(DocType.PCC_RESPONSE);
    assertThat(t.author()).extracting(Person::name, Person::role)
        .containsExactly("Martin Ashworth", "Police, Fire and Crime Commissioner");
    assertThat(t.primaryForce()).isEqualTo("Cumbria Constabulary");
    assertThat(t.evidenceFor("author")).singleElement().extracting(Evidence::quote).asString()
        .contains("Martin Ashworth");
  }

  @Test
  void aResponsePageWithSectionsAndNoSignatureHasTheCommissionersRole() {
    Tags t = TaggingExamples.tag("""
        HMICFRS inspection of Bedfordshire Police: Commissioner's response

        Introduction

        The Commissioner welcomes the inspectorate's report and has asked the Chief Constable for an improvement plan.

        Chief Constable's comments

        "We accept the findings and a plan is in place," the Chief Constable said.
        """);
    assertThat(t.docType()).isEqualTo(DocType.PCC_RESPONSE);
    assertThat(t.author()).isNotNull();
    assertThat(t.author().role()).isEqualTo("Police and Crime Commissioner");
  }

  @Test
  void aLetterInformationBlockNamesTheInspectorWhoWroteIt() {
    Tags t = TaggingExamples.tag("""
        Letter from HM Inspector to the Chief Constable of Wiltshire Police

        Letter information
        From
        Priya Kaur
        His Majesty's Inspector of Constabulary
        To
        Daniel Moss
        Chief Constable
        Sent on
        5 May 2031

        Dear Daniel,

        I am writing to set out our findings from the revisit to your force's control room.
        """);
    assertThat(t.docType()).isEqualTo(DocType.HMICFRS_LETTER);
    assertThat(t.author()).extracting(Person::name, Person::role)
        .containsExactly("Priya Kaur", "HM Inspector of Constabulary");
    assertThat(t.documentDate()).isEqualTo("2031-05-05");
    assertThat(t.evidenceFor("document_date")).singleElement().extracting(Evidence::rule).asString()
        .contains("Sent on");
  }

  @Test
  void anInspectoratePressReleaseIsAReportWithoutAnAuthor() {
    Tags t = TaggingExamples.tag("""
        Inspectors find Suffolk Constabulary good at protecting vulnerable people

        Suffolk Constabulary is good at protecting vulnerable people, inspectors have found.

        Get the report

        PEEL 2031/32: An inspection of Suffolk Constabulary

        His Majesty's Inspector of Constabulary Colin Marsh said:

        "I congratulate the force on its work with partners."
        """);
    assertThat(t.docType()).isEqualTo(DocType.HMICFRS_REPORT);
    assertThat(t.author()).isNull();
    assertThat(t.reportTitle()).isEqualTo("PEEL 2031/32: An inspection of Suffolk Constabulary");
  }

  @Test
  void aNewsArticleQuotingACommissionerIsNewsByItsByline() {
    Tags t = TaggingExamples.tag("""
        Watchdog criticises force over slow 999 answers

        By Rosa Delaney, crime reporter

        Published 14th February 2031

        Lincolnshire Police must answer emergency calls faster, a police watchdog has said.

        The county's police and crime commissioner, Graham Tate, told the Echo he was disappointed. A spokesperson for the force said it accepted the findings.
        """);
    assertThat(t.docType()).isEqualTo(DocType.NEWS_ARTICLE);
    assertThat(t.author()).extracting(Person::name, Person::role).containsExactly("Rosa Delaney", "crime reporter");
    assertThat(t.documentDate()).isEqualTo("2031-02-14");
  }

  @Test
  void aChiefConstablesStatementIsOtherAndSpokenByTheChief() {
    Tags t = TaggingExamples.tag("""
        Statement following today's inspection report

        We welcome the publication of the HMICFRS report on Durham Constabulary and we accept its findings.

        Chief Constable Helen Marsh said: "Our officers work hard for our communities and we are already acting on the report."
        """);
    assertThat(t.docType()).isEqualTo(DocType.OTHER);
    assertThat(t.author()).extracting(Person::name, Person::role).containsExactly("Helen Marsh", "Chief Constable");
  }

  @Test
  void panelMinutesAreOtherAndHaveNoAuthor() {
    Tags t = TaggingExamples.tag("""
        Agenda item

        HMICFRS inspection of Surrey Police

        Minutes:

        The Panel considered a report of the Commissioner on the inspection. Members asked how progress would be monitored.

        RESOLVED that the report be noted.
        """);
    assertThat(t.docType()).isEqualTo(DocType.OTHER);
    assertThat(t.author()).isNull();
    assertThat(t.forces()).containsExactly("Surrey Police");
  }

  @Test
  void everyKindIsGivenWithTheCuesThatDecidedIt() {
    Tags t = TaggingExamples.tag("""
        Dear Home Secretary,

        Response to HMICFRS report: Counting the cost

        I write under section 55 of the Police Act 1996. I welcome the report.

        Yours sincerely

        Asha Varma
        Police and Crime Commissioner for Norfolk
        """);
    assertThat(t.docType()).isEqualTo(DocType.PCC_RESPONSE);
    assertThat(t.evidenceFor("doc_type")).isNotEmpty().allSatisfy(e -> {
      assertThat(e.value()).isEqualTo("pcc_response");
      assertThat(e.rule()).startsWith("cue ");
      assertThat(e.passage()).isGreaterThanOrEqualTo(0);
    });
    assertThat(t.author()).extracting(Person::name, Person::role)
        .containsExactly("Asha Varma", "Police and Crime Commissioner");
    assertThat(t.evidenceFor("author")).singleElement().extracting(Evidence::rule).asString()
        .contains("Yours sincerely");
  }
}

package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Person;
import org.oversight.model.Tags;

class PeopleTaggerTest {
  @Test
  void aLetterNamesItsAddresseeCopiesAndSignerWithTheirRoles() {
    Tags t = TaggingExamples.tag("""
        Chief Constable Alison Farrow QPM
        Cumbria Constabulary

        Copied to: Desmond Kirkby
        Police and Crime Commissioner for Cumbria

        3 March 2021

        Dear Chief Constable

        We have reviewed your force's plan. If you have any queries, please contact Gareth Lowe at gareth.lowe@hmicfrs.gov.uk.

        Yours sincerely

        A handwritten signature in blue ink, appearing to read 'A. Whitcombe'.

        Anne Whitcombe
        His Majesty's Inspector of Constabulary
        """);
    assertThat(t.people()).containsExactlyInAnyOrder(
        new Person("Alison Farrow", "Chief Constable", "Cumbria Constabulary"),
        new Person("Desmond Kirkby", "Police and Crime Commissioner", "Cumbria"),
        new Person("Gareth Lowe", null, "HMICFRS"),
        new Person("Anne Whitcombe", "HM Inspector of Constabulary", "HMICFRS"));
    assertThat(t.author()).isEqualTo(new Person("Anne Whitcombe", "HM Inspector of Constabulary", "HMICFRS"));
    // each person carries the line it was read from: the one that gave the role, where one did
    assertThat(t.evidenceFor("people")).extracting(Evidence::value, Evidence::quote).contains(
        org.assertj.core.groups.Tuple.tuple("Alison Farrow (Chief Constable)", "Chief Constable Alison Farrow QPM"),
        org.assertj.core.groups.Tuple.tuple("Gareth Lowe",
            "We have reviewed your force's plan. If you have any queries, please contact Gareth Lowe at "
                + "gareth.lowe@hmicfrs.gov.uk."));
    assertThat(t.evidenceFor("people")).extracting(Evidence::value).doesNotContainNull()
        .hasSizeGreaterThanOrEqualTo(t.people().size() - 1); // the author's line is the author's evidence
  }

  @Test
  void theTypedNameBeatsAGarbledSignatureAndTheSalutationGivesTheAddresseeARole() {
    Tags t = TaggingExamples.tag("""
        The Rt Hon James Cleverly MP Home Office 2 Marsham Street London

        14th May 2023

        Dear Home Secretary,

        I write about the inspection of Gwent Police and the report's findings on custody.

        Yours sincerely

        Jefl Cuthbrt

        Jeff Cuthbert Gwent Police and Crime Commissioner
        """);
    assertThat(t.author()).isEqualTo(new Person("Jeff Cuthbert", "Police and Crime Commissioner", "Gwent"));
    assertThat(t.people()).extracting(Person::name).containsExactlyInAnyOrder("James Cleverly", "Jeff Cuthbert");
    assertThat(t.people()).filteredOn(p -> p.name().equals("James Cleverly")).extracting(Person::role)
        .containsExactly("Home Secretary");
  }

  @Test
  void variantsOfOneNameAreOnePersonAndTitlesAreNotPeople() {
    Tags t = TaggingExamples.tag("""
        HMI Tom Fenwick said the force had improved. Mr Fenwick added that more was needed.

        Thomas Fenwick, who led the inspection, met the Chief Constable and Her Majesty's Inspectorate staff.
        """);
    assertThat(t.people()).singleElement().satisfies(p -> {
      assertThat(Names.key(p.name())).isEqualTo("t fenwick");
      assertThat(p.role()).isEqualTo("HM Inspector of Constabulary");
    });
  }

  @Test
  void aResponseWithoutASignatureStillHasItsAuthorsRole() {
    Tags t = TaggingExamples.tag("""
        Police, Fire and Crime Commissioner Response to HMICFRS report on:

        Fire safety and policing: a joint look

        I welcome this report.
        """);
    assertThat(t.author()).isEqualTo(new Person(null, "Police, Fire and Crime Commissioner", null));
  }

  @Test
  void aNewsArticleIsByItsBylineAndNotBySomeoneItQuotes() {
    Tags t = TaggingExamples.tag("""
        Force told to do better

        By Harriet Stone

        Updated Tuesday, 5th April 2022

        The force's police and crime commissioner, Lee Marsden, said he would hold the chief constable to account.
        """);
    assertThat(t.author()).isEqualTo(new Person("Harriet Stone", null, null));
  }

  @Test
  void aHouseNameInTheSendersAddressIsNotGivenTheAddresseesRole() {
    Tags t = TaggingExamples.tag("""
        Office of the Police and Crime Commissioner for Dorset
        Ferndown House
        Winfrith

        The Rt Hon Home Secretary
        Home Office

        3 June 2024

        Dear Home Secretary,

        I write about the inspection of Dorset Police and its findings on custody.

        Yours sincerely

        Nadia Rahman Dorset Police and Crime Commissioner
        """);
    // the addressee has no name here: nobody is given the Home Secretary's role
    assertThat(t.people()).noneMatch(p -> "Home Secretary".equals(p.role()));
    assertThat(t.author()).isEqualTo(new Person("Nadia Rahman", "Police and Crime Commissioner", "Dorset"));
  }

  @Test
  void withoutAClosingTheAddresseeAndTheSignerAreBothKept() {
    Tags t = TaggingExamples.tag("""
        The Rt Hon Suella Braverman KC MP 2 Marsham Street London

        Dear Home Secretary,

        I welcome the inspection of Staffordshire Police and its findings.

        Ben Adams Staffordshire Police, Fire and Crime Commissioner
        """);
    assertThat(t.people()).extracting(Person::name, Person::role).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Suella Braverman", "Home Secretary"),
        org.assertj.core.groups.Tuple.tuple("Ben Adams", "Police, Fire and Crime Commissioner"));
    assertThat(t.author().name()).isEqualTo("Ben Adams");
  }
}

package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Tags;

/** Which forces a text speaks about, on texts written for these tests (samples, not real publications). */
class ForceTaggerTest {
  @Test
  void areasNamedBesideAForceOrBeforePoliceAreForces() {
    Tags t = TaggingExamples.tag("""
        Six forces are now in special measures. The forces are the Met, Greater Manchester, Cleveland, Staffordshire and Wiltshire.

        Gwent and South Wales Police were judged good, while North Wales and Dyfed-Powys police forces need to improve.
        """);
    assertThat(t.forces()).containsExactlyInAnyOrder("Metropolitan Police Service", "Greater Manchester Police",
        "Cleveland Police", "Staffordshire Police", "Wiltshire Police", "Gwent Police", "South Wales Police",
        "North Wales Police", "Dyfed-Powys Police");
    assertThat(t.evidenceFor("forces")).extracting(Evidence::rule).anyMatch(r -> r.startsWith("area in a list of forces"));
  }

  @Test
  void anAreaGivenAGradeIsAForce() {
    Tags t = TaggingExamples.tag("""
        Of the five forces inspected, Dorset and Cumbria were both given a 'requires improvement' rating. Kent was assessed as 'adequate', and the Norfolk force was praised.
        """);
    assertThat(t.forces()).containsExactlyInAnyOrder("Dorset Police", "Cumbria Constabulary", "Kent Police",
        "Norfolk Constabulary");
  }

  @Test
  void countiesInPassingFederationsAndAddressesAreNotForces() {
    Tags t = TaggingExamples.tag("""
        The Essex Police Federation said officers in Essex were exhausted.

        Reports on constabularies based in Lancashire, Norfolk and Suffolk were published on the same day.

        Our office is at 4 Market Street, Kent.
        """);
    assertThat(t.forces()).isEmpty();
    assertThat(t.primaryForce()).isNull();
  }

  @Test
  void aPaperAboutTheForceThatNamesOneAreaIsAboutThatAreasForce() {
    Tags t = TaggingExamples.tag("""
        Statement from the Chief Constable

        The Constabulary accepts the inspectorate's findings. Every community in Lincolnshire deserves a prompt answer when it calls.
        """);
    assertThat(t.forces()).containsExactly("Lincolnshire Police");
    assertThat(t.primaryForce()).isEqualTo("Lincolnshire Police");
    assertThat(t.evidenceFor("primary_force")).singleElement().extracting(Evidence::quote).asString()
        .contains("Lincolnshire");
  }

  @Test
  void aNationalPaperAboutSeveralForcesHasNoPrimaryForce() {
    Tags t = TaggingExamples.tag("""
        Inspectorate publishes vetting reports for forces

        Reports on Durham Constabulary, Essex Police and Surrey Police were published today. Durham Constabulary and Essex Police were rated good; Surrey Police was rated adequate.
        """);
    assertThat(t.forces()).containsExactlyInAnyOrder("Durham Constabulary", "Essex Police", "Surrey Police");
    assertThat(t.primaryForce()).isNull();
  }
}

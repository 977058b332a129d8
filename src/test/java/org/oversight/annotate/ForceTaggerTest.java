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
        Four forces were moved into enhanced monitoring: Thames Valley Police, Lancashire, Durham and West Mercia.

        Cheshire and North Wales Police improved, while Suffolk and Norfolk police forces held steady.
        """);
    assertThat(t.forces()).containsExactlyInAnyOrder("Thames Valley Police", "Lancashire Constabulary",
        "Durham Constabulary", "West Mercia Police", "Cheshire Constabulary", "North Wales Police",
        "Suffolk Constabulary", "Norfolk Constabulary");
    assertThat(t.evidenceFor("forces")).extracting(Evidence::rule).anyMatch(r -> r.startsWith("area in a list of forces"));
  }

  @Test
  void anAreaGivenAGradeIsAForce() {
    Tags t = TaggingExamples.tag("""
        In the latest round, Humberside was graded good at answering calls, Gwent and Cleveland were rated adequate, and the Merseyside force was commended.
        """);
    assertThat(t.forces()).containsExactlyInAnyOrder("Humberside Police", "Gwent Police", "Cleveland Police",
        "Merseyside Police");
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

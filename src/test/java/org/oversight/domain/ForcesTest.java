package org.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForcesTest {
  private final Forces forces = Forces.standard();

  @Test
  void findsOfficialNamesAliasesAndCommissionerAreas() {
    String text = "Notts police and TVP were inspected with the Met. The Police and Crime Commissioner for "
        + "Derbyshire replied, as did the Northamptonshire Police, Fire and Crime Commissioner and Avon & Somerset.";
    assertThat(forces.count(text).keySet()).containsExactly("Nottinghamshire Police", "Thames Valley Police",
        "Metropolitan Police Service", "Derbyshire Constabulary", "Northamptonshire Police",
        "Avon and Somerset Constabulary");
  }

  @Test
  void aCountyAloneOrAFederationIsNotAForce() {
    String text = "Officers in Kent joined the Kent Police Federation, and Surrey County Council agreed the budget."
        + " tvp in lower case is not the acronym.";
    assertThat(forces.find(text)).isEmpty();
  }

  @Test
  void longestNameWins() {
    assertThat(forces.find("West Midlands Police")).singleElement()
        .satisfies(h -> assertThat(h.force()).isEqualTo("West Midlands Police"));
    assertThat(forces.count("Greater Manchester Police and GMP").get("Greater Manchester Police")).isEqualTo(2);
  }
}

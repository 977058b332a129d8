package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.model.Person;
import org.oversight.model.Tags;

/** Role titles as they are held and written: acting and temporary ones, mayors by their area, ministers in full. */
class RolesTest {
  @Test
  void anActingOrTemporaryRoleKeepsItsQualifier() {
    Roles.Found acting = Roles.STANDARD.first("said Acting Chief Constable Priya Lomax");
    assertThat(acting.role().name()).isEqualTo("Acting Chief Constable");
    assertThat(acting.role().voice()).isEqualTo("chief");
    assertThat(Roles.STANDARD.first("the temporary deputy chief constable").role().name())
        .isEqualTo("Temporary Deputy Chief Constable");
    assertThat(Roles.STANDARD.first("the Chief Constable").role().name()).isEqualTo("Chief Constable");
  }

  @Test
  void aMayorIsNamedByTheArea() {
    assertThat(Roles.STANDARD.first("the Mayor of Greater Manchester").role().name())
        .isEqualTo("Mayor of Greater Manchester");
    // a town's mayor is not a policing body
    assertThat(Roles.STANDARD.first("the mayor of Maidstone said")).isNull();
  }

  @Test
  void aCouncillorOnAPanelIsNamedSo() {
    assertThat(Roles.STANDARD.first("Present: Councillor Ada Pell (Chair)").role().name()).isEqualTo("Councillor");
    assertThat(Roles.STANDARD.first("Cllr. Ada Pell").role().name()).isEqualTo("Councillor");
  }

  @Test
  void peopleAreGivenTheRoleAsHeld() {
    Tags t = TaggingExamples.tag("""
        Force responds to inspection

        Acting Chief Constable Daniel Oduya said the force accepted the findings.

        The Mayor of West Yorkshire, Helena Brightwater, said she would hold the force to account.
        """);
    assertThat(t.people()).extracting(Person::name, Person::role).contains(
        org.assertj.core.groups.Tuple.tuple("Daniel Oduya", "Acting Chief Constable"),
        org.assertj.core.groups.Tuple.tuple("Helena Brightwater", "Mayor of West Yorkshire"));
  }
}

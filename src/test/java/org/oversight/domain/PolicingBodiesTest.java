package org.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicingBodiesTest {
  private final PolicingBodies bodies = PolicingBodies.standard();

  private String name(String force, String day) {
    return bodies.bodyFor(force, LocalDate.parse(day)).map(PolicingBodies.Body::name).orElse(null);
  }

  @Test
  void everyTerritorialForceHasExactlyOneBodyOnAnyDaySinceCommissioners() {
    assertThat(bodies.forces()).containsExactlyInAnyOrderElementsOf(Forces.standard().territorial());
    for (String force : Forces.standard().territorial()) {
      for (LocalDate day = LocalDate.of(2012, 11, 22); day.isBefore(LocalDate.of(2026, 1, 1));
          day = day.plusDays(1)) {
        LocalDate d = day;
        long covering = bodies.history(force).stream().filter(b -> b.covers(d)).count();
        assertThat(covering).as(force + " on " + d).isEqualTo(1);
      }
    }
  }

  @Test
  void aCommissionerWhoTookOnTheFireServiceAnswersUnderTheNewTitleFromThen() {
    assertThat(name("Essex Police", "2016-06-01")).isEqualTo("Police and Crime Commissioner for Essex");
    assertThat(name("Essex Police", "2019-06-01")).isEqualTo("Police, Fire and Crime Commissioner for Essex");
    assertThat(name("Northamptonshire Police", "2019-09-27"))
        .isEqualTo("Police, Fire and Crime Commissioner for Northamptonshire");
  }

  @Test
  void northYorkshireWentFromCommissionerToPfccToMayor() {
    assertThat(bodies.history("North Yorkshire Police")).extracting(PolicingBodies.Body::kind)
        .containsExactly("pcc", "pfcc", "mayor");
    assertThat(name("North Yorkshire Police", "2024-05-06"))
        .isEqualTo("Police, Fire and Crime Commissioner for North Yorkshire");
    assertThat(name("North Yorkshire Police", "2024-05-07")).isEqualTo("Mayor of York and North Yorkshire");
    assertThat(bodies.bodyFor("North Yorkshire Police", LocalDate.of(2024, 6, 1)).orElseThrow().verified()).isFalse();
  }

  @Test
  void mayorsAndTheCityAnswerWhereTheyHoldThePolicingFunctions() {
    assertThat(name("Metropolitan Police Service", "2022-11-02")).isEqualTo("Mayor's Office for Policing and Crime");
    assertThat(name("Greater Manchester Police", "2016-01-01"))
        .isEqualTo("Police and Crime Commissioner for Greater Manchester");
    assertThat(name("Greater Manchester Police", "2019-09-27")).isEqualTo("Mayor of Greater Manchester");
    assertThat(name("West Yorkshire Police", "2021-05-09"))
        .isEqualTo("Police and Crime Commissioner for West Yorkshire");
    assertThat(name("West Yorkshire Police", "2021-05-10")).isEqualTo("Mayor of West Yorkshire");
    assertThat(name("South Yorkshire Police", "2024-09-01")).isEqualTo("Mayor of South Yorkshire");
    assertThat(name("Durham Constabulary", "2022-11-02")).isEqualTo("Durham Police, Crime and Victims' Commissioner");
    assertThat(name("City of London Police", "2010-01-01")).isEqualTo("City of London Corporation");
  }

  @Test
  void noBodyBeforeCommissionersOrForAForceOutsideTheList() {
    assertThat(bodies.bodyFor("Kent Police", LocalDate.of(2012, 11, 21))).isEmpty();
    assertThat(bodies.bodyFor("British Transport Police", LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(bodies.history("Kent Police")).extracting(PolicingBodies.Body::kind).isEqualTo(List.of("pcc"));
  }
}

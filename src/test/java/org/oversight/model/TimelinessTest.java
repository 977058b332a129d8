package org.oversight.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Section 55(5A): comments are due "before the end of the period of 56 days beginning with the day on which the
 * report is published", so the publication day is day 1 and the last day in time is publication + 55 days.
 */
class TimelinessTest {
  @Test
  void theFiftySixthDayIsInTimeAndTheNextIsOneDayLate() {
    Timeliness last = Timeliness.of("2024-01-10", "2024-03-05");
    assertThat(last.days()).isEqualTo(56);
    assertThat(last.deadline()).isEqualTo("2024-03-05");
    assertThat(last.withinDeadline()).isTrue();
    assertThat(last.daysLate()).isZero();

    Timeliness next = Timeliness.of("2024-01-10", "2024-03-06");
    assertThat(next.days()).isEqualTo(57);
    assertThat(next.withinDeadline()).isFalse();
    assertThat(next.daysLate()).isEqualTo(1);
  }

  @Test
  void thePublicationDayIsDayOne() {
    Timeliness same = Timeliness.of("2024-01-10", "2024-01-10");
    assertThat(same.days()).isEqualTo(1);
    assertThat(same.withinDeadline()).isTrue();
  }

  @Test
  void aLeapDayIsCountedLikeAnyOther() {
    // 2024 is a leap year: from 2024-02-01, day 56 is 27 March (29 days of February counted), not 28 March
    assertThat(Timeliness.deadline(LocalDate.parse("2024-02-01"))).isEqualTo("2024-03-27");
    assertThat(Timeliness.of("2024-02-01", "2024-03-27").withinDeadline()).isTrue();
    assertThat(Timeliness.of("2024-02-01", "2024-03-28").daysLate()).isEqualTo(1);
    // the same dates a year later, without a leap day: day 56 is 28 March
    assertThat(Timeliness.deadline(LocalDate.parse("2023-02-01"))).isEqualTo("2023-03-28");
    assertThat(Timeliness.of("2023-02-01", "2023-03-28").withinDeadline()).isTrue();
  }

  @Test
  void aPeriodRunsAcrossTheYearEnd() {
    Timeliness t = Timeliness.of("2024-12-01", "2025-01-25");
    assertThat(t.deadline()).isEqualTo("2025-01-25");
    assertThat(t.days()).isEqualTo(56);
    assertThat(t.withinDeadline()).isTrue();
    Timeliness late = Timeliness.of("2024-12-01", "2025-02-04");
    assertThat(late.days()).isEqualTo(66);
    assertThat(late.daysLate()).isEqualTo(10);
  }

  @Test
  void aResponseDatedBeforeTheReportOrADateKnownOnlyToTheMonthIsNotTimed() {
    assertThat(Timeliness.of("2024-01-10", "2024-01-09")).isNull();
    assertThat(Timeliness.of("2024-01", "2024-03-05")).isNull();
    assertThat(Timeliness.of("2024-01-10", null)).isNull();
  }
}

package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a comparison's counts claim: a response whose timing cannot be measured is neither late nor in time. */
class ComparisonTest {
  private static Comparison.Row row(String force, Boolean within) {
    return new Comparison.Row(force, "PCC", "commissioner", within == null ? null : "2024-03-01", null,
        within == null ? null : within ? 0L : 12L, within, "id-" + force, force + ".pdf", List.of(), null, null);
  }

  @Test
  void anUndatedResponseIsCountedAsNotMeasuredNotAsInTime() {
    Comparison c = new Comparison("SAMPLE report", "2024-01-10", "the report itself", "2024-03-06",
        List.of(row("Kent Police", true), row("Essex Police", false), row("Northumbria Police", null)), List.of());
    assertThat(c.lateCount()).isEqualTo(1);
    assertThat(c.unmeasuredCount()).isEqualTo(1);
    assertThat(c.onlyLate().rows()).extracting(Comparison.Row::force).containsExactly("Essex Police");
  }
}

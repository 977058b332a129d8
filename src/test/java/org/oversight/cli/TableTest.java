package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private static List<String> print(Table t, int width) {
    StringWriter s = new StringWriter();
    t.print(new PrintWriter(s), width);
    return s.toString().lines().toList();
  }

  private static List<String> forces(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add("Force number " + i);
    return out;
  }

  @Test
  void columnsArePaddedToTheirWidestCellWhenTheyFit() {
    Table t = new Table("force", "grade").row("Kent Police", "good").row("Essex Police", "requires improvement");
    assertThat(print(t, 120)).containsExactly(
        "force         grade",
        "------------  --------------------",
        "Kent Police   good",
        "Essex Police  requires improvement");
  }

  @Test
  void theWidestColumnIsCutFirstUntilTheTableFits() {
    String title = "Guarding the gate: vetting and counter-corruption in policing, a very long title indeed";
    Table t = new Table("date", "title", "file").row("2024-03-14", title, "hmicfrs-report-guarding-the-gate.pdf");
    for (int width : List.of(40, 60, 80)) {
      List<String> lines = print(t, width);
      assertThat(lines).as("width " + width).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
      assertThat(lines.get(2)).as("width " + width).startsWith("2024-03-14  Guarding").contains("…");
    }
    // at 100 only the title needed cutting
    assertThat(print(t, 100).get(2)).endsWith("hmicfrs-report-guarding-the-gate.pdf").hasSize(100);
  }

  @Test
  void aLongListIsCountedWithAHintAndAShortOneShownWhole() {
    Table t = new Table("report", "responding", "missing")
        .row("Guarding the gate", new Table.Items(List.of("Essex Police", "Kent Police"), "force"),
            new Table.Items(forces(40), "force"));
    List<String> wide = print(t, 120);
    assertThat(wide.get(2)).isEqualTo(
        "Guarding the gate  Essex Police; Kent Police  40 forces (use --format csv for the list)");
    assertThat(wide).hasSize(3);

    List<String> narrow = print(t, 50);
    assertThat(narrow).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
    assertThat(narrow.get(2)).endsWith("2 forces         40 forces");
    assertThat(String.join(" ", narrow.subList(3, narrow.size())))
        .isEqualTo("(lists that do not fit are counted: use --format csv for them)");
  }

  @Test
  void detailLinesAreIndentedAndWrapped() {
    String snippet = "The inspectorate [recommended] that chief constables should make sure every decision to accept "
        + "an applicant despite adverse information is recorded with its rationale and reviewed.";
    List<String> lines = print(new Table("#", "file").row(1, "surrey.txt").detail(snippet), 60);
    assertThat(lines.get(2)).isEqualTo("1  surrey.txt");
    assertThat(lines.subList(3, lines.size())).hasSizeGreaterThan(2)
        .allSatisfy(l -> assertThat(l).startsWith("   ").hasSizeLessThanOrEqualTo(60));
    assertThat(String.join(" ", lines.subList(3, lines.size())).replaceAll("\\s+", " ").strip())
        .isEqualTo(snippet);
  }

  @Test
  void aWrappedLastColumnContinuesUnderItself() {
    Table t = new Table("field", "value").wrapLastColumn()
        .row("report", "Guarding the gate: vetting and counter-corruption in policing (published 2024-03-14)");
    List<String> lines = print(t, 50);
    assertThat(lines).hasSizeGreaterThan(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
    assertThat(lines.get(2)).startsWith("report  Guarding the gate:");
    assertThat(lines.get(3)).startsWith("        ").doesNotStartWith("         ");
  }
}

package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 14: tables 183 to 924 characters wide wrapped into ladders at 80 and 120 columns, and timeline cut
 * its detail so that "late" never showed. Every table fits the width, and what matters is said first.
 */
class TableWidthTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void index() throws Exception {
    index = Cli.index(dir, Cli.corpus());
  }

  static final List<List<String>> TABLES = List.of(List.of("search", "audit"), List.of("search", "year:2030"),
      List.of("show", "report.txt"), List.of("show", "kent.txt"), List.of("reports"),
      List.of("compare", "--report", "keeping count"), List.of("recommendations"), List.of("people"),
      List.of("forces"), List.of("timeline", "--force", "Essex"), List.of("similar", "kent.txt"));

  @Test
  void everyTableFitsTheTerminal() {
    for (int width : List.of(60, 80, 120)) {
      for (List<String> args : TABLES) {
        List<String> a = new java.util.ArrayList<>(args);
        a.addAll(List.of("--index", index));
        Cli.Run r = Cli.runAt(width, a.toArray(String[]::new));
        assertThat(r.code()).as(args + ": " + r.err()).isZero();
        assertThat(r.out().lines()).as(args + " at " + width).isNotEmpty()
            .allSatisfy(l -> assertThat(l.length()).as(args + " at " + width + ": " + l).isLessThanOrEqualTo(width));
      }
    }
  }

  @Test
  void theTimelineSaysALateResponseIsLateAtAnyWidth() {
    for (int width : List.of(80, 120)) {
      Cli.Run r = Cli.runAt(width, "timeline", "--force", "Essex", "--index", index);
      assertThat(r.out()).as("width " + width).contains("day 68 of 56, 12 days late");
    }
  }

  @Test
  void compareCountsTheForcesWithoutAResponse() {
    Cli.Run r = Cli.run("compare", "--report", "keeping count", "--index", index);
    assertThat(r.out()).contains("no response found in the corpus: 41 forces (use --missing for the list)");
    assertThat(r.out().replaceAll("\\s+", " ")).contains("2 responses, 1 late, 41 forces without one in the corpus");
  }

  @Test
  void theWidthComesFromColumns() {
    System.clearProperty(Terminal.WIDTH_PROPERTY);
    String columns = System.getenv("COLUMNS");
    int expected = columns != null && columns.strip().matches("\\d+") && Integer.parseInt(columns.strip()) > 0
        ? Math.max(Terminal.MIN_WIDTH, Integer.parseInt(columns.strip())) : Terminal.DEFAULT_WIDTH;
    assertThat(Terminal.width()).isEqualTo(expected);
  }
}

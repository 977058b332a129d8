package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.Json;

/** compare narrowed to the late responses or to the forces without one, with as many passages as asked, by days. */
class CompareCommandTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void index() throws Exception {
    index = Cli.index(dir, List.of(Cli.report(), Cli.kent(), Cli.essex(),
        DocumentBuilder.response("surrey.txt", "Surrey Police", "2030-03-30").report(Cli.REPORT, "2030-03-14")
            .author("Priya Lomax", "Police and Crime Commissioner", "Surrey")
            .passage("Surrey's response to Keeping count: crime recording in policing")
            .passage("I accept the first recommendation.").passage("I accept the second recommendation.")
            .passage("I accept the third recommendation.").build()));
  }

  private static List<String> forces(String... args) throws Exception {
    List<String> a = new ArrayList<>(List.of("compare", "--report", "keeping count", "--format", "json", "--index",
        index));
    a.addAll(List.of(args));
    Cli.Run r = Cli.run(a.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = new ArrayList<>();
    Json.MAPPER.readTree(r.out()).path("rows").forEach(row -> out.add(row.path("force").asText()));
    return out;
  }

  @Test
  void rowsAreOrderedByForceOrByDays() throws Exception {
    assertThat(forces()).containsExactly("Essex Police", "Kent Police", "Surrey Police");
    assertThat(forces("--sort", "days")).containsExactly("Surrey Police", "Kent Police", "Essex Police");
  }

  @Test
  void lateKeepsTheResponsesAfterTheDeadline() throws Exception {
    assertThat(forces("--late")).containsExactly("Essex Police");
    Cli.Run table = Cli.run("compare", "--report", "keeping count", "--late", "--index", index);
    assertThat(table.out()).contains("3 responses, 1 late").contains("Essex Police").doesNotContain("Kent Police");
  }

  @Test
  void missingListsTheForcesWithoutAResponse() throws Exception {
    Cli.Run csv = Cli.run("compare", "--report", "keeping count", "--missing", "--format", "csv", "--index", index);
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("force");
    assertThat(lines).hasSize(1 + 40).contains("Avon and Somerset Constabulary").doesNotContain("Kent Police");
    Cli.Run table = Cli.run("compare", "--report", "keeping count", "--missing", "--index", index);
    assertThat(table.out().lines()).hasSize(2 + 40);
    assertThat(Cli.run("compare", "--report", "x", "--missing", "--late", "--index", index).code()).isEqualTo(2);
  }

  @Test
  void perDocSetsHowManyPassagesEachResponseShows() throws Exception {
    for (int n : List.of(0, 1, 3)) {
      Cli.Run r = Cli.run("compare", "--report", "keeping count", "--per-doc", String.valueOf(n), "--format", "json",
          "--index", index);
      JsonNode surrey = null;
      for (JsonNode row : Json.MAPPER.readTree(r.out()).path("rows")) {
        if (row.path("force").asText().equals("Surrey Police")) surrey = row;
      }
      assertThat(surrey).isNotNull();
      assertThat(surrey.path("passages")).as("--per-doc " + n).hasSize(n);
    }
  }
}

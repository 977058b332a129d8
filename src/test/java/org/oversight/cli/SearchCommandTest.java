package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.Json;

/** The search table leads to the passage: each hit's document id and passage number, and a snippet to read. */
class SearchCommandTest {
  @TempDir static Path dir;
  static String index;

  static final String LONG = "Public confidence in policing depends on the integrity of the people who police. In this "
      + "inspection we examined how forces decide who may join them, how they keep checking the people they employ, "
      + "and how their counter-corruption units find and deal with officers and staff who abuse their position. We "
      + "reviewed 1,200 vetting files in eight forces and found that information which should have led to a refusal "
      + "had too often been recorded and then overlooked by the people deciding.";

  @BeforeAll
  static void index() throws Exception {
    AnnotatedDocument report = DocumentBuilder.document("report.pdf").date("2024-03-14")
        .passage("Guarding the gate").onPage(1).passage(LONG).onPage(2).build();
    index = Cli.index(dir, List.of(report, Cli.kent(), Cli.essex()));
  }

  @Test
  void theTableGivesEachHitsShortIdAndPassageAndShowOpensIt() throws Exception {
    Cli.Run table = Cli.run("search", "refusal", "--index", index);
    assertThat(table.code()).isZero();
    List<String> lines = table.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("1 matching passage; showing 1");
    assertThat(lines.get(1)).matches("#\\s+score\\s+id\\s+file\\s+page\\s+passage\\s+type\\s+date");
    String[] row = lines.get(3).split("\\s+");
    assertThat(row[0]).isEqualTo("1");
    String shortId = row[2];
    assertThat(shortId).hasSize(8).matches("[0-9a-f]+");
    assertThat(row[3]).isEqualTo("report.pdf");
    assertThat(row[4]).isEqualTo("2");
    assertThat(row[5]).isEqualTo("1");
    assertThat(lines.get(4)).startsWith("   ").contains("[refusal]");

    Cli.Run shown = Cli.run("show", shortId, "--index", index);
    assertThat(shown.code()).isZero();
    assertThat(shown.out()).contains("[1, p.2] Public confidence in policing");
    assertThat(Cli.run("show", "report.pdf", "--index", index).out()).isEqualTo(shown.out());
  }

  @Test
  void aSnippetIsAbout200CharactersAroundTheMatch() throws Exception {
    JsonNode hit = Json.MAPPER.readTree(Cli.run("search", "refusal", "--format", "json", "--index", index).out())
        .path("hits").get(0);
    String snippet = hit.path("snippet").asText();
    String plain = snippet.replace("<b>", "").replace("</b>", "");
    assertThat(plain.length()).isBetween(150, 260);
    assertThat(snippet).contains("<b>refusal</b>").startsWith("… ");
    assertThat(LONG).contains(plain.replace("… ", "").replace(" …", ""));
    assertThat(hit.path("passage").asInt()).isEqualTo(1);
    assertThat(hit.path("page").asInt()).isEqualTo(2);
  }

  @Test
  void anUnknownFieldIsWarnedOfOnStandardError() {
    Cli.Run r = Cli.run("search", "forse:kent", "--format", "json", "--index", index);
    assertThat(r.code()).isZero();
    assertThat(r.err().lines()).singleElement().asString().startsWith("warning: no field 'forse' in the index");
    assertThat(r.out()).contains("\"hits\" : [ ]").doesNotContain("warning");
  }
}

package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

/** Where output goes and in what shape: files written whole or not at all, standard output for "-", every format. */
class OutputTest {
  @TempDir Path dir;
  String index;

  @BeforeEach
  void index() throws Exception {
    index = Cli.index(dir, Cli.corpus());
  }

  /** Issue 11, defect 7: a bad filter truncated an existing docs.csv to its header. */
  @Test
  void aBadFilterLeavesAnExistingFileAsItWas() throws Exception {
    Path out = Files.writeString(dir.resolve("docs.csv"), "last week's export\n");
    for (String[] bad : List.of(new String[] {"--force", "Narnia"}, new String[] {"--report", "stop and search"},
        new String[] {"--from", "last week"})) {
      Cli.Run r = Cli.run("export", "--out", out.toString(), bad[0], bad[1], "--index", index);
      assertThat(r.code()).as(bad[0]).isEqualTo(2);
      assertThat(r.err().lines()).as(bad[0]).hasSize(1);
      assertThat(Files.readString(out)).as(bad[0]).isEqualTo("last week's export\n");
    }
    assertThat(Cli.run("export", "--out", out.toString(), "--index", index).code()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(4).first().asString().startsWith("id,file,path");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left behind")
          .containsExactlyInAnyOrder("docs.csv", "index");
    }
  }

  /** Issue 11, defect 8: "oversight: /no/dir/x.csv" and nothing more. */
  @Test
  void anOutputThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
    Path nowhere = dir.resolve("no/dir/x.csv");
    Cli.Run r = Cli.run("export", "--out", nowhere.toString(), "--index", index);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .isEqualTo("oversight: cannot write " + nowhere + ": no such folder " + nowhere.getParent());

    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    r = Cli.run("export", "--out", folder.toString(), "--index", index);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).singleElement().asString()
        .isEqualTo("oversight: cannot write " + folder + ": it is a folder");
  }

  /** Issue 11, defect 16: {@code --out -} wrote a file named "-". */
  @Test
  void aDashMeansStandardOutput() throws Exception {
    Cli.Run r = Cli.run("export", "--out", "-", "--format", "jsonl", "--index", index);
    assertThat(r.code()).isZero();
    assertThat(Path.of("-")).doesNotExist();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    for (String l : lines) assertThat(Json.MAPPER.readTree(l).has("within_56_days")).isTrue();

    r = Cli.run("export", "--out", "-", "--index", index);
    assertThat(r.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("id,file,path,"));
    assertThat(r.out().lines()).hasSize(4);
  }

  /** Issue 11, defect 16: {@code show --format csv} printed JSON. A command prints each format it accepts. */
  @Test
  void showPrintsTheFormatsItNamesAndRefusesTheOthers() throws Exception {
    assertThat(Cli.run("show", "--help").out().replaceAll("\\s+", " ")).contains("table, json or jsonl")
        .doesNotContain("csv (");
    Cli.Run csv = Cli.run("show", "kent.txt", "--format", "csv", "--index", index);
    assertThat(csv.code()).isEqualTo(2);
    assertThat(csv.out()).isEmpty();
    assertThat(csv.err().lines()).singleElement().asString().contains("--format csv", "table, json or jsonl");

    JsonNode json = Json.MAPPER.readTree(Cli.run("show", "kent.txt", "--format", "json", "--index", index).out());
    assertThat(json.path("record").path("file").asText()).isEqualTo("kent.txt");
    List<String> jsonl = Cli.run("show", "kent.txt", "--format", "jsonl", "--index", index).out().lines().toList();
    assertThat(jsonl).singleElement().satisfies(l -> assertThat(Json.MAPPER.readTree(l)).isEqualTo(json));
  }

  /** Issue 11, defect 16: extract prints JSON and refuses to pretend a table is JSON. */
  @Test
  void extractAndIngestRefuseFormatsTheyDoNotPrint() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "A note about custody.");
    for (String f : List.of("table", "csv")) {
      Cli.Run r = Cli.run("extract", file.toString(), "--format", f);
      assertThat(r.code()).as(f).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("--format " + f, "jsonl or json");
    }
    Cli.Run r = Cli.run("ingest", file.toString(), "--format", "csv", "--index", dir.resolve("other").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(dir.resolve("other")).doesNotExist();
  }
}

package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

/**
 * Issue 11, defect 10: compare said a response on day 47 was in time while export left {@code within_56_days} empty
 * and {@code on_time:yes} missed it. Every command measures a response against the report's publication date as
 * the corpus states it, even when the response does not state it itself (Kent here).
 */
class TimelinessAgreesTest {
  @TempDir Path dir;
  String index;

  @BeforeEach
  void index() throws Exception {
    index = Cli.index(dir, Cli.corpus());
  }

  @Test
  void compareExportSearchShowAndTimelineAgree() throws Exception {
    Cli.Run compare = Cli.run("compare", "--report", "keeping count", "--format", "json", "--index", index);
    assertThat(compare.code()).isZero();
    Map<String, JsonNode> rows = new HashMap<>();
    Json.MAPPER.readTree(compare.out()).path("rows").forEach(r -> rows.put(r.path("file").asText(), r));
    assertThat(rows.get("kent.txt").path("days").asLong()).isEqualTo(47);
    assertThat(rows.get("kent.txt").path("within_deadline").asBoolean()).isTrue();
    assertThat(rows.get("essex.txt").path("days").asLong()).isEqualTo(68);
    assertThat(rows.get("essex.txt").path("days_late").asLong()).isEqualTo(12);

    Path csv = dir.resolve("docs.csv");
    assertThat(Cli.run("export", "--out", csv.toString(), "--index", index).code()).isZero();
    Map<String, CSVRecord> exported = new HashMap<>();
    try (Reader r = Files.newBufferedReader(csv);
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      p.forEach(rec -> exported.put(rec.get("file"), rec));
    }
    assertThat(exported.get("kent.txt").get("response_days")).isEqualTo("47");
    assertThat(exported.get("kent.txt").get("within_56_days")).isEqualTo("true");
    assertThat(exported.get("essex.txt").get("response_days")).isEqualTo("68");
    assertThat(exported.get("essex.txt").get("within_56_days")).isEqualTo("false");
    assertThat(exported.get("report.txt").get("within_56_days")).isEmpty();

    assertThat(files("on_time:yes")).containsOnly("kent.txt");
    assertThat(files("on_time:no")).containsOnly("essex.txt");

    JsonNode shown = Json.MAPPER.readTree(Cli.run("show", "kent.txt", "--format", "json", "--index", index).out());
    assertThat(shown.path("response_timeliness").path("days").asLong()).isEqualTo(47);
    assertThat(shown.path("response_timeliness").path("within_deadline").asBoolean()).isTrue();

    assertThat(Cli.run("timeline", "--force", "Kent", "--index", index).out()).contains("day 47 of 56")
        .doesNotContain("late");
    assertThat(Cli.run("timeline", "--force", "Essex", "--index", index).out()).contains("day 68 of 56, 12 days late");
  }

  private java.util.List<String> files(String query) throws Exception {
    Cli.Run r = Cli.run("search", query, "--limit", "50", "--per-doc", "50", "--format", "json", "--index", index);
    assertThat(r.code()).as(r.err()).isZero();
    java.util.List<String> out = new java.util.ArrayList<>();
    Json.MAPPER.readTree(r.out()).path("hits").forEach(h -> out.add(h.path("file").asText()));
    assertThat(out).isNotEmpty();
    return out;
  }
}

package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

/**
 * {@code extract} and {@code ingest} run one pipeline and store one record: for every sample document, the record
 * {@code extract} prints is the one {@code show --format json} reads back from the index, field for field.
 */
class RecordsAgreeTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    assertThat(code).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  @Test
  void extractPrintsTheRecordThatShowReadsBack() throws Exception {
    String samples = Path.of("corpus/samples").toString();
    String index = dir.resolve("index").toString();
    List<JsonNode> extracted = new ArrayList<>();
    for (String line : run("extract", samples).split("\n")) extracted.add(Json.MAPPER.readTree(line));
    run("ingest", samples, "--index", index, "--no-progress");

    assertThat(extracted).hasSize(9);
    for (JsonNode record : extracted) {
      JsonNode shown = Json.MAPPER.readTree(run("show", record.path("id").asText(), "--index", index, "--format",
          "json"));
      assertThat(shown.path("record")).as(record.path("file").asText()).isEqualTo(record);
    }
  }
}

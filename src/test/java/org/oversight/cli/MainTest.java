package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;

class MainTest {
  @TempDir Path dir;
  String out;
  String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  @Test
  void ingestThenSearchShowAndExportFromTheCommandLine() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("letter.txt"), "Dear Chief Constable\n\nWe inspected how the force handles "
        + "stalking cases in Cumbria Constabulary.\n\nYours sincerely\n\nJane Example\nHM Inspector of Constabulary\n");
    String index = dir.resolve("index").toString();

    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
    assertThat(out).contains("1 file: 1 added, 0 replaced, 0 unchanged, 0 duplicates, 0 failed");

    assertThat(run("search", "stalking", "--index", index, "--format", "json")).isZero();
    JsonNode hits = Json.MAPPER.readTree(out).path("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).path("file").asText()).isEqualTo("letter.txt");
    String id = hits.get(0).path("id").asText();

    assertThat(run("search", "stalking", "--index", index, "--format", "csv")).isZero();
    assertThat(out.lines().findFirst()).hasValue("rank,score,id,file,page,passage,doc_type,format,date,snippet,path");

    assertThat(run("search", "stalking", "--index", index)).isZero();
    assertThat(out).contains("letter.txt", "hmicfrs_letter", "[stalking]");

    assertThat(run("show", id.substring(0, 10), "--index", index)).isZero();
    assertThat(out).contains(id, "Cumbria Constabulary", "Jane Example");
    // why: each tag with the rule that gave it and the line it was read from
    assertThat(out).containsPattern("author\\s+Jane Example \\(HM Inspector of Constabulary\\)\\s+\\[\\d+\\]\\s+\\S")
        .contains("\"Dear Chief Constable\"");
  }

  @Test
  void aMalformedQueryExitsWith2AndOneLine() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Something to index about custody.");
    String index = dir.resolve("index").toString();
    run("ingest", dir.resolve("a.txt").toString(), "--index", index);

    assertThat(run("search", "custody AND", "--index", index)).isEqualTo(2);
    assertThat(err.lines()).singleElement().asString().startsWith("oversight: malformed query 'custody AND'");
    assertThat(run("search", "custody", "--from", "last week", "--index", index)).isEqualTo(2);
    assertThat(err).contains("bad date 'last week'");
  }

  @Test
  void aFailedFileMakesTheExitCode1AndIsNamed() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "A good document about road safety.");
    Files.createFile(dir.resolve("empty.txt"));
    assertThat(run("ingest", dir.toString(), "--index", dir.resolve(".index").toString())).isEqualTo(1);
    assertThat(err).contains("failed: " + dir.resolve("empty.txt") + ": empty file (0 bytes)");
    assertThat(out).contains("1 added", "1 failed");
  }

  @Test
  void extractPrintsOneRecordPerFileWithTheEvalFields() throws Exception {
    Path file = Files.writeString(dir.resolve("response.txt"), "Dear Home Secretary,\n\n12 June 2023\n\n"
        + "I welcome the report on Notts police.\n\nYours sincerely\n");
    assertThat(run("extract", file.toString(), "--format", "jsonl")).isZero();
    JsonNode rec = Json.MAPPER.readTree(out.lines().findFirst().orElseThrow());
    assertThat(rec.fieldNames()).toIterable().contains("file", "doc_type", "forces", "primary_force",
        "document_date", "report_title", "report_date", "author", "people", "recommendations", "ratings");
    assertThat(rec.path("doc_type").asText()).isEqualTo("pcc_response");
    assertThat(rec.path("primary_force").asText()).isEqualTo("Nottinghamshire Police");
    assertThat(rec.path("document_date").asText()).isEqualTo("2023-06-12");
  }
}

package org.oversight.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;
import org.oversight.model.Json;
import org.oversight.samples.PdfMaker;

/** A scheduled {@code update} tells a saved search's owner what is new on the site, as a hook reads it. */
class UpdateAlertsTest {
  @TempDir Path dir;
  FixtureSite site;
  String out;
  String err;

  static final String PUBLICATION = """
      <html><body><h1>Keeping count: crime recording in policing</h1><p>Published on: 14 March 2030</p>
      <p><a href="/files/keeping-count.pdf">Keeping count (PDF document)</a></p>
      <ul><li><a href="/files/response-kent.pdf">Kent PCC response (PDF document)</a></li>%s</ul></body></html>""";

  @BeforeEach
  void serve() throws Exception {
    site = new FixtureSite("127.0.0.1");
    byte[] report = Files.readAllBytes(new PdfMaker().paragraph("Keeping count: crime recording in policing")
        .paragraph("We recommend that within six months all forces should audit crime records.")
        .write(dir.resolve("r.pdf")));
    byte[] kent = Files.readAllBytes(new PdfMaker()
        .paragraph("Police and Crime Commissioner for Kent: response to the HMICFRS report Keeping count")
        .paragraph("Dear Home Secretary,").paragraph("2 April 2030")
        .paragraph("I welcome the report and will hold the force to account for its crime recording.")
        .write(dir.resolve("k.pdf")));
    site.file("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n".getBytes())
        .page("/publications/", """
            <html><body><ul><li><a href="/publications/keeping-count/">Keeping count</a></li></ul></body></html>""")
        .page("/publications/keeping-count/", PUBLICATION.formatted(""))
        .file("/files/keeping-count.pdf", "application/pdf", report)
        .file("/files/response-kent.pdf", "application/pdf", kent);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private int update(String... more) {
    String[] base = {"update", "--start", site.base() + "/publications/", "--corpus", dir.resolve("corpus").toString(),
        "--index", dir.resolve("index").toString(), "--delay", "0", "--no-progress"};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void aSavedSearchMatchesTheResponseASecondUpdateAddsNotTheOneAlreadyThere() throws Exception {
    assertThat(update()).as(err).isZero();
    assertThat(out).contains("2 files fetched", "2 added");
    assertThat(run("watch", "add", "accountable", "\"hold the force to account\"", "--type", "pcc_response",
        "--index", dir.resolve("index").toString())).isZero();

    byte[] essex = Files.readAllBytes(new PdfMaker()
        .paragraph("Police, Fire and Crime Commissioner for Essex: response to the HMICFRS report Keeping count")
        .paragraph("Dear Home Secretary,").paragraph("20 May 2030")
        .paragraph("I will hold the force to account for its audit of crime records.")
        .write(dir.resolve("e.pdf")));
    site.page("/publications/keeping-count/", PUBLICATION.formatted(
            "<li><a href=\"/files/response-essex.pdf\">Essex PFCC response (PDF document)</a></li>"))
        .file("/files/response-essex.pdf", "application/pdf", essex);

    assertThat(update("--format", "json")).as(err).isZero();
    JsonNode summary = Json.MAPPER.readTree(out);
    assertThat(summary.path("fetch").path("fetched").asInt()).isEqualTo(1);
    assertThat(summary.path("ingest").path("added").asInt()).isEqualTo(1);
    assertThat(summary.path("ingest").path("unchanged").asInt()).isEqualTo(2);
    assertThat(summary.path("ingest").path("watch_matches").asInt()).isEqualTo(1);
    JsonNode watch = summary.path("ingest").path("watch");
    assertThat(watch).singleElement().satisfies(w -> {
      assertThat(w.path("name").asText()).isEqualTo("accountable");
      assertThat(w.path("matches")).singleElement().satisfies(m -> {
        assertThat(m.path("file").asText()).isEqualTo("response-essex.pdf");
        assertThat(m.path("page").asInt()).isEqualTo(1);
        assertThat(m.path("snippet").asText()).contains("<b>hold the force to account</b>");
      });
    });

    // the third run finds nothing new, and says so in the table
    assertThat(update()).isZero();
    assertThat(out).contains("watch: no new matches for 1 saved search");
    assertThat(run("watch", "matches", "accountable", "--index", dir.resolve("index").toString())).isZero();
    assertThat(out).contains("response-essex.pdf", "1 match").doesNotContain("response-kent.pdf");
  }

  @Test
  void updatePrintsTableOrJsonOnly() {
    assertThat(update("--format", "csv")).isEqualTo(2);
    assertThat(err).contains("update prints table or json, not csv");
  }
}

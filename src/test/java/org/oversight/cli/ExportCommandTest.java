package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.query.Exporter;

class ExportCommandTest {
  @TempDir Path dir;
  String index;
  StringWriter err = new StringWriter();

  static final String KENT = """
      Response to HMICFRS report: Keeping count: crime recording in policing

      Published 14 March 2030

      2 April 2030

      Dear Home Secretary,

      I welcome this report. HMICFRS recommended that chief constables should audit how crimes are recorded.

      The force will finish its audit of crime recording by June.

      Yours sincerely

      Margaret Ellison
      Police and Crime Commissioner for Kent
      """;
  static final String ESSEX = """
      Essex Police, Fire and Crime Commissioner's response to Keeping count: crime recording in policing

      20 May 2030

      Dear Home Secretary,

      The force accepts the recommendation on auditing crime records and has started the audit.

      Yours sincerely

      Thomas Reedman
      Police, Fire and Crime Commissioner for Essex
      """;

  @BeforeEach
  void ingest() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("kent.txt"), KENT);
    Files.writeString(docs.resolve("essex.txt"), ESSEX);
    index = dir.resolve("index").toString();
    assertThat(run("ingest", docs.toString(), "--index", index)).isZero();
  }

  private int run(String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  private List<CSVRecord> load(Path file, Exporter.Level level) throws Exception {
    try (Reader r = Files.newBufferedReader(file);
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      assertThat(p.getHeaderNames()).isEqualTo(Exporter.COLUMNS.get(level));
      return p.getRecords();
    }
  }

  @Test
  void documentLevelCsvLoadsBackWithEveryColumn() throws Exception {
    Path out = dir.resolve("docs.csv");
    assertThat(run("export", "--out", out.toString(), "--format", "csv", "--force", "Kent", "--index", index))
        .isZero();
    CSVRecord kent = load(out, Exporter.Level.document).get(0);
    assertThat(kent.get("id")).hasSize(64);
    assertThat(kent.get("file")).isEqualTo("kent.txt");
    assertThat(kent.get("path")).endsWith("kent.txt");
    assertThat(kent.get("format")).isEqualTo("text");
    assertThat(kent.get("doc_type")).isEqualTo("pcc_response");
    assertThat(kent.get("document_date")).isEqualTo("2030-04-02");
    assertThat(kent.get("year")).isEqualTo("2030");
    assertThat(kent.get("primary_force")).isEqualTo("Kent Police");
    assertThat(kent.get("forces")).isEqualTo("Kent Police");
    assertThat(kent.get("report_title")).isEqualTo("Keeping count: crime recording in policing");
    assertThat(kent.get("report_date")).isEqualTo("2030-03-14");
    assertThat(kent.get("author_name")).isEqualTo("Margaret Ellison");
    assertThat(kent.get("author_role")).isEqualTo("Police and Crime Commissioner");
    assertThat(kent.get("people")).isEqualTo("Margaret Ellison (Police and Crime Commissioner)");
    assertThat(kent.get("recommendations")).isEqualTo("1");
    assertThat(kent.get("ratings")).isEmpty();
    assertThat(kent.get("response_days")).as("publication day is day 1").isEqualTo("20");
    assertThat(kent.get("within_56_days")).isEqualTo("true");
    assertThat(kent.get("pages")).isEqualTo("0");
    assertThat(kent.get("passages")).isEqualTo("8");
    assertThat(Integer.parseInt(kent.get("tokens"))).isGreaterThan(40);
  }

  @Test
  void recommendationAndPassageLevels() throws Exception {
    Path recs = dir.resolve("recs.csv");
    assertThat(run("export", "--out", recs.toString(), "--level", "recommendation", "--index", index)).isZero();
    CSVRecord r = load(recs, Exporter.Level.recommendation).get(0);
    assertThat(r.get("file")).isEqualTo("kent.txt");
    assertThat(r.get("doc_type")).isEqualTo("pcc_response");
    assertThat(r.get("document_date")).isEqualTo("2030-04-02");
    assertThat(r.get("primary_force")).isEqualTo("Kent Police");
    assertThat(r.get("report_title")).isEqualTo("Keeping count: crime recording in policing");
    assertThat(r.get("report_date")).isEqualTo("2030-03-14");
    assertThat(r.get("passage")).isEqualTo("4");
    assertThat(r.get("addressee")).isEqualTo("chief constables");
    assertThat(r.get("deadline")).isEmpty();
    assertThat(r.get("due")).isEmpty();
    assertThat(r.get("text")).isEqualTo("HMICFRS recommended that chief constables should audit how crimes are "
        + "recorded.");
    assertThat(r.get("id")).hasSize(64);

    Path passages = dir.resolve("passages.jsonl");
    assertThat(run("export", "--out", passages.toString(), "--format", "jsonl", "--level", "passage",
        "--report", "crime recording", "--index", index)).isZero();
    List<String> lines = Files.readAllLines(passages);
    assertThat(lines).hasSize(8 + 6);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"is_recommendation\":true", "\"passage\":4"));
  }

  @Test
  void aBadFilterIsAUsageError() {
    assertThat(run("export", "--out", dir.resolve("x.csv").toString(), "--force", "Atlantis", "--index", index))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no police force is called 'Atlantis'");
  }
}

package org.oversight.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.serve.ServeFixture.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.Json;
import org.oversight.query.Exporter;
import org.oversight.query.Filter;
import org.oversight.query.Searcher;

/** The server in-process on 127.0.0.1 (any free port) over a small index the test builds, driven over HTTP. */
class ServerTest {
  static final String TOKEN = "sample-token-0123456789abcdef";
  static final String LEDGER = "/reports/keeping-count-crime-recording-in-policing";
  static final String COMPARE = LEDGER + "/compare";

  @TempDir static Path dir;
  static Path index;
  static WebServer open;
  static WebServer locked;
  static String kentId;

  @BeforeAll
  static void start() throws Exception {
    index = ServeFixture.build(dir);
    open = WebServer.start(new WebServer.Settings(index, "127.0.0.1", 0, null),
        config -> config.routes.get("/boom", ctx -> {
          throw new IllegalStateException("secret internal detail");
        }));
    locked = WebServer.start(new WebServer.Settings(index, "127.0.0.1", 0, TOKEN));
    kentId = json(get(open, "/api/search?q=file:%22kent-response.pdf%22")).at("/hits/0/id").asText();
  }

  @AfterAll
  static void stop() throws Exception {
    open.close();
    locked.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.MAPPER.readTree(r.body());
  }

  static List<CSVRecord> csv(String body) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
        .getRecords();
  }

  @Test
  void theSearchPageRanksHitsAndPagesThroughThem() throws Exception {
    HttpResponse<String> first = get(open, "/search?q=audit");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("utf-8");
    assertThat(first.body()).contains("<strong>27</strong> matching passages, page 1 of 2")
        .contains("<mark>audit</mark>").contains("href=\"/search?q=audit&amp;page=2\"");
    assertThat(first.body().split("class=\"hit\"", -1)).hasSize(21);
    HttpResponse<String> second = get(open, "/search?q=audit&page=2");
    assertThat(second.body().split("class=\"hit\"", -1)).hasSize(8);
    assertThat(second.body()).contains("<ol class=\"hits\" start=\"21\">").contains("rel=\"prev\"");
  }

  @Test
  void aFacetNarrowsTheViewAndClickingItAgainWidensIt() throws Exception {
    String page = get(open, "/search?q=audit").body();
    assertThat(page).contains("href=\"/search?q=audit&amp;force=Essex%20Police\" data-value=\"Essex Police\"");
    String narrowed = get(open, "/search?q=audit&force=Essex%20Police").body();
    assertThat(narrowed).contains("<strong>24</strong> matching passages")
        .contains("class=\"facet-value selected\" href=\"/search?q=audit\" data-value=\"Essex Police\"")
        .contains("<input type=\"hidden\" name=\"force\" value=\"Essex Police\">");
    // a force named by alias is the same filter
    assertThat(get(open, "/search?q=audit&force=essex").body()).contains("<strong>24</strong> matching passages");
    assertThat(get(open, "/search?q=audit&from=2030&to=2030").body()).contains("<strong>4</strong> matching");
  }

  @Test
  void everyListDownloadsAllItsRowsWithTheColumnsOfExport() throws Exception {
    HttpResponse<String> r = get(open, "/search?q=audit&format=csv");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("search.csv");
    assertThat(r.body()).startsWith(String.join(",", Exporter.COLUMNS.get(Exporter.Level.passage)) + "\r\n");
    assertThat(csv(r.body())).hasSize(ServeFixture.AUDIT_PASSAGES)
        .allSatisfy(row -> assertThat(row.get("text").toLowerCase()).contains("audit"));
    JsonNode rows = json(get(open, "/search?q=audit&force=Essex&format=json"));
    assertThat(rows).hasSize(24).filteredOn(row -> !row.get("file").asText().equals("keeping-count-report.txt"))
        .as("the report names Essex among its forces but is about no one force").hasSize(23)
        .allSatisfy(row -> assertThat(row.get("primary_force").asText()).isEqualTo("Essex Police"));
    List<CSVRecord> documents = csv(get(open, "/search?q=audit&format=csv&level=document").body());
    assertThat(documents).extracting(row -> row.get("file")).containsExactlyInAnyOrder("kent-response.pdf",
        "essex-response.txt", "keeping-count-report.txt", ServeFixture.HOSTILE_FILE,
        "panel-minutes.txt");
    assertThat(csv(get(open, "/reports?format=csv").body())).extracting(row -> row.get("title"))
        .contains(ServeFixture.REPORT);
    // the compare table's CSV has the columns of 'compare --format csv'
    assertThat(get(open, COMPARE + "?format=csv").body().lines().findFirst().orElseThrow()).isEqualTo("report,"
        + "published,deadline,force,responder,role,response_date,days,days_late,within_56_days,id,file,passages,"
        + "addressed,recommendations");
    assertThat(get(open, "/search?q=audit&format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void theApiMirrorsThePageAsJson() throws Exception {
    JsonNode page = json(get(open, "/api/search?q=audit"));
    assertThat(page.get("total").asLong()).isEqualTo(27);
    assertThat(page.get("hits")).hasSize(20);
    assertThat(page.at("/facets/force/Essex Police").asInt()).isEqualTo(24);
    assertThat(json(get(open, "/search?q=audit", "Accept", "application/json")).get("total").asInt()).isEqualTo(27);
    JsonNode doc = json(get(open, "/api/doc/" + kentId));
    assertThat(doc.at("/record/file").asText()).isEqualTo("kent-response.pdf");
    assertThat(doc.get("passages")).hasSize(5);
    JsonNode compare = json(get(open, "/api" + COMPARE));
    assertThat(compare.get("rows")).hasSize(2);
    // as the ledger counts them: the report names the three forces it inspected, and Sussex has not responded
    assertThat(compare.get("missing")).extracting(JsonNode::asText).containsExactly("Sussex Police");
    assertThat(json(get(open, "/api/people")).findValuesAsText("name")).contains("Margaret Ellison");
    assertThat(json(get(open, "/api/forces")).findValuesAsText("force")).contains("Essex Police");
    assertThat(json(get(open, "/api/timeline?force=Kent")).findValuesAsText("event")).contains("response");
    assertThat(json(get(open, "/api/reports")).findValuesAsText("title")).contains(ServeFixture.REPORT);
  }

  @Test
  void aQueryErrorIsAMessageOnThePageNeverATrace() throws Exception {
    HttpResponse<String> r = get(open, "/search?q=audit%20AND%20(custody");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("<p class=\"error\" id=\"query-error\">malformed query 'audit AND (custody': "
        + "unexpected end of query");
    assertThat(get(open, "/search?q=audit&force=Atlantis").body()).contains("no police force is called 'Atlantis'");
    assertThat(get(open, "/search?q=audit&from=last%20week").body()).contains("bad date 'last week'");
    HttpResponse<String> rows = get(open, "/search?q=audit%20AND%20(custody&format=csv");
    assertThat(rows.statusCode()).isEqualTo(400);
    assertThat(rows.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(rows.body()).doesNotContain("id,file,passage");
    HttpResponse<String> api = get(open, "/api/search?q=audit%20AND%20(custody");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(api.body()).get("error").asText()).startsWith("malformed query");
    HttpResponse<String> boom = get(open, "/boom");
    assertThat(boom.statusCode()).isEqualTo(500);
    assertThat(boom.body()).contains("could not answer this request").doesNotContain("secret internal detail")
        .doesNotContain("IllegalStateException").doesNotContain("at org.");
  }

  @Test
  void aDocumentShowsItsTagsWithTheirPassagesAndTheHit() throws Exception {
    String page = get(open, "/doc/" + kentId + "?q=audits&p=2").body();
    assertThat(page).contains("<section class=\"passage hit\" id=\"p-2\" data-passage=\"2\">")
        .contains("passage 2 · page 2 · <strong>the hit</strong>")
        .contains("should <mark>audit</mark> how crimes")
        .contains("<a id=\"original\" href=\"/doc/" + kentId + "/file#page=2\">Original file</a> (opens at page 2)");
    // the recommendation tag quotes the passage it came from and links to it
    assertThat(page).containsPattern("(?s)data-tag=\"recommendations\">.*?<q>HMICFRS recommended that chief "
        + "constables should audit how crimes are recorded.</q> <a href=\"#p-2\">passage 2, page 2</a>");
    assertThat(page).contains("<dt>section 55</dt><dd>day 20 of 56, within the period; deadline 2030-05-08</dd>");
    assertThat(get(open, "/doc/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(get(open, "/doc/" + kentId.substring(0, 12)).statusCode()).as("only whole ids").isEqualTo(404);
  }

  @Test
  void theOriginalIsServedThroughTheDocumentIdOnly() throws Exception {
    HttpResponse<byte[]> pdf = ServeFixture.bytes(open, "/doc/" + kentId + "/file");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.body()).isEqualTo(Files.readAllBytes(dir.resolve("files/kent-response.pdf")));
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"kent-response.pdf\"");
    String essex = csv(get(open, "/search?q=file:%22essex-response.txt%22&format=csv").body()).get(0).get("id");
    HttpResponse<byte[]> text = ServeFixture.bytes(open, "/doc/" + essex + "/file");
    assertThat(text.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(text.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    for (String path : List.of("/doc/..%2f..%2fetc%2fpasswd/file", "/doc/../../etc/passwd",
        "/static/../org/oversight/serve/WebServer.class", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/doc/" + kentId + "/file/../../../etc/passwd")) {
      assertThat(raw(open, "GET " + path + " HTTP/1.1")).as(path).matches("(?s)HTTP/1.1 40[04] .*")
          .doesNotContain("root:x:0");
    }
  }

  @Test
  void aChangedOriginalIsNotServedUnderTheOldId() throws Exception {
    Path file = Files.writeString(dir.resolve("files/changing.txt"), "SAMPLE before");
    ServeFixture.add(index, DocumentBuilder.document("changing.txt").source(file).passage("SAMPLE before").build());
    String id = waitFor("/search?q=file:%22changing.txt%22&format=csv", "changing.txt").get(0).get("id");
    assertThat(ServeFixture.bytes(open, "/doc/" + id + "/file").statusCode()).isEqualTo(200);
    Files.writeString(file, "SAMPLE after: another text");
    HttpResponse<String> r = get(open, "/doc/" + id + "/file");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("the original file has changed since it was indexed");
  }

  @Test
  void theComparePageSaysWhoRespondedWhenAndClaimsNoMore() throws Exception {
    HttpResponse<String> r = get(open, COMPARE);
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("<h1 id=\"report-title\">Keeping count: crime recording in policing</h1>")
        .contains("Section 55's period of 56 days ends on <strong>2030-05-08</strong>")
        .contains("<td class=\"timing in-time\">day 20 of 56, within the period</td>")
        .contains("<td class=\"timing late\">day 68 of 56, 12 days late</td>")
        .contains("<td>Margaret Ellison</td>").contains("<td>Police, Fire and Crime Commissioner</td>")
        .contains("No response found in the corpus (1 force)")
        .contains("Absence from the corpus is not proof of non-compliance")
        .contains("A response's own date (the date it bears, or the date its web page gives) stands in for its "
            + "publication date")
        .doesNotContain("did not respond");
    // the forces due to respond as the ledger counts them (the three the report inspected), not every force
    assertThat(Jsoup.parse(page).selectFirst("section.missing").text()).contains("Sussex Police")
        .doesNotContain("Surrey Police", "Avon and Somerset");
    // one section per response, where more about each response can go
    assertThat(page.split("<tbody class=\"response\"", -1)).hasSize(3);
    assertThat(page).contains("accepts the <mark>recommendation</mark> on auditing");
    assertThat(get(open, "/reports/crime%20recording%20in%20policing/compare").body()).as("a fragment of the title")
        .contains("day 68 of 56");
    HttpResponse<String> ambiguous = get(open, "/reports/keeping%20count");
    assertThat(ambiguous.statusCode()).isEqualTo(400);
    assertThat(ambiguous.body()).contains("is ambiguous; it fits 2 reports");
    List<CSVRecord> rows = csv(get(open, COMPARE + "?format=csv").body());
    assertThat(rows).extracting(row -> row.get("force") + " " + row.get("days") + " " + row.get("within_56_days"))
        .containsExactly("Essex Police 68 false", "Kent Police 20 true");
  }

  /** The text of one cell of the ledger's grid: a recommendation's row, a force's column. */
  static Element cell(Document page, int recommendation, String force) {
    return page.selectFirst("#grid tr.recommendation[data-number=" + recommendation + "] td.cell[data-force=\""
        + force + "\"]");
  }

  static Element body(Document page, String force) {
    return page.selectFirst("#bodies tr.body[data-force=\"" + force + "\"]");
  }

  @Test
  void theReportPageIsItsSection55Ledger() throws Exception {
    HttpResponse<String> r = get(open, LEDGER);
    assertThat(r.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(r.body());
    assertThat(page.selectFirst("#tab-ledger.current")).as("the ledger is the report's main view").isNotNull();
    assertThat(page.selectFirst("#tab-compare").attr("href")).isEqualTo(COMPARE);
    assertThat(page.selectFirst("#published").text())
        .isEqualTo("2030-03-14, date from the report itself (keeping-count-report.txt)");
    assertThat(page.selectFirst("#deadline").text())
        .isEqualTo("2030-05-08 (the publication day is day 1; the deadline is day 56)");
    assertThat(page.selectFirst("#who").text()).isEqualTo("about a few forces: the 3 forces the report names (Essex "
        + "Police, Kent Police, Sussex Police) (rule: named_forces)");
    assertThat(page.selectFirst("#from").text()).isEqualTo("2, from the report itself (keeping-count-report.txt); 1 "
        + "area for improvement listed apart");

    // one row per body due to respond: force, body, signer, role, date, the day of the period, coverage
    assertThat(page.select("#bodies tr.body")).extracting(e -> e.select("td").stream().map(Element::text).toList())
        .containsExactly(
            List.of("Essex Police", "Police, Fire and Crime Commissioner for Essex", "Thomas Reedman",
                "Police, Fire and Crime Commissioner", "2030-05-20", "day 68 of 56, 12 days late", "1 of 2",
                "essex-response.txt"),
            List.of("Kent Police", "Police and Crime Commissioner for Kent", "Margaret Ellison",
                "Police and Crime Commissioner", "2030-04-02", "day 20 of 56, within the period", "2 of 2",
                "kent-response.pdf"),
            List.of("Sussex Police", "Police and Crime Commissioner for Sussex", "no response found in the corpus"));
    assertThat(body(page, "Kent Police").selectFirst("a.response-link").attr("href")).isEqualTo("/doc/" + kentId);
    assertThat(page.selectFirst("#without").text())
        .isEqualTo("1 body due to respond with no response found in the corpus.");

    // the grid: recommendations down, bodies across; a cited cell links to its passage in the document page
    assertThat(page.select("#grid thead th.body-col")).extracting(Element::text)
        .containsExactly("Essex Police Police, Fire and Crime Commissioner for Essex",
            "Kent Police Police and Crime Commissioner for Kent", "Sussex Police Police and Crime Commissioner for "
            + "Sussex");
    assertThat(page.select("#grid tr.recommendation")).extracting(e -> e.attr("data-number")).containsExactly("1",
        "2");
    Element kentOnFirst = cell(page, 1, "Kent Police");
    assertThat(kentOnFirst.attr("class")).isEqualTo("cell addressed");
    assertThat(kentOnFirst.selectFirst("a.cited").attr("href")).isEqualTo("/doc/" + kentId + "?p=3#p-3");
    assertThat(kentOnFirst.text()).isEqualTo("passage 3, page 3 score 1.00 after quote");
    Element kentOnSecond = cell(page, 2, "Kent Police");
    assertThat(kentOnSecond.selectFirst("a.cited").attr("href")).isEqualTo("/doc/" + kentId + "?p=4#p-4");
    assertThat(kentOnSecond.text()).isEqualTo("passage 4, page 3 score 1.00 number");
    Element essexOnFirst = cell(page, 1, "Essex Police");
    assertThat(essexOnFirst.selectFirst("a.cited").attr("href")).isEqualTo("/doc/" + essexId() + "?p=1#p-1");
    assertThat(essexOnFirst.text()).isEqualTo("passage 1 score 1.00 words");
    assertThat(cell(page, 2, "Essex Police").text()).isEqualTo("not found in the response");
    assertThat(cell(page, 2, "Essex Police").attr("class")).isEqualTo("cell not-found");
    assertThat(cell(page, 1, "Sussex Police").text()).isEqualTo("no response found in the corpus");
    assertThat(cell(page, 2, "Sussex Police").text()).isEqualTo("no response found in the corpus");
    assertThat(page.selectFirst("#grid-note")).as("three bodies: a column each").isNull();

    // the passages cited, in full
    assertThat(page.select("#cited tr.citation")).extracting(e -> e.select("td").eachText())
        .containsExactly(
            List.of("1", "Essex Police", "passage 1 of essex-response.txt", "1.00", "words",
                "The force accepts the recommendation on auditing crime records and has started the audit."),
            List.of("1", "Kent Police", "passage 3, page 3 of kent-response.pdf", "1.00", "after quote",
                "The force will finish its audit of crime recording by June."),
            List.of("2", "Kent Police", "passage 4, page 3 of kent-response.pdf", "1.00", "number",
                ServeFixture.KENT_ON_SECOND));

    // areas for improvement apart, not in the grid
    assertThat(page.select("#areas ol.areas li").eachText()).containsExactly(ServeFixture.AREA);
    assertThat(page.selectFirst("#grid").text()).doesNotContain("Area for improvement");

    assertThat(page.select("#notes li").eachText())
        .contains("A response's own date stands in for its publication date unless the page that published it "
            + "states one.", "Absence from the corpus is not proof of non-compliance: a body may have published a "
            + "response the corpus does not hold.");
    assertThat(r.body()).doesNotContain("did not respond");
  }

  static String essexId() throws Exception {
    return csv(get(open, "/search?q=file:%22essex-response.txt%22&format=csv").body()).get(0).get("id");
  }

  @Test
  void theLedgerDownloadsAsTheLedgerCommandsJsonAndTheExportsRows() throws Exception {
    JsonNode api = json(get(open, "/api" + LEDGER));
    JsonNode expected;
    List<String> exported = new java.util.ArrayList<>();
    try (Searcher s = Searcher.open(index)) {
      // what ledger --format json prints
      expected = Json.MAPPER.readTree(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          s.ledgers().ledger(ServeFixture.REPORT)));
      StringBuilder csv = new StringBuilder();
      CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder()
          .setHeader(Exporter.COLUMNS.get(Exporter.Level.ledger).toArray(String[]::new)).get());
      s.exporter().export(Exporter.Level.ledger, Filter.NONE.withReport("crime recording in policing"), row -> {
        try {
          printer.printRecord(row.values());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      printer.flush();
      exported.add(csv.toString());
    }
    assertThat(api).isEqualTo(expected);
    assertThat(api.at("/who_must_respond/rule").asText()).isEqualTo("named_forces");
    assertThat(api.at("/recommendations/1/cells/1/how").asText()).isEqualTo("number");
    assertThat(json(get(open, LEDGER + "?format=json"))).isEqualTo(expected);
    assertThat(json(get(open, "/reports/crime%20recording%20in%20policing", "Accept", "application/json")))
        .isEqualTo(expected);

    HttpResponse<String> csv = get(open, LEDGER + "?format=csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("ledger-keeping-count-crime-recording-in-policing.csv");
    assertThat(csv.body()).isEqualTo(exported.get(0));
    List<CSVRecord> rows = csv(csv.body());
    assertThat(rows).extracting(row -> row.get("number") + " " + row.get("force") + " " + row.get("status") + " "
        + row.get("passage") + " " + row.get("how"))
        .containsExactly("1 Essex Police addressed 1 words", "1 Kent Police addressed 3 after quote",
            "1 Sussex Police no_response  ", "2 Essex Police not_found  ", "2 Kent Police addressed 4 number",
            "2 Sussex Police no_response  ");
  }

  @Test
  void aQueryOnTheReportPageOpensItsCompareTable() throws Exception {
    HttpResponse<String> r = get(open, "/reports/crime%20recording%20in%20policing?q=audit");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location")).hasValue(COMPARE + "?q=audit");
    assertThat(get(open, "/api" + LEDGER + "?q=audit").headers().firstValue("Location"))
        .hasValue("/api" + COMPARE + "?q=audit");
    String compare = get(open, COMPARE).body();
    assertThat(Jsoup.parse(compare).selectFirst("#tab-compare.current")).isNotNull();
    assertThat(Jsoup.parse(compare).selectFirst("#tab-ledger").attr("href")).isEqualTo(LEDGER);
    HttpResponse<String> unknown = get(open, "/reports/no-such-report");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("no report matches 'no-such-report'");
  }

  @Test
  void manyBodiesWithoutAResponseShareOneColumnUntilAskedForEach() throws Exception {
    // the hostile report is not in the corpus: every territorial force is counted, and only Kent responded
    Document page = Jsoup.parse(get(open, Links.report(ServeFixture.HOSTILE_REPORT)).body());
    assertThat(page.selectFirst("#who").text()).startsWith("report not in the corpus, and its title names no force: "
        + "every territorial force is counted (43)");
    assertThat(page.select("#bodies tr.body")).hasSize(43);
    assertThat(page.select("#bodies > table tr.body")).extracting(e -> e.attr("data-force")).containsExactly(
        "Kent Police");
    assertThat(page.selectFirst("details#silent:not([open]) summary").text())
        .as("many bodies without a response: listed apart, a click away")
        .isEqualTo("42 bodies due to respond with no response found in the corpus");
    assertThat(page.select("#silent tr.body td.timing").eachText()).hasSize(42)
        .containsOnly("no response found in the corpus");
    assertThat(page.select("#grid thead th.body-col")).extracting(Element::text)
        .containsExactly("Kent Police Police and Crime Commissioner for Kent", "42 other bodies due to respond");
    assertThat(page.select("#grid tr.recommendation td.cell").eachText())
        .containsExactly("not found in the response", "no response found in the corpus");
    assertThat(page.selectFirst("#grid-note").text()).startsWith("The 42 bodies due to respond with no response "
        + "found in the corpus share the last column");
    String every = page.selectFirst("#grid-toggle").attr("href");
    assertThat(every).endsWith("?grid=all");
    Document all = Jsoup.parse(get(open, every).body());
    assertThat(all.select("#grid thead th.body-col")).hasSize(43);
    assertThat(all.select("#grid td.cell.no-response")).hasSize(42)
        .allSatisfy(c -> assertThat(c.text()).isEqualTo("no response found in the corpus"));
    assertThat(all.selectFirst("#grid-toggle").attr("href")).doesNotContain("grid=all");
    assertThat(page.selectFirst("#grid tr.recommendation td.rec-text").ownText())
        .contains("escape " + ServeFixture.XSS_TEXT);
  }

  @Test
  void aReportWithoutADateOrRecommendationsSaysWhatCannotBeCounted() throws Exception {
    // only Surrey's response refers to this report: the corpus gives neither its date nor its recommendations
    Document page = Jsoup.parse(get(open, Links.report(ServeFixture.OTHER_REPORT)).body());
    assertThat(page.selectFirst("#published").text()).isEqualTo("report date unknown");
    assertThat(page.selectFirst("#deadline").text())
        .isEqualTo("no deadline can be counted without the day the report was published");
    assertThat(page.selectFirst("#from").text()).isEqualTo("none found: the report is not in the corpus and no "
        + "letter or response about it quotes a recommendation; 0 areas for improvement listed apart");
    assertThat(page.selectFirst("#no-recommendations")).isNotNull();
    assertThat(page.selectFirst("#grid")).isNull();
    assertThat(body(page, "Surrey Police").select("td").stream().map(Element::text).toList())
        .containsExactly("Surrey Police", "Police and Crime Commissioner for Surrey", "Priya Lomax",
            "Police and Crime Commissioner", "2030-06-03", "report date unknown", "no recommendations",
            "surrey-response.txt");
    assertThat(page.select("#notes li").eachText()).first().asString().startsWith("Report date unknown: no document "
        + "in the corpus states when the report was published");
  }

  @Test
  void theOverduePageMirrorsTheOverdueCommand() throws Exception {
    Document page = Jsoup.parse(get(open, "/overdue?as_of=2030-05-10").body());
    assertThat(page.selectFirst("#summary").ownText()).startsWith("As of 2030-05-10: 2 bodies with no response found "
        + "in the corpus, to 1 report whose section 55 period has ended.");
    assertThat(page.select("tr.overdue-row")).extracting(e -> e.select("td").eachText())
        .containsExactly(
            List.of(ServeFixture.REPORT, "2030-03-14", "2030-05-08", "Essex Police",
                "Police, Fire and Crime Commissioner for Essex", "2", "named_forces"),
            List.of(ServeFixture.REPORT, "2030-03-14", "2030-05-08", "Sussex Police",
                "Police and Crime Commissioner for Sussex", "2", "named_forces"));
    assertThat(page.selectFirst("tr.overdue-row a").attr("href")).isEqualTo(LEDGER);
    assertThat(page.selectFirst("#undated").text()).contains(ServeFixture.OTHER_REPORT);
    assertThat(page.selectFirst("#note").text()).contains("Absence from the corpus is not proof of non-compliance")
        .contains("A response's own date stands in for its publication date");
    assertThat(page.selectFirst("#as-of").attr("value")).isEqualTo("2030-05-10");

    // Essex's response, dated 2030-05-20, counts from that day; none counts before the period ends
    assertThat(csv(get(open, "/overdue?as_of=2030-06-01&format=csv").body()))
        .extracting(row -> row.get("force") + " " + row.get("days_overdue")).containsExactly("Sussex Police 24");
    assertThat(get(open, "/overdue?as_of=2030-05-08").body()).contains("As of 2030-05-08: 0 bodies");
    HttpResponse<String> csv = get(open, "/overdue?as_of=2030-05-10&format=csv");
    assertThat(csv.body()).startsWith("report,published,deadline,force,body,days_overdue,rule\r\n");
    JsonNode rows = json(get(open, "/api/overdue?as_of=2030-05-10"));
    try (Searcher s = Searcher.open(index)) {
      assertThat(rows).isEqualTo(Json.MAPPER.readTree(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
          s.ledgers().overdue(java.time.LocalDate.parse("2030-05-10")).rows()))); // what overdue --format json prints
    }
    HttpResponse<String> bad = get(open, "/overdue?as_of=someday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("<p class=\"error\" id=\"query-error\">bad date 'someday'");
    assertThat(get(open, "/api/overdue?as_of=someday").statusCode()).isEqualTo(400);
  }

  @Test
  void twoOrThreeResponsesReadSideBySide() throws Exception {
    JsonNode rows = json(get(open, "/api" + COMPARE)).get("rows");
    String essex = rows.get(0).get("id").asText();
    String page = get(open, LEDGER + "/read?doc=" + kentId + "&doc=" + essex).body();
    assertThat(page.split("<article class=\"reading\"", -1)).hasSize(3);
    assertThat(page).contains("The force will finish its audit of crime recording by June.")
        .contains("has started the audit.");
    assertThat(page).contains("<a id=\"back-to-compare\" href=\"" + COMPARE + "\">");
    assertThat(get(open, LEDGER + "/read?doc=" + kentId).body()).contains("Choose two or three responses");
  }

  @Test
  void peopleForcesAndTimelinesMirrorTheirCommands() throws Exception {
    String people = get(open, "/people?role=commissioner").body();
    assertThat(people).contains("<td>Margaret Ellison</td>")
        .contains("<a href=\"/doc/" + kentId + "\">kent-response.pdf</a>");
    assertThat(get(open, "/forces").body()).contains("<a href=\"/timeline?force=Essex%20Police\">Essex Police</a>");
    String timeline = get(open, "/timeline?force=essex").body();
    assertThat(timeline).contains("<h1>Timeline: Essex Police</h1>")
        .contains("day 68 of 56, 12 days late: Keeping count: crime recording in policing");
    assertThat(get(open, "/timeline?force=Atlantis").body()).contains("no police force is called 'Atlantis'");
    assertThat(csv(get(open, "/timeline?force=Essex&format=csv").body())).extracting(row -> row.get("event"))
        .contains("report", "response", "recommendation due");
  }

  @Test
  void markupInDocumentsIsShownAsTextOnEveryPage() throws Exception {
    String hostile = csv(get(open, "/search?q=hostile&format=csv").body()).get(0).get("id");
    for (String path : List.of("/search?q=hostile", "/doc/" + hostile + "?q=hostile", "/reports",
        Links.report(ServeFixture.HOSTILE_REPORT), Links.report(ServeFixture.HOSTILE_REPORT) + "?grid=all",
        Links.compare(ServeFixture.HOSTILE_REPORT), "/overdue?as_of=2031-01-01", "/people", "/timeline?force=Kent",
        "/search?q=%3Cscript%3E")) {
      HttpResponse<String> r = get(open, path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
          .containsAnyOf("&lt;script&gt;alert(", "&lt;img src=x");
    }
    assertThat(get(open, "/doc/" + hostile).body())
        .contains("<h1 id=\"title\">SAMPLE hostile &lt;script&gt;alert('xss')&lt;/script&gt; title \"&gt;&lt;img "
            + "src=x onerror=alert('xss')&gt;</h1>");
  }

  @Test
  void noTemplatePrintsUnescapedText() throws Exception {
    try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
      assertThat(templates.filter(p -> p.toString().endsWith(".jte")))
          .isNotEmpty()
          .allSatisfy(p -> assertThat(Files.readString(p)).doesNotContain("$unsafe").doesNotContain(" style=")
              .doesNotContain("<script>").doesNotContainPattern(" on[a-z]+="));
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/search?q=audit", "/static/style.css", "/nope", "/api/search?q=audit",
        "/search?q=audit&format=csv", "/doc/" + kentId + "/file", LEDGER, LEDGER + "?format=csv", "/api" + LEDGER,
        "/overdue?as_of=2030-06-01", "/overdue?as_of=someday")) {
      HttpResponse<String> r = get(open, path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(WebServer.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
    String jetty = raw(open, "GET /%zz HTTP/1.1");
    assertThat(jetty).startsWith("HTTP/1.1 400").contains("Content-Security-Policy").doesNotContain("at org.");
  }

  @Test
  void aNewCommitShowsWithoutARestart() throws Exception {
    assertThat(get(open, "/search?q=zeppelin").body()).contains("<strong>0</strong> matching passages");
    assertThat(get(open, "/reports").body()).doesNotContain("SAMPLE zeppelin report");
    ServeFixture.add(index, DocumentBuilder.document("late-arrival.txt").report("SAMPLE zeppelin report", null)
        .passage("SAMPLE: a zeppelin arrived.").build());
    assertThat(waitFor("/search?q=zeppelin&format=csv", "late-arrival.txt")).hasSize(1);
    assertThat(get(open, "/reports").body()).as("lists worked out once per commit are worked out again")
        .contains("SAMPLE zeppelin report");
  }

  /** Polls a CSV view until a file shows in it, as the server looks for a new commit once a second. */
  static List<CSVRecord> waitFor(String path, String file) throws Exception {
    long end = System.nanoTime() + 10_000_000_000L;
    while (true) {
      List<CSVRecord> rows = csv(get(open, path).body());
      if (rows.stream().anyMatch(r -> r.get("file").equals(file)) || System.nanoTime() > end) return rows;
      Thread.sleep(200);
    }
  }

  @Test
  void withATokenEveryRequestNeedsIt() throws Exception {
    assertThat(get(locked, "/api/search?q=audit").statusCode()).isEqualTo(401);
    assertThat(get(locked, "/search?q=audit", "Accept", "application/json").statusCode()).isEqualTo(401);
    assertThat(get(locked, "/search?q=audit&format=csv").statusCode()).isEqualTo(401);
    assertThat(get(locked, "/doc/" + kentId + "/file").statusCode()).isEqualTo(302);
    assertThat(get(locked, "/api/search?q=audit", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(get(locked, "/api/search?q=audit", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    HttpResponse<String> page = get(locked, "/search?q=audit");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fsearch%3Fq%3Daudit");
    assertThat(get(locked, "/static/style.css").statusCode()).isEqualTo(200);
  }

  @Test
  void theSignInFormSetsACookieThatIsNotTheToken() throws Exception {
    HttpResponse<String> wrong = ServeFixture.post(locked, "/login", "token=nope&next=%2Fsearch");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Wrong token.");
    HttpResponse<String> ok = ServeFixture.post(locked, "/login", "token=" + TOKEN + "&next=%2Fsearch%3Fq%3Daudit");
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(ok.headers().firstValue("Location")).hasValue("/search?q=audit");
    String setCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain(TOKEN);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    assertThat(get(locked, "/search?q=audit", "Cookie", cookie).statusCode()).isEqualTo(200);
    assertThat(ServeFixture.post(locked, "/login", "token=" + TOKEN + "&next=%2F%2Fevil.example").headers()
        .firstValue("Location")).as("no open redirect").hasValue("/search");
  }

  @Test
  void anAddressBeyondLoopbackNeedsAToken() {
    assertThatThrownBy(() -> WebServer.start(new WebServer.Settings(index, "0.0.0.0", 0, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--token-file");
  }

  /** A request as typed: the JDK's client cleans bad paths up before sending them. */
  static String raw(WebServer server, String requestLine) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toString(StandardCharsets.ISO_8859_1);
    }
  }
}

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
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocumentBuilder;
import org.oversight.model.Json;
import org.oversight.query.Exporter;

/** The server in-process on 127.0.0.1 (any free port) over a small index the test builds, driven over HTTP. */
class ServerTest {
  static final String TOKEN = "sample-token-0123456789abcdef";
  static final String COMPARE = "/reports/keeping-count-crime-recording-in-policing";

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
    assertThat(narrowed).contains("<strong>23</strong> matching passages")
        .contains("class=\"facet-value selected\" href=\"/search?q=audit\" data-value=\"Essex Police\"")
        .contains("<input type=\"hidden\" name=\"force\" value=\"Essex Police\">");
    // a force named by alias is the same filter
    assertThat(get(open, "/search?q=audit&force=essex").body()).contains("<strong>23</strong> matching passages");
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
    assertThat(rows).hasSize(23).allSatisfy(row -> assertThat(row.get("primary_force").asText()).isEqualTo(
        "Essex Police"));
    List<CSVRecord> documents = csv(get(open, "/search?q=audit&format=csv&level=document").body());
    assertThat(documents).extracting(row -> row.get("file")).containsExactlyInAnyOrder("kent-response.pdf",
        "essex-response.txt", "keeping-count-report.txt", ServeFixture.HOSTILE_FILE,
        "panel-minutes.txt");
    assertThat(csv(get(open, "/reports?format=csv").body())).extracting(row -> row.get("title"))
        .contains(ServeFixture.REPORT);
    assertThat(get(open, "/search?q=audit&format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void theApiMirrorsThePageAsJson() throws Exception {
    JsonNode page = json(get(open, "/api/search?q=audit"));
    assertThat(page.get("total").asLong()).isEqualTo(27);
    assertThat(page.get("hits")).hasSize(20);
    assertThat(page.at("/facets/force/Essex Police").asInt()).isEqualTo(23);
    assertThat(json(get(open, "/search?q=audit", "Accept", "application/json")).get("total").asInt()).isEqualTo(27);
    JsonNode doc = json(get(open, "/api/doc/" + kentId));
    assertThat(doc.at("/record/file").asText()).isEqualTo("kent-response.pdf");
    assertThat(doc.get("passages")).hasSize(4);
    JsonNode compare = json(get(open, "/api" + COMPARE));
    assertThat(compare.get("rows")).hasSize(2);
    assertThat(compare.get("missing")).hasSize(41);
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
        .contains("No response found in the corpus (41 forces)")
        .contains("Absence from the corpus is not proof of non-compliance")
        .contains("A response's own date (the date it bears, or the date its web page gives) stands in for its "
            + "publication date")
        .doesNotContain("did not respond");
    assertThat(page).containsPattern("(?s)<section class=\"missing\".*Surrey Police.*</section>");
    // one section per response, where more about each response can go
    assertThat(page.split("<tbody class=\"response\"", -1)).hasSize(3);
    assertThat(page).contains("accepts the <mark>recommendation</mark> on auditing");
    assertThat(get(open, "/reports/crime%20recording%20in%20policing").body()).as("a fragment of the title")
        .contains("day 68 of 56");
    HttpResponse<String> ambiguous = get(open, "/reports/keeping%20count");
    assertThat(ambiguous.statusCode()).isEqualTo(400);
    assertThat(ambiguous.body()).contains("is ambiguous; it fits 2 reports");
    List<CSVRecord> rows = csv(get(open, COMPARE + "?format=csv").body());
    assertThat(rows).extracting(row -> row.get("force") + " " + row.get("days") + " " + row.get("within_56_days"))
        .containsExactly("Essex Police 68 false", "Kent Police 20 true");
  }

  @Test
  void twoOrThreeResponsesReadSideBySide() throws Exception {
    JsonNode rows = json(get(open, "/api" + COMPARE)).get("rows");
    String essex = rows.get(0).get("id").asText();
    String page = get(open, COMPARE + "/read?doc=" + kentId + "&doc=" + essex).body();
    assertThat(page.split("<article class=\"reading\"", -1)).hasSize(3);
    assertThat(page).contains("The force will finish its audit of crime recording by June.")
        .contains("has started the audit.");
    assertThat(get(open, COMPARE + "/read?doc=" + kentId).body()).contains("Choose two or three responses");
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
        .contains("response", "report published");
  }

  @Test
  void markupInDocumentsIsShownAsTextOnEveryPage() throws Exception {
    String hostile = csv(get(open, "/search?q=hostile&format=csv").body()).get(0).get("id");
    for (String path : List.of("/search?q=hostile", "/doc/" + hostile + "?q=hostile", "/reports",
        Links.report(ServeFixture.HOSTILE_REPORT), "/people", "/timeline?force=Kent", "/search?q=%3Cscript%3E")) {
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
        "/search?q=audit&format=csv", "/doc/" + kentId + "/file")) {
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

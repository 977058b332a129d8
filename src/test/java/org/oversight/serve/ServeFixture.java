package org.oversight.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;
import org.oversight.samples.PdfMaker;

/**
 * A small corpus for the web tests, indexed straight from hand-made records (no language models): one report about
 * three named forces with two recommendations and an area for improvement, the Kent commissioner's response on time
 * (a real three-page PDF) answering both, Essex's late answering the first, none from Sussex, Surrey's to another
 * report, a hostile document whose title, text, signer, report and quoted recommendation hold markup, and enough
 * passages about audits to need two pages. Every text is a SAMPLE written for these tests.
 */
final class ServeFixture {
  static final String REPORT = "Keeping count: crime recording in policing";
  static final String OTHER_REPORT = "Keeping count: crime recording in custody";
  static final String XSS_TEXT = "<script>alert('xss')</script>";
  static final String XSS_ATTR = "\"><img src=x onerror=alert('xss')>";
  static final String HOSTILE_TITLE = "SAMPLE hostile " + XSS_TEXT + " title " + XSS_ATTR;
  static final String HOSTILE_REPORT = "SAMPLE hostile report " + XSS_TEXT;
  /** A file name may hold markup too (not a slash). */
  static final String HOSTILE_FILE = "hostile" + XSS_ATTR + ".txt";
  /** The report's second recommendation, which Kent's response answers by its number and Essex's does not. */
  static final String SECOND = "Recommendation 2: By 30 September 2030, chief constables should make sure that every "
      + "report of anti-social behaviour is checked for a crime that should be recorded.";
  static final String KENT_ON_SECOND = "On recommendation 2, the force now checks each anti-social behaviour report "
      + "for a crime to record.";
  static final String AREA = "Area for improvement 1: Forces should tell victims when what they reported is "
      + "recorded as a crime.";
  /** Passages matching "audit": enough for two pages of twenty. */
  static final int AUDIT_PASSAGES = 27;

  private ServeFixture() {}

  /** Writes the sample files and the index under {@code dir}; returns the index folder. */
  static Path build(Path dir) throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      for (AnnotatedDocument d : documents(dir)) {
        idx.put(d, d.document().source().path().toString());
      }
      idx.commit();
    }
    return index;
  }

  /** Adds one document to an index a server is reading, as a later ingest would. */
  static void add(Path index, AnnotatedDocument d) throws Exception {
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      idx.put(d, d.document().source().path().toString());
      idx.commit();
    }
  }

  static List<AnnotatedDocument> documents(Path dir) throws Exception {
    Path kentPdf = new PdfMaker()
        .paragraph("SAMPLE DOCUMENT written for the oversight project; not a real publication.")
        .paragraph("Response to HMICFRS report: Keeping count: crime recording in policing").pageBreak()
        .paragraph("HMICFRS recommended that chief constables should audit how crimes are recorded.").pageBreak()
        .paragraph("The force will finish its audit of crime recording by June.").paragraph(KENT_ON_SECOND)
        .write(Files.createDirectories(dir.resolve("files")).resolve("kent-response.pdf"));
    List<AnnotatedDocument> docs = new ArrayList<>();
    docs.add(DocumentBuilder.response("kent-response.pdf", "Kent Police", "2030-04-02").source(kentPdf)
        .report(REPORT, "2030-03-14").author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
        .passage("SAMPLE DOCUMENT written for the oversight project; not a real publication.").onPage(1)
        .passage("Response to HMICFRS report: Keeping count: crime recording in policing").onPage(1)
        .recommendation("HMICFRS recommended that chief constables should audit how crimes are recorded.",
            "chief constables", null, null).onPage(2)
        .passage("The force will finish its audit of crime recording by June.").onPage(3)
        .passage(KENT_ON_SECOND).onPage(3).build());
    docs.add(DocumentBuilder.response("essex-response.txt", "Essex Police", "2030-05-20").source(text(dir,
        "essex-response.txt", "SAMPLE Essex response")).report(REPORT, null)
        .author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
        .passage("SAMPLE. Essex Police, Fire and Crime Commissioner's response to Keeping count: crime recording "
            + "in policing")
        .passage("The force accepts the recommendation on auditing crime records and has started the audit.")
        .build());
    docs.add(DocumentBuilder.response("surrey-response.txt", "Surrey Police", "2030-06-03")
        .report(OTHER_REPORT, null).author("Priya Lomax", "Police and Crime Commissioner", "Surrey")
        .passage("SAMPLE. Surrey Police has improved how custody records are kept.").build());
    docs.add(DocumentBuilder.document("keeping-count-report.txt").type(DocType.HMICFRS_REPORT).date("2030-03-14")
        .report(REPORT, "2030-03-14").force("Kent Police").force("Essex Police").force("Sussex Police")
        .passage("SAMPLE. " + REPORT).passage("Published on: 14 March 2030")
        .passage("We inspected Kent Police, Essex Police and Sussex Police.")
        .recommendation("Recommendation 1: Within six months, chief constables should audit how crimes are "
            + "recorded.", "chief constables", "Within six months", "2030-09-14")
        .recommendation(SECOND, "chief constables", "By 30 September 2030", "2030-09-30")
        .recommendation(AREA, "forces", null, null)
        .build());
    docs.add(DocumentBuilder.response(HOSTILE_FILE, "Kent Police", null)
        .title(HOSTILE_TITLE).report(HOSTILE_REPORT, null)
        .author("Sam " + XSS_ATTR, "Police and Crime Commissioner", "Kent")
        .passage("SAMPLE hostile text " + XSS_TEXT + " and " + XSS_ATTR + " about an audit.")
        .recommendation("Recommendation 1: SAMPLE hostile forces should escape " + XSS_TEXT + " and " + XSS_ATTR
            + ".", "forces " + XSS_ATTR, null, null)
        .build());
    DocumentBuilder minutes = DocumentBuilder.document("panel-minutes.txt").type(DocType.OTHER).date("2029-11-05")
        .primaryForce("Essex Police");
    for (int i = 1; i <= AUDIT_PASSAGES - 5; i++) {
      minutes.passage("SAMPLE minute " + i + ": the panel asked about the audit of crime records, item " + i + ".");
    }
    docs.add(minutes.build());
    return docs;
  }

  private static Path text(Path dir, String name, String content) throws Exception {
    return Files.writeString(Files.createDirectories(dir.resolve("files")).resolve(name), content,
        StandardCharsets.UTF_8);
  }

  /** The JDK's client: HTTP/1.1 (no upgrade attempt on plain http), redirects not followed. */
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  static HttpResponse<String> get(WebServer server, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) b.headers(headers);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<byte[]> bytes(WebServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<String> post(WebServer server, String path, String form) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

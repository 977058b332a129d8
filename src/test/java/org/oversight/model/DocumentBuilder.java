package org.oversight.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Annotated documents made by hand for tests and benchmarks of the stages after annotation, so that they need no
 * language models: the tags are what the test says they are.
 *
 * <pre>{@code
 * AnnotatedDocument kent = DocumentBuilder.response("kent.txt", "Kent Police", "2030-04-02")
 *     .report("Keeping count", "2030-03-14").author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
 *     .passage("I welcome this report.").build();
 * }</pre>
 */
public final class DocumentBuilder {
  private final String file;
  private DocType type = DocType.OTHER;
  private final List<String> forces = new ArrayList<>();
  private String primaryForce;
  private String date;
  private String reportTitle;
  private String reportDate;
  private Person author;
  private final List<Person> people = new ArrayList<>();
  private final List<Recommendation> recommendations = new ArrayList<>();
  private final List<Recommendation> areasForImprovement = new ArrayList<>();
  private final List<Rating> ratings = new ArrayList<>();
  private final List<Passage> passages = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private String format = "text";
  private int pages;
  private String title;
  private Path source;

  private DocumentBuilder(String file) {
    this.file = file;
  }

  /** A document of no particular type. */
  public static DocumentBuilder document(String file) {
    return new DocumentBuilder(file);
  }

  /** A commissioner's response about one force, dated. */
  public static DocumentBuilder response(String file, String force, String date) {
    return new DocumentBuilder(file).type(DocType.PCC_RESPONSE).primaryForce(force).date(date);
  }

  public DocumentBuilder type(DocType t) {
    type = t;
    return this;
  }

  /** The force the document is about; also added to its forces. */
  public DocumentBuilder primaryForce(String force) {
    primaryForce = force;
    if (force != null && !forces.contains(force)) forces.add(0, force);
    return this;
  }

  public DocumentBuilder force(String force) {
    if (!forces.contains(force)) forces.add(force);
    return this;
  }

  public DocumentBuilder date(String iso) {
    date = iso;
    return this;
  }

  public DocumentBuilder report(String title, String published) {
    reportTitle = title;
    reportDate = published;
    return this;
  }

  /** The signer, who is also among the people named. */
  public DocumentBuilder author(String name, String role, String organisation) {
    author = new Person(name, role, organisation);
    people.add(author);
    return this;
  }

  public DocumentBuilder person(String name, String role, String organisation) {
    people.add(new Person(name, role, organisation));
    return this;
  }

  /** A passage of text, page 0 unless {@link #onPage} follows. */
  public DocumentBuilder passage(String text) {
    passages.add(new Passage(passages.size(), 0, text));
    return this;
  }

  /** Puts the last passage on a page (and makes the document a paged PDF). */
  public DocumentBuilder onPage(int page) {
    Passage last = passages.remove(passages.size() - 1);
    passages.add(new Passage(last.ordinal(), page, last.text()));
    format = "pdf";
    pages = Math.max(pages, page);
    return this;
  }

  /** A passage stating a recommendation. */
  public DocumentBuilder recommendation(String text, String addressee, String deadline, String due) {
    passage(text);
    recommendations.add(new Recommendation(text, passages.size() - 1, addressee, deadline, due));
    return this;
  }

  /** A passage stating an area for improvement. */
  public DocumentBuilder areaForImprovement(String text) {
    passage(text);
    areasForImprovement.add(new Recommendation(text, passages.size() - 1, null, null, null));
    return this;
  }

  public DocumentBuilder rating(String force, String area, String grade) {
    ratings.add(new Rating(force, area, grade));
    return this;
  }

  public DocumentBuilder mention(EntityType type, String text, String normalized) {
    mentions.add(new Mention(type, text, normalized, Math.max(0, passages.size() - 1)));
    return this;
  }

  /** The title the file states. */
  public DocumentBuilder title(String t) {
    title = t;
    return this;
  }

  /**
   * A real file the document was read from: its path, and its bytes for the id (the SHA-256 of the bytes, as for
   * an ingested file), so that the original can be served. Without it the id is made from the text.
   */
  public DocumentBuilder source(Path file) {
    source = file;
    return this;
  }

  public AnnotatedDocument build() {
    StringBuilder all = new StringBuilder(file);
    passages.forEach(p -> all.append('\n').append(p.text()));
    byte[] bytes;
    try {
      bytes = source != null ? java.nio.file.Files.readAllBytes(source)
          : all.toString().getBytes(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    SourceFile sourceFile = new SourceFile(source != null ? source : Path.of(file), SourceFile.idOf(bytes),
        bytes.length);
    ExtractedDocument doc = new ExtractedDocument(sourceFile, format.equals("pdf") ? "application/pdf" : "text/plain",
        format, title, Map.of(), pages, passages);
    Tags tags = new Tags(type, forces, primaryForce, date, reportTitle, reportDate, author, people, recommendations,
        ratings, areasForImprovement, type == DocType.PCC_RESPONSE ? Timeliness.of(reportDate, date) : null,
        List.of());
    return new AnnotatedDocument(doc, mentions, tags, all.length() / 5);
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;

/**
 * Runs the command line in this JVM with its output captured, at a fixed table width, and builds small indexes from
 * documents made by hand ({@link DocumentBuilder}), so that command tests need no language models.
 */
final class Cli {
  /** What a run printed and its exit code. */
  record Run(int code, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    return runAt(120, args);
  }

  /** Runs with tables fitted to {@code width} columns, as if the terminal were that wide. */
  static Run runAt(int width, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String before = System.getProperty(Terminal.WIDTH_PROPERTY);
    System.setProperty(Terminal.WIDTH_PROPERTY, String.valueOf(width));
    try {
      int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
      return new Run(code, o.toString(), e.toString());
    } finally {
      if (before == null) {
        System.clearProperty(Terminal.WIDTH_PROPERTY);
      } else {
        System.setProperty(Terminal.WIDTH_PROPERTY, before);
      }
    }
  }

  /** An index of the given documents in {@code dir/index}; returns its path. */
  static String index(Path dir, List<AnnotatedDocument> documents) throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      for (AnnotatedDocument d : documents) idx.put(d, "/test/" + d.document().source().path());
      idx.commit();
    }
    return index.toString();
  }

  static final String REPORT = "Keeping count: crime recording in policing";

  /** The report, published 14 March 2030, with one recommendation due in six months. */
  static AnnotatedDocument report() {
    return DocumentBuilder.document("report.txt").type(DocType.HMICFRS_REPORT).date("2030-03-14")
        .report(REPORT, "2030-03-14").passage(REPORT).passage("Published on: 14 March 2030")
        .recommendation("Recommendation 1: Within six months, chief constables should audit how crimes are recorded.",
            "chief constables", "Within six months", "2030-09-14")
        .build();
  }

  /** Kent answered on day 47, without stating the report's date: only the corpus knows it. */
  static AnnotatedDocument kent() {
    return DocumentBuilder.response("kent.txt", "Kent Police", "2030-04-29").report(REPORT, null)
        .author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
        .passage("Response to HMICFRS report: Keeping count: crime recording in policing")
        .recommendation("HMICFRS recommended that chief constables should audit how crimes are recorded.",
            "chief constables", null, null)
        .passage("The force will finish its audit of crime recording by June.").build();
  }

  /** Essex answered on day 68, twelve days late. */
  static AnnotatedDocument essex() {
    return DocumentBuilder.response("essex.txt", "Essex Police", "2030-05-20").report(REPORT, "2030-03-14")
        .author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
        .passage("Essex Police, Fire and Crime Commissioner's response to Keeping count: crime recording in policing")
        .passage("The force accepts the recommendation on auditing crime records and has started the audit.")
        .build();
  }

  /** The three documents above. */
  static List<AnnotatedDocument> corpus() {
    return List.of(report(), kent(), essex());
  }
}

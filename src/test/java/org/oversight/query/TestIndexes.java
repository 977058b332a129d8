package org.oversight.query;

import java.nio.file.Path;
import java.util.List;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;

/** Test indexes built from annotated documents made by hand ({@link DocumentBuilder}): no language models needed. */
final class TestIndexes {
  private TestIndexes() {}

  static Searcher build(Path dir, List<AnnotatedDocument> documents) throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      for (AnnotatedDocument d : documents) idx.put(d, "/test/" + d.document().source().path());
      idx.commit();
    }
    return Searcher.open(index);
  }

  static final String REPORT = "Keeping count: crime recording in policing";
  static final String OTHER_REPORT = "Keeping count: crime recording in custody";

  /** Kent's commissioner answered on day 20, and her response states when the report was published. */
  static DocumentBuilder kent(String file, String month) {
    return DocumentBuilder.response(file, "Kent Police", "2030-04-02").report(REPORT, "2030-03-14")
        .author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
        .passage("Response to HMICFRS report: Keeping count: crime recording in policing")
        .recommendation("I welcome this report. HMICFRS recommended that chief constables should audit how crimes "
            + "are recorded.", "chief constables", null, null)
        .passage("The force will finish its audit of crime recording by " + month + ".");
  }

  /** Essex's commissioner answered on day 68, late, without saying when the report was published. */
  static DocumentBuilder essex() {
    return DocumentBuilder.response("essex.txt", "Essex Police", "2030-05-20").report(REPORT, null)
        .author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
        .passage("Essex Police, Fire and Crime Commissioner's response to Keeping count: crime recording in policing")
        .passage("The force accepts the recommendation on auditing crime records and has started the audit.");
  }

  /** Surrey's commissioner answered another report. */
  static DocumentBuilder surrey() {
    return DocumentBuilder.response("surrey.txt", "Surrey Police", "2030-06-03").report(OTHER_REPORT, null)
        .author("Priya Lomax", "Police and Crime Commissioner", "Surrey")
        .passage("Surrey Police has improved how custody records are kept.");
  }

  /** The report itself, published on 14 March 2030, with one recommendation due in six months. */
  static DocumentBuilder report() {
    return DocumentBuilder.document("report.txt").type(DocType.HMICFRS_REPORT).date("2030-03-14")
        .report(REPORT, "2030-03-14").passage(REPORT).passage("Published on: 14 March 2030")
        .recommendation("Recommendation 1: Within six months, chief constables should audit how crimes are recorded.",
            "chief constables", "Within six months", "2030-09-14");
  }
}

package org.oversight.model;

import java.util.List;

/**
 * What the tagging stage says about a document as a whole: the extraction record of {@code shared/eval/README.md}.
 * Dates are ISO strings, as precise as the text states them ({@code 2019-09-27} or {@code 2019-09}).
 *
 * @param areasForImprovement the report's areas for improvement (inspectorate advice that section 55 does not ask a
 *     policing body to answer): kept apart from the recommendations, which they are not
 * @param evidence for each tag (document type, author, primary force, each force, report title and date, document
 *     date, each rating and recommendation) the line it was read from and the rule that read it; in the order the
 *     tags are listed here
 */
public record Tags(
    DocType docType,
    List<String> forces,
    String primaryForce,
    String documentDate,
    String reportTitle,
    String reportDate,
    Person author,
    List<Person> people,
    List<Recommendation> recommendations,
    List<Rating> ratings,
    List<Recommendation> areasForImprovement,
    Timeliness timeliness,
    List<Evidence> evidence) {

  public Tags {
    forces = List.copyOf(forces);
    people = List.copyOf(people);
    recommendations = List.copyOf(recommendations);
    ratings = List.copyOf(ratings);
    // records stored before areas for improvement were tagged have none
    areasForImprovement = areasForImprovement == null ? List.of() : List.copyOf(areasForImprovement);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Tags without evidence (synthetic documents, records made before evidence was kept). */
  public Tags(DocType docType, List<String> forces, String primaryForce, String documentDate, String reportTitle,
      String reportDate, Person author, List<Person> people, List<Recommendation> recommendations,
      List<Rating> ratings, Timeliness timeliness) {
    this(docType, forces, primaryForce, documentDate, reportTitle, reportDate, author, people, recommendations,
        ratings, List.of(), timeliness, List.of());
  }

  /** The evidence for one field, in document order. */
  public List<Evidence> evidenceFor(String field) {
    return evidence.stream().filter(e -> e.field().equals(field)).toList();
  }
}

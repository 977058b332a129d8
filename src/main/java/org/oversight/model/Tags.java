package org.oversight.model;

import java.util.List;

/**
 * What the tagging stage says about a document as a whole: the extraction record of {@code shared/eval/README.md}.
 * Dates are ISO strings, as precise as the text states them ({@code 2019-09-27} or {@code 2019-09}).
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
    Timeliness timeliness) {

  public Tags {
    forces = List.copyOf(forces);
    people = List.copyOf(people);
    recommendations = List.copyOf(recommendations);
    ratings = List.copyOf(ratings);
  }
}

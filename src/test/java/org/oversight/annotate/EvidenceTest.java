package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.model.Evidence;
import org.oversight.model.Tags;

/** Every tag comes with the line it was read from, its passage and page, and the rule that read it. */
class EvidenceTest {
  private static final String LETTER = """
      The Rt Hon Alex Marlow MP
      Home Office

      14 June 2031

      Dear Home Secretary,

      Response to HMICFRS report: Shining a light on betrayal: Abuse of position for a sexual purpose

      I am proud that Lincolnshire Police was graded 'good' at tackling abuse of position.

      The report recommended that within six months all forces should review their counter-corruption capacity.

      Yours sincerely

      Ruth Calloway
      Police and Crime Commissioner for Lincolnshire
      """;

  @Test
  void eachTagOfALetterHasEvidence() {
    Tags t = TaggingExamples.tag(LETTER);
    for (String field : new String[] {"doc_type", "author", "primary_force", "forces", "document_date",
        "report_title", "report_date", "ratings", "recommendations"}) {
      assertThat(t.evidenceFor(field)).as(field).isNotEmpty().allSatisfy(e -> {
        assertThat(e.quote()).as(field + " quote").isNotBlank();
        assertThat(e.rule()).as(field + " rule").isNotBlank();
      });
    }
    assertThat(t.evidenceFor("forces")).extracting(Evidence::value).containsExactlyElementsOf(t.forces());
    assertThat(t.evidenceFor("ratings")).hasSameSizeAs(t.ratings());
    assertThat(t.evidenceFor("recommendations")).hasSameSizeAs(t.recommendations());
    assertThat(t.evidenceFor("document_date")).singleElement().satisfies(e -> {
      assertThat(e.value()).isEqualTo("2031-06-14");
      assertThat(e.quote()).isEqualTo("14 June 2031");
      assertThat(e.passage()).isEqualTo(1);
    });
    assertThat(t.evidenceFor("author")).singleElement().extracting(Evidence::quote).isEqualTo("Ruth Calloway");
  }

  @Test
  void evidenceFromThePageADocumentWasFoundOnHasNoPassage() {
    Tags t = TaggingExamples.tag("I welcome the report.", Map.of("page_force", "Kent Police", "page_link_text",
        "Kent PCC response"));
    assertThat(t.evidenceFor("primary_force")).singleElement().satisfies(e -> {
      assertThat(e.passage()).isEqualTo(-1);
      assertThat(e.quote()).isEqualTo("Kent PCC response");
    });
  }
}

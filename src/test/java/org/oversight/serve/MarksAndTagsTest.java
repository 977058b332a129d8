package org.oversight.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.model.Json;
import org.oversight.query.DocumentDetail;
import org.oversight.serve.Views.Segment;
import org.oversight.serve.Views.Tag;

/** How text is cut into marked segments, and how tags find their evidence, shown on small examples. */
class MarksAndTagsTest {
  @Test
  void aSnippetsHighlightsBecomeMarkedSegmentsAndEverythingElseStaysText() {
    assertThat(Marks.ofSnippet("The <b>inspection</b> found <script>x</script> <b>vetting</b>")).containsExactly(
        new Segment("The ", false), new Segment("inspection", true), new Segment(" found <script>x</script> ", false),
        new Segment("vetting", true));
    assertThat(Marks.ofSnippet("an unclosed <b>mark")).containsExactly(new Segment("an unclosed <b>mark", false));
  }

  @Test
  void aQuerysWordsAreMarkedAsSearchFindsThemStemmedAndByPrefix() {
    Marks.Terms terms = Marks.terms("inspect AND corrupt* person:\"Margaret Ellison\" NOT year:2024");
    List<Segment> marked = Marks.of("Inspections of counter-corruption; Margaret Ellison inspected it.", terms);
    assertThat(marked).filteredOn(Segment::marked).extracting(Segment::text)
        .containsExactly("Inspections", "corruption", "inspected");
    assertThat(String.join("", marked.stream().map(Segment::text).toList()))
        .isEqualTo("Inspections of counter-corruption; Margaret Ellison inspected it.");
    assertThat(Marks.of("nothing to mark", Marks.terms(""))).containsExactly(new Segment("nothing to mark", false));
  }

  @Test
  void evidenceListedWithTheTagsIsShownBesideTheValueItSupports() throws Exception {
    // the shape model.Tags takes when the tagger records evidence: field, value, passage, page, quote, rule
    JsonNode tags = Json.MAPPER.readTree("""
        {"doc_type": "pcc_response", "forces": ["Kent Police", "Essex Police"], "document_date": null,
         "author": {"name": "Margaret Ellison", "role": "Police and Crime Commissioner", "organisation": "Kent"},
         "recommendations": [{"text": "Audit crime records.", "passage": 1, "addressee": "chief constables"}],
         "evidence": [
           {"field": "doc_type", "value": "pcc_response", "passage": 0, "page": 1,
            "quote": "Response to HMICFRS report", "rule": "heading 'response to'"},
           {"field": "forces", "value": "Essex Police", "passage": -1, "page": 0, "quote": null,
            "rule": "the page the file was linked from"},
           {"field": "recommendations", "value": "Audit crime records.", "passage": 1, "page": 2,
            "quote": "We recommend: audit crime records.", "rule": "cue 'we recommend'"}]}
        """);
    List<DocumentDetail.PassageView> passages = List.of(new DocumentDetail.PassageView(0, 1, "Response to ..."),
        new DocumentDetail.PassageView(1, 2, "We recommend: audit crime records."));
    List<Tag> shown = TagViews.of(tags, passages);

    assertThat(shown).extracting(Tag::name).containsExactly("doc type", "forces", "document date", "author",
        "recommendations");
    Tag type = shown.get(0);
    assertThat(type.values().get(0).evidence()).singleElement().satisfies(e -> {
      assertThat(e.quote()).isEqualTo("Response to HMICFRS report");
      assertThat(e.rule()).isEqualTo("heading 'response to'");
      assertThat(e.where()).isEqualTo("passage 0, page 1");
      assertThat(e.href()).isEqualTo("#p-0");
    });
    Tag forces = shown.get(1);
    assertThat(forces.values().get(0).evidence()).as("Kent Police has none").isEmpty();
    assertThat(forces.values().get(1).evidence()).singleElement().satisfies(e -> {
      assertThat(e.where()).isEqualTo("not in the text");
      assertThat(e.href()).isNull();
    });
    assertThat(shown.get(2).values().get(0).text()).isEqualTo("date unknown");
    assertThat(shown.get(3).values().get(0).text()).isEqualTo("Margaret Ellison (Police and Crime Commissioner, Kent)");
    assertThat(shown.get(3).values().get(0).details()).isEmpty();
    Tag recommendations = shown.get(4);
    assertThat(recommendations.values().get(0).details()).extracting(Views.Fact::label).containsExactly("addressee");
    assertThat(recommendations.values().get(0).evidence()).as("the entry quotes the passage the value names")
        .singleElement().satisfies(e -> {
          assertThat(e.quote()).isEqualTo("We recommend: audit crime records.");
          assertThat(e.rule()).isEqualTo("cue 'we recommend'");
          assertThat(e.href()).isEqualTo("#p-1");
        });
  }
}

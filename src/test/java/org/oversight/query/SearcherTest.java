package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;

class SearcherTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    searcher = TestIndexes.build(dir, List.of(
        DocumentBuilder.response("kent.txt", "Kent Police", "2024-05-02")
            .author("Margaret Ellison", "Police and Crime Commissioner", "Kent")
            .passage("Kent Police and Crime Commissioner's response to the vetting report").passage("2 May 2024")
            .passage("Dear Home Secretary,")
            .passage("I welcome this report. Kent Police was graded good at vetting and counter-corruption.")
            .passage("Yours sincerely").passage("Margaret Ellison\nPolice and Crime Commissioner for Kent").build(),
        DocumentBuilder.response("essex.txt", "Essex Police", "2021-05-20")
            .author("Thomas Reedman", "Police, Fire and Crime Commissioner", "Essex")
            .passage("Response to HMICFRS report on vetting").passage("20 May 2021").passage("Dear Home Secretary,")
            .passage("I welcome this report on vetting. Essex Police requires improvement and has a plan for its "
                + "vetting unit.")
            .passage("Yours sincerely").passage("Thomas Reedman\nPolice, Fire and Crime Commissioner for Essex").build(),
        DocumentBuilder.document("news.txt").type(DocType.NEWS_ARTICLE).primaryForce("Kent Police").date("2024-03-18")
            .person("Rebecca Thornfield", "HM Inspector of Constabulary", "HMICFRS")
            .passage("Watchdog praises Kent vetting").passage("Updated Monday, 18th March 2024")
            .passage("Inspectors said vetting in Kent was good, and HMI Rebecca Thornfield said: \"Kent leads the "
                + "way.\"").build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResult search(String q, String type, LocalDate from, LocalDate to) throws Exception {
    return searcher.search(new SearchRequest(q, new Filter(Filter.docType(type), null, null, null, from, to), 10, 3));
  }

  @Test
  void wordsPhrasesBooleansAndWildcardsRankPassages() throws Exception {
    assertThat(search("vetting", null, null, null).hits()).extracting(SearchHit::file)
        .contains("kent.txt", "essex.txt", "news.txt");
    assertThat(search("\"requires improvement\"", null, null, null).hits()).extracting(SearchHit::file)
        .containsExactly("essex.txt");
    // boolean operators apply to passages: every passage about vetting in the other files names Kent
    assertThat(search("vetting AND NOT kent", null, null, null).hits()).extracting(SearchHit::file)
        .containsOnly("essex.txt");
    assertThat(search("corrupt*", null, null, null).hits()).extracting(SearchHit::file).containsExactly("kent.txt");
  }

  @Test
  void filtersByTypeDateAndEntityFields() throws Exception {
    assertThat(search("vetting", "news_article", null, null).hits()).extracting(SearchHit::file)
        .containsOnly("news.txt");
    assertThat(search("vetting", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).hits())
        .extracting(SearchHit::file).doesNotContain("essex.txt").contains("kent.txt");
    assertThat(search("person:\"margaret ellison\"", null, null, null).hits()).extracting(SearchHit::file)
        .containsOnly("kent.txt");
    assertThat(search("force:\"essex police\"", null, null, null).hits()).extracting(SearchHit::file)
        .containsOnly("essex.txt");
  }

  @Test
  void hitsCarryDatesSnippetsAndFacetCounts() throws Exception {
    SearchResult r = search("\"requires improvement\"", null, null, null);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.date()).isEqualTo("2021-05-20");
    assertThat(hit.docType()).isEqualTo("pcc_response");
    assertThat(hit.snippet()).contains("<b>requires improvement</b>");
    assertThat(r.facets().get("doc_type")).containsEntry("pcc_response", 1);
    assertThat(r.facets().get("force")).containsEntry("Essex Police", 1);
  }

  @Test
  void malformedQueriesSayWhatIsWrongOnOneLine() {
    assertThatThrownBy(() -> search("vetting AND (custody", null, null, null))
        .isInstanceOf(QueryException.class)
        .hasMessage("malformed query 'vetting AND (custody': unexpected end of query at column 20 "
            + "(check quotes and brackets are closed and AND/OR/NOT have terms on both sides)");
    assertThatThrownBy(() -> search("\"unclosed phrase", null, null, null))
        .isInstanceOf(QueryException.class).hasMessageNotContaining("\n");
  }

  @Test
  void showFindsADocumentByIdPrefix() throws Exception {
    SearchHit hit = search("\"requires improvement\"", null, null, null).hits().get(0);
    DocumentDetail d = searcher.show(hit.id().substring(0, 8));
    assertThat(d.id()).isEqualTo(hit.id());
    assertThat(d.record().tags().primaryForce()).isEqualTo("Essex Police");
    assertThat(d.passages()).extracting(DocumentDetail.PassageView::text)
        .contains("Thomas Reedman\nPolice, Fire and Crime Commissioner for Essex");
    assertThatThrownBy(() -> searcher.show("ffffffff")).hasMessageContaining("no document with id");
    assertThat(searcher.show("essex.txt").id()).as("a file name finds it too").isEqualTo(hit.id());
  }
}

package org.oversight.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.model.Json;

class ScorerTest {
  private static JsonNode json(String s) throws Exception {
    return Json.MAPPER.readTree(s.replace('\'', '"'));
  }

  private static Scorer.Field field(Scorer.Score s, String name) {
    return s.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void namesMatchOnInitialAndSurnameAndRolesAfterNormalising() {
    assertThat(Scorer.normName("Michael Cunningham QPM")).isEqualTo(Scorer.normName("Mike Cunningham"));
    assertThat(Scorer.normName("The Rt Hon Priti Patel")).isEqualTo(List.of("p", "patel"));
    assertThat(Scorer.normRole("Her Majesty's Inspector of Constabulary"))
        .isEqualTo(Scorer.normRole("HMI")).isEqualTo("hm inspector of constabulary");
    assertThat(Scorer.normRole("Police and Crime Commissioner for Derbyshire")).isEqualTo(Scorer.normRole("PCC"));
    assertThat(Scorer.titleMatch("Shining a light on betrayal Abuse of position for a sexual purpose",
        "Shining a light on betrayal: Abuse of position for a sexual purpose")).isTrue();
    assertThat(Scorer.titleMatch("PEEL: Police legitimacy 2016", "PEEL: Police effectiveness 2017")).isFalse();
  }

  @Test
  void scoresEachFieldAndListsTheMisses() throws Exception {
    JsonNode gold = json("{'file':'a.pdf','doc_type':'pcc_response','forces':['Kent Police','Essex Police'],"
        + "'primary_force':'Kent Police','document_date':'2024-05-02','report_title':'Guarding the gate',"
        + "'report_date':'2024-03','author':{'name':'Margaret Ellison','role':'Police and Crime Commissioner'},"
        + "'people':[{'name':'Margaret Ellison','role':'PCC'}],"
        + "'recommendations':['By 2025 chief constables should publish their vetting refusal rates every year.'],"
        + "'ratings':[{'force':'Kent Police','area':'vetting','grade':'good'}]}");
    JsonNode pred = json("{'file':'/x/a.pdf','doc_type':'news_article','forces':['Kent Police','Surrey Police'],"
        + "'primary_force':'Kent Police','document_date':'2024-05-02','report_title':'Guarding the gate',"
        + "'report_date':'2024-03-14','author':{'name':'M. Ellison','role':'Police and Crime Commissioner for Kent'},"
        + "'people':[{'name':'M. Ellison','role':'Police and Crime Commissioner'},{'name':'Sam Pellow'}],"
        + "'recommendations':[{'text':'By 2025 chief constables should publish'},"
        + "{'text':'their vetting refusal rates every year.'},{'text':'An unrelated sentence about parking.'}],"
        + "'ratings':[{'force':'Kent Police','grade':'Good'}]}");

    Scorer.Score s = Scorer.score(List.of(gold), Map.of("a.pdf", pred));

    assertThat(field(s, "doc_type").accuracy()).isEqualTo(0.0);
    assertThat(field(s, "report_date").accuracy()).isEqualTo(1.0);
    assertThat(field(s, "author_name").accuracy()).isEqualTo(1.0);
    assertThat(field(s, "author_role").accuracy()).isEqualTo(1.0);
    assertThat(field(s, "forces").precision()).isEqualTo(0.5);
    assertThat(field(s, "forces").recall()).isEqualTo(0.5);
    assertThat(field(s, "people")).extracting(Scorer.Field::tp, Scorer.Field::fp, Scorer.Field::fn)
        .containsExactly(1, 1, 0);
    // two sentence-sized predictions cover the gold passage together; the third is extra
    assertThat(field(s, "recommendations")).extracting(Scorer.Field::tp, Scorer.Field::fp, Scorer.Field::fn)
        .containsExactly(1, 1, 0);
    assertThat(field(s, "ratings").f1()).isEqualTo(1.0);
    assertThat(s.misses()).contains("a.pdf: doc_type: gold='pcc_response' got='news_article'",
        "a.pdf: forces: missing=[essex police] extra=[surrey police]",
        "a.pdf: recommendation extra: 'An unrelated sentence about parking.'");
  }

  @Test
  void aDocumentWithoutOutputCountsAsMissed() throws Exception {
    JsonNode gold = json("{'file':'b.txt','doc_type':'other','forces':['Kent Police'],'primary_force':null,"
        + "'document_date':null,'report_title':null,'people':[],'recommendations':[],'ratings':[]}");
    Scorer.Score s = Scorer.score(List.of(gold), Map.of());
    assertThat(s.missingOutput()).isEqualTo(1);
    assertThat(field(s, "forces").recall()).isEqualTo(0.0);
    assertThat(s.misses()).contains("b.txt: no output for this document");
  }

  @Test
  void figuresForEachKindOfDocumentAndHowEachKindWasPredicted() throws Exception {
    JsonNode a = json("{'file':'a.txt','doc_type':'pcc_response','forces':['Kent Police']}");
    JsonNode b = json("{'file':'b.txt','doc_type':'news_article','forces':['Essex Police']}");
    JsonNode c = json("{'file':'c.txt','doc_type':'news_article','forces':[]}");
    Scorer.Score s = Scorer.score(List.of(a, b, c), Map.of(
        "a.txt", json("{'doc_type':'pcc_response','forces':['Kent Police']}"),
        "b.txt", json("{'doc_type':'pcc_response','forces':['Essex Police']}"),
        "c.txt", json("{'doc_type':'news_article','forces':['Surrey Police']}")));

    assertThat(s.byType()).containsOnlyKeys("pcc_response", "news_article");
    assertThat(s.byType().get("news_article")).filteredOn(f -> f.name().equals("doc_type"))
        .singleElement().extracting(Scorer.Field::accuracy).isEqualTo(0.5);
    assertThat(s.byType().get("pcc_response")).filteredOn(f -> f.name().equals("forces"))
        .singleElement().extracting(Scorer.Field::f1).isEqualTo(1.0);
    assertThat(s.confusion().get("news_article")).containsEntry("pcc_response", 1).containsEntry("news_article", 1);
    assertThat(s.confusion().get("pcc_response")).containsExactly(Map.entry("pcc_response", 1));
    assertThat(s.value("doc_type")).isEqualTo(0.667);
  }
}

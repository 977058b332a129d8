package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.model.EntityType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;

/** Runs the real CoreNLP models. */
class NlpPipelineTest {
  static ExtractedDocument doc(String... passages) {
    List<Passage> ps = new java.util.ArrayList<>();
    for (String p : passages) ps.add(new Passage(ps.size(), 0, p));
    return new ExtractedDocument(new SourceFile(Path.of("t.txt"), "0".repeat(64), 1), "text/plain", "text", null,
        Map.of(), 0, ps);
  }

  private static List<edu.stanford.nlp.ling.CoreLabel> words(String sentence) {
    List<edu.stanford.nlp.ling.CoreLabel> out = new java.util.ArrayList<>();
    for (String w : sentence.split(" ")) {
      edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
      t.setWord(w);
      out.add(t);
    }
    return out;
  }

  @Test
  void theNameFinderReadsOnlySentencesCapitalisedBeyondACommonOpeningWord() {
    assertThat(NlpPipeline.mayName(words("The force should review its vetting ."))).isFalse();
    assertThat(NlpPipeline.mayName(words("\u201c This was not good enough \u201d ."))).isFalse();
    assertThat(NlpPipeline.mayName(words("Kent Police should review its vetting ."))).isTrue();
    assertThat(NlpPipeline.mayName(words("In the view of the inspectorate , Ms Smith agreed ."))).isTrue();
    assertThat(NlpPipeline.mayName(words("HMICFRS found that records were incomplete ."))).isTrue();
    assertThat(NlpPipeline.mayName(words("Wiltshire was graded good ."))).as("a capitalised first word that is "
        + "not a common one").isTrue();
  }

  @Test
  void aNameInASentenceBesideUncapitalisedOnesIsStillFound() {
    NlpPipeline.Result r = SharedAnnotator.pipeline().annotate(doc(
        "The force should review its vetting. It should do so within six months. Sarah Okafor led the review."), null);
    assertThat(r.mentions()).contains(new Mention(EntityType.PERSON, "Sarah Okafor", null, 0));
    assertThat(r.sentences()).hasSize(3);
  }

  @Test
  void findsPeopleOrganisationsAndNormalisedDatesInTheirPassages() {
    NlpPipeline.Result r = SharedAnnotator.pipeline().annotate(doc(
        "Her Majesty's Inspectorate published its report on 27 September 2019.",
        "Michael Cunningham, who led the inspection, met the College of Policing in London in May 2019."), null);

    assertThat(r.tokens()).isGreaterThan(20);
    assertThat(r.mentions()).contains(
        new Mention(EntityType.DATE, "27 September 2019", "2019-09-27", 0),
        new Mention(EntityType.PERSON, "Michael Cunningham", null, 1),
        new Mention(EntityType.ORGANIZATION, "College of Policing", null, 1),
        new Mention(EntityType.LOCATION, "London", null, 1),
        new Mention(EntityType.DATE, "May 2019", "2019-05", 1));
    // "Her" of "Her Majesty's" is not a person
    assertThat(r.mentions()).noneMatch(m -> m.text().equals("Her"));
  }

  @Test
  void aNameOnItsOwnLineDoesNotRunIntoTheTitleBelowIt() {
    NlpPipeline.Result r = SharedAnnotator.pipeline().annotate(doc(
        "Yours sincerely", "Margaret Ellison\nPolice and Crime Commissioner for Kent"), null);
    assertThat(r.mentions()).filteredOn(m -> m.type() == EntityType.PERSON).extracting(Mention::text)
        .containsExactly("Margaret Ellison");
  }

  @Test
  void relativeDatesResolveAgainstTheDocumentDate() {
    NlpPipeline.Result r = SharedAnnotator.pipeline().annotate(doc("The report was published yesterday."),
        "2024-03-15");
    assertThat(r.mentions()).contains(new Mention(EntityType.DATE, "yesterday", "2024-03-14", 0));
  }
}

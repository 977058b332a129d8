package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.oversight.extract.Extractor;
import org.oversight.model.Passage;
import org.oversight.query.RecommendationMatcher.Cell;
import org.oversight.query.RecommendationMatcher.Numbered;
import org.oversight.query.RecommendationMatcher.Status;

class RecommendationMatcherTest {
  private final RecommendationMatcher matcher = new RecommendationMatcher();

  /** Three recommendations of one report that share most of their words, as a report's usually do. */
  private static final List<Numbered> COMPLAINTS = List.of(
      new Numbered(1, "We recommend that within six months, all forces should make sure that complainants are kept "
          + "informed of progress at least every 28 days while their complaint is being handled."),
      new Numbered(2, "We recommend that within six months, all forces should audit a sample of the complaints "
          + "they handle otherwise than by investigation every quarter."),
      new Numbered(3, "We recommend that within six months, local policing bodies should complete the reviews for "
          + "which they are the relevant review body within 28 days and give complainants reasons in writing."));

  private static List<Passage> passages(String... texts) {
    List<Passage> out = new ArrayList<>();
    for (String t : texts) out.add(new Passage(out.size(), 1, t));
    return out;
  }

  /** Recommendation number to the ordinals of the passages cited for it. */
  private static Map<Integer, Set<Integer>> cited(List<Cell> cells) {
    Map<Integer, Set<Integer>> out = new TreeMap<>();
    for (Cell c : cells) {
      Set<Integer> ps = new TreeSet<>();
      c.citations().forEach(x -> ps.add(x.passage()));
      out.put(c.recommendation().number(), ps);
    }
    return out;
  }

  @Test
  void aPassageNamingARecommendationByNumberIsCitedForThatOneOnly() {
    List<Cell> cells = matcher.match(COMPLAINTS, passages(
        "The report makes three recommendations, and the force has accepted all of them.",
        "Recommendation 2 has already been met: a senior officer checks these decisions.",
        "The third recommendation is for my office, and I have hired another reviewer."));
    assertThat(cited(cells)).isEqualTo(Map.of(1, Set.of(), 2, Set.of(1), 3, Set.of(2)));
    assertThat(cells.get(0).status()).isEqualTo(Status.NOT_FOUND);
    assertThat(cells.get(1).status()).isEqualTo(Status.ADDRESSED);
    assertThat(cells.get(1).best().how()).isEqualTo("number");
    assertThat(cells.get(1).best().score()).isEqualTo(1.0);
  }

  @Test
  void numbersAreReadInListsRangesOrdinalsAndWordsButNotFromAnotherReport() {
    assertThat(RecommendationMatcher.references("Recommendations 2 and 4 are met.")).containsExactly(2, 4);
    assertThat(RecommendationMatcher.references("On recommendations 1 to 3, the force agrees.")).containsExactly(1,
        2, 3);
    assertThat(RecommendationMatcher.references("Recommendations 2, 5 and 6 are national.")).containsExactly(2, 5, 6);
    assertThat(RecommendationMatcher.references("The first and second recommendations are met.")).containsExactly(1,
        2);
    assertThat(RecommendationMatcher.references("Recommendation three is for the Home Office.")).containsExactly(3);
    assertThat(RecommendationMatcher.references("The report makes six recommendations. None is new.")).isEmpty();
    assertThat(RecommendationMatcher.references(
        "Our 2023 PEEL inspection made a recommendation (recommendation 2 in that report) on supervision. "
            + "Recommendation 4 is accepted.")).containsExactly(4);
  }

  @Test
  void aQuotedRecommendationIsNotAnAnswerThePassageAfterItIs() {
    List<Cell> cells = matcher.match(COMPLAINTS, passages(
        "Recommendation 1: By 31 March 2024, all forces should make sure that complainants are kept informed of "
            + "progress at least every 28 days while their complaint is being handled.",
        "Response: The case system now reminds handlers before four weeks pass without contact.",
        "I will publish an update in six months."));
    assertThat(cited(cells).get(1)).containsExactly(1);
    assertThat(cells.get(0).best().how()).isEqualTo("after quote");
    assertThat(cited(cells).get(2)).isEmpty();
    assertThat(cited(cells).get(3)).isEmpty();
  }

  @Test
  void aPassageInItsOwnWordsIsCitedForTheRecommendationItAnswersNotForItsNeighbours() {
    List<Cell> cells = matcher.match(COMPLAINTS, passages(
        "Dear Home Secretary,",
        "I welcome this report on complaints, which matter to the public.",
        "My office is the relevant review body for complaints about the force. Reviews now take 21 days on "
            + "average, and every complainant gets a letter giving the reasons for the outcome.",
        "The Chief Constable has accepted all the recommendations."));
    assertThat(cited(cells)).isEqualTo(Map.of(1, Set.of(), 2, Set.of(), 3, Set.of(2)));
    assertThat(cells.get(2).best().how()).isEqualTo("words");
    assertThat(cells.get(2).best().score()).isBetween(RecommendationMatcher.THRESHOLD, 1.0);
  }

  /** Two recommendations of a vetting report, as the sample corpus's report states them. */
  private static final List<Numbered> VETTING = List.of(
      new Numbered(1, "Recommendation 1: By 30 September 2024, chief constables should make sure that every vetting "
          + "decision to accept an applicant despite adverse information is recorded with its rationale and "
          + "reviewed by a second, more senior, decision-maker."),
      new Numbered(3, "Recommendation 3: By 31 March 2025, chief constables should make sure their counter-corruption "
          + "units have the capability and capacity to seek intelligence on abuse of position for a sexual purpose, "
          + "including by monitoring force information systems."));

  @Test
  void aPassageSinglingOutARecommendationByWhatItIsAboutIsCitedForTheOneItFitsBest() {
    List<Cell> singled = matcher.match(VETTING, passages(
        "I welcome this report.",
        "On the recommendation addressed to chief constables about monitoring information systems, the force has "
            + "bought monitoring software.",
        "Yours sincerely"));
    assertThat(cited(singled)).isEqualTo(Map.of(1, Set.of(), 3, Set.of(1)));
    assertThat(singled.get(1).best().score()).isLessThan(RecommendationMatcher.THRESHOLD);
    assertThat(singled.get(1).best().how()).isEqualTo("singled out");

    List<Cell> unsingled = matcher.match(VETTING, passages(
        "I welcome this report.",
        "The force has bought software for monitoring its information systems.",
        "Yours sincerely"));
    assertThat(cited(unsingled)).as("the same few words without singling a recommendation out")
        .isEqualTo(Map.of(1, Set.of(), 3, Set.of()));
  }

  @Test
  void theFixtureResponsesAddressFiveThreeAndNoneOfTheFiveRecommendations() {
    LedgerData data = LedgerData.load();
    List<Numbered> recs = data.recommendations.get("answering-the-call");
    assertThat(recs).hasSize(5);
    Map<String, Map<Integer, Set<Integer>>> expected = Map.of(
        "answering-the-call-dorset", Map.of(1, Set.of(5), 2, Set.of(6), 3, Set.of(7), 4, Set.of(8), 5, Set.of(9)),
        "answering-the-call-greater-manchester", Map.of(1, Set.of(4), 2, Set.of(5), 3, Set.of(), 4, Set.of(6),
            5, Set.of()),
        "answering-the-call-essex", Map.of(1, Set.of(), 2, Set.of(), 3, Set.of(), 4, Set.of(), 5, Set.of()));
    for (LedgerData.Response r : data.responses) {
      if (!r.report().equals("answering-the-call")) continue;
      assertThat(cited(matcher.match(recs, r.passages()))).as(r.id()).isEqualTo(expected.get(r.id()));
    }
  }

  @Test
  void onTheLabelledSetPrecisionAndRecallStayAboveTheFloor() {
    var c = RecommendationMatcherBenchmark.evaluate(LedgerData.load(), matcher, r -> true, false);
    assertThat(c.pairTp() + c.pairFn()).isEqualTo(52);
    assertThat(c.pairPrecision()).isGreaterThanOrEqualTo(0.85);
    assertThat(c.pairRecall()).isGreaterThanOrEqualTo(0.85);
    assertThat(c.cellPrecision()).isGreaterThanOrEqualTo(0.85);
    assertThat(c.cellRecall()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void theLabelsAgreeWithTheTexts() {
    LedgerData data = LedgerData.load(); // checks every label's ordinal and first words against its passage
    assertThat(data.responses).hasSize(16);
    assertThat(data.responses.stream().mapToInt(r -> r.passages().size()).sum()).isEqualTo(184);
    assertThat(data.recommendations.values().stream().mapToInt(List::size).sum()).isEqualTo(22);
  }

  @Test
  void theExtractorSplitsEveryResponseIntoTheLabelledPassages() throws Exception {
    Extractor extractor = new Extractor();
    for (String[] row : LedgerData.rows("responses.tsv")) {
      Path file = Path.of(LedgerData.class.getResource("/org/oversight/ledger/" + row[6]).toURI());
      List<String> extracted = extractor.extract(file).passages().stream().map(Passage::text).toList();
      List<String> labelled = LedgerData.passages(LedgerData.text(row[6])).stream().map(Passage::text).toList();
      assertThat(extracted).as(row[6]).isEqualTo(labelled);
    }
  }

  @Test
  void theSameRecommendationQuotedInDifferentWordsIsMergedDifferentOnesAreNot() {
    List<String> gathered = List.of(
        "Recommendation 2: By 31 March 2025, chief constables should reduce the number of devices waiting for full "
            + "forensic examination, and should publish a plan that sets a target waiting time for each priority "
            + "level.",
        "HMICFRS recommended that chief constables should reduce the number of devices waiting for full forensic "
            + "examination and publish a plan with a target waiting time for each priority level.",
        "By 31 March 2025, chief constables should make sure that every device seized in an investigation is "
            + "triaged within 14 days of seizure.",
        "Recommendation 1: By 31 March 2025, chief constables should make sure that every device seized in an "
            + "investigation is triaged within 14 days of seizure, and that the result of the triage is recorded on "
            + "the case file.",
        "chief constables should reduce the number of devices waiting for full forensic examination");
    List<RecommendationMatcher.Merged> merged = RecommendationMatcher.merge(gathered);
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).number()).isEqualTo(1);
    assertThat(merged.get(0).sources()).containsExactly(2, 3);
    assertThat(merged.get(0).text()).startsWith("Recommendation 1:").endsWith("case file.");
    assertThat(merged.get(1).number()).isEqualTo(2);
    assertThat(merged.get(1).sources()).containsExactly(0, 1, 4);
  }

  @Test
  void theRecommendationsOfOneReportAreNeverMergedWithEachOther() {
    for (List<Numbered> recs : LedgerData.load().recommendations.values()) {
      List<String> texts = recs.stream().map(Numbered::text).toList();
      assertThat(RecommendationMatcher.merge(texts)).hasSameSizeAs(texts);
    }
    List<RecommendationMatcher.Merged> numbered = RecommendationMatcher.merge(List.of(
        "Recommendation 1: Forces should publish their figures every month.",
        "Recommendation 2: Forces should publish their figures every month."));
    assertThat(numbered).hasSize(2);
  }

  @Test
  void aRecommendationStatesItsOwnNumber() {
    assertThat(RecommendationMatcher.statedNumber("Recommendation 12: By 2025, forces should ...")).isEqualTo(12);
    assertThat(RecommendationMatcher.statedNumber("We recommend that all forces should ...")).isZero();
  }
}

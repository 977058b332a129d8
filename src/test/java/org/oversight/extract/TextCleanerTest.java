package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.model.Passage;

class TextCleanerTest {
  private static List<String> texts(List<Passage> passages) {
    return passages.stream().map(Passage::text).toList();
  }

  @Test
  void rejoinsWrappedLinesAndWordsHyphenatedAtLineEnds() {
    String page = """
        The inspectorate found that the force had not yet put in place the arrange-
        ments it promised for checking the vetting status of officers who move be-
        tween departments, and that its counter-corruption unit was under strength.
        """;
    List<Passage> out = TextCleaner.clean(List.of(page), false);
    assertThat(texts(out)).containsExactly("The inspectorate found that the force had not yet put in place the "
        + "arrangements it promised for checking the vetting status of officers who move between departments, "
        + "and that its counter-corruption unit was under strength.");
  }

  @Test
  void keepsTheHyphenOfAWordWrittenWithOneElsewhere() {
    String page = """
        Counter-corruption units matter. The inspectors looked at how each force's counter-
        corruption unit gathered intelligence on officers and staff across the whole organisation.
        """;
    List<Passage> out = TextCleaner.clean(List.of(page), false);
    assertThat(out.get(0).text()).contains("force's counter-corruption unit");
  }

  @Test
  void dropsRunningHeadersFootersAndPageNumbers() {
    List<String> pages = List.of(
        "Vetting and counter-corruption: SAMPLE\n\nFirst page text about vetting.\n\nPage 1 of 3",
        "Vetting and counter-corruption: SAMPLE\n\nSecond page text about corruption.\n\nPage 2 of 3",
        "Vetting and counter-corruption: SAMPLE\n\nThird page text about misconduct.\n\n3");
    List<Passage> out = TextCleaner.clean(pages, true);
    assertThat(texts(out)).containsExactly("First page text about vetting.", "Second page text about corruption.",
        "Third page text about misconduct.");
    assertThat(out).extracting(Passage::page).containsExactly(1, 2, 3);
  }

  @Test
  void keepsALineThatRepeatsOnlyOnce() {
    List<String> pages = List.of("Introduction\n\nText one.", "Findings\n\nText two.", "Conclusion\n\nText three.");
    assertThat(texts(TextCleaner.clean(pages, true))).contains("Introduction", "Findings", "Conclusion");
  }

  @Test
  void keepsShortLinesOfASignatureBlockApart() {
    String page = "Yours sincerely\n\nPaddy Example\nPolice and Crime Commissioner\n";
    assertThat(texts(TextCleaner.clean(List.of(page), false)))
        .containsExactly("Yours sincerely", "Paddy Example\nPolice and Crime Commissioner");
  }

  @Test
  void normalisesLigaturesOddSpacesAndInvisibleCharacters() {
    String s = TextCleaner.normalizeCharacters("e\uFB03cient\u00A0and\u2009\uFB01nal co\u00ADoperation\u200B\r\nnext");
    assertThat(s).isEqualTo("efficient and final cooperation\nnext");
  }

  @Test
  void joinsAParagraphThatRunsOverAPageBreak() {
    List<String> pages = List.of("The force has made progress but it still needs to",
        "improve how it records vetting decisions.");
    List<Passage> out = TextCleaner.clean(pages, true);
    assertThat(texts(out)).containsExactly(
        "The force has made progress but it still needs to improve how it records vetting decisions.");
    assertThat(out.get(0).page()).isEqualTo(1);
  }

  @Test
  void splitsAVeryLongParagraphAtSentenceEnds() {
    String sentence = "The force should review every vetting decision made in the last two years. ";
    List<Passage> out = TextCleaner.clean(List.of(sentence.repeat(60)), false);
    assertThat(out).hasSizeGreaterThan(1);
    assertThat(out).allSatisfy(p -> {
      assertThat(p.text().length()).isLessThanOrEqualTo(TextCleaner.MAX_PASSAGE);
      assertThat(p.text()).startsWith("The force").endsWith("years.");
    });
  }
}

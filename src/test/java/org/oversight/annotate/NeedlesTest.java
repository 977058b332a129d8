package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.oversight.domain.Resources;

/**
 * The quick test before an expression: the words read from it, and that a line it passes over never holds a match,
 * on every expression of the rules' resource files.
 */
class NeedlesTest {
  @Test
  void aLiteralIsItsOwnWord() {
    Needles n = Needles.of("chief constable");
    assertThat(n.mayMatch(Needles.fold("The CHIEF Constable said"))).isTrue();
    assertThat(n.mayMatch(Needles.fold("the chief inspector said"))).isFalse();
  }

  @Test
  void optionalPartsAreNotRequired() {
    Needles n = Needles.of("\\bdeputy (chief )?constable\\b");
    assertThat(n.mayMatch(Needles.fold("Deputy Constable"))).isTrue();
    assertThat(n.any()).isTrue();
    assertThat(n.toString()).doesNotContain("chief");
  }

  @Test
  void eachAlternativeGivesAWordAndARequiredGroupGivesItsOwn() {
    Needles n = Needles.of("\\bPFCC\\b|police,? fire (and|&) crime commissioner|^dear (home secretary|minister)");
    assertThat(n.mayMatch(Needles.fold("the PFCC"))).isTrue();
    assertThat(n.mayMatch(Needles.fold("Police Fire & Crime Commissioner"))).isTrue();
    assertThat(n.mayMatch(Needles.fold("Dear Minister"))).isTrue();
    assertThat(n.mayMatch(Needles.fold("Dear Sir"))).isFalse();
  }

  @Test
  void anExpressionWithoutWordsIsAlwaysRun() {
    assertThat(Needles.of("^\\w+\\s*$").any()).isFalse();
    assertThat(Needles.of("^\\w+\\s*$").mayMatch("anything")).isTrue();
    assertThat(Needles.of("a|bc").any()).as("one alternative too short").isFalse();
    assertThat(Needles.of("\\x41bc").any()).as("an escape not followed").isFalse();
    assertThat(Needles.of("(?=abc)x").any()).as("a look-ahead requires nothing matched").isFalse();
  }

  @Test
  void foldingMatchesCaseInsensitiveComparison() {
    assertThat(Needles.fold("Chief CONSTABLE")).isEqualTo("chief constable");
    assertThat(Needles.fold("\u017Fection")).as("the long s folds to s, as (?iu) matches it").isEqualTo("section");
    String plain = "already folded";
    assertThat(Needles.fold(plain)).isSameAs(plain);
  }

  /** Every expression of the rules' resources, compiled as the rules compile them. */
  static List<Pattern> resourcePatterns() {
    List<Pattern> out = new ArrayList<>();
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    for (String line : Resources.lines(Roles.class, "roles.tsv")) {
      out.add(Pattern.compile(line.split("\t", 4)[3], Pattern.CASE_INSENSITIVE));
    }
    for (String line : Resources.lines(DocTypeClassifier.class, "doc-type-cues.txt")) {
      out.add(Pattern.compile(line.split("\t", 3)[2], flags));
    }
    for (String name : List.of("recommendation-cues.txt", "recommendation-mentions.txt", "page-furniture.txt")) {
      for (String line : Resources.lines(RecommendationTagger.class, name)) out.add(Pattern.compile(line, flags));
    }
    return out;
  }

  @Test
  void noLineOfTheSampleCorpusIsPassedOverThatAnExpressionMatches() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus/samples"))) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|html)")).toList()) {
        lines.addAll(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).lines().toList());
      }
    }
    lines.addAll(DomainTaggerFuzzTest.letterLines());
    int matched = 0;
    for (Pattern p : resourcePatterns()) {
      Needles n = Needles.of(p.pattern());
      for (String line : lines) {
        if (p.matcher(line).find()) {
          matched++;
          assertThat(n.mayMatch(Needles.fold(line))).as("%s on %s", p, line).isTrue();
        }
      }
    }
    assertThat(matched).as("the lines exercise the expressions").isGreaterThan(30);
  }

  @Property(tries = 300)
  void aLinePassedOverNeverHoldsAMatch(@ForAll("lines") String line) {
    String folded = Needles.fold(line);
    for (Pattern p : PATTERNS) {
      if (p.matcher(line).find()) {
        assertThat(Needles.of(p.pattern()).mayMatch(folded)).as("%s on %s", p, line).isTrue();
      }
    }
  }

  private static final List<Pattern> PATTERNS = resourcePatterns();

  /** Lines made of the words the expressions look for, in any case, with punctuation and quotes between. */
  @Provide
  Arbitrary<String> lines() {
    List<String> words = new ArrayList<>(List.of("the", "of", "for", "and", "&", "'s", "\u2019s", ":", ",", "\"",
        "\u201c", "Kent", "Dear", "Sir", "said", "is", "we", "our", "55", "(", "1996"));
    for (Pattern p : PATTERNS) {
      for (String w : p.pattern().split("[^\\p{L}\\d&'\u2019:,]+")) {
        if (w.length() >= 2) words.add(w);
      }
    }
    Arbitrary<String> word = Arbitraries.of(words).flatMap(w -> Arbitraries.of(w, w.toUpperCase(),
        w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", ", ", "'", "-", "");
    return word.list().ofMinSize(1).ofMaxSize(12).flatMap(ws -> gap.list().ofSize(ws.size()).map(gs -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ws.size(); i++) sb.append(ws.get(i)).append(gs.get(i));
      return sb.toString().strip();
    }));
  }
}

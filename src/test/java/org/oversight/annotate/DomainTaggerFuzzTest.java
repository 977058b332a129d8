package org.oversight.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;
import org.oversight.model.Tags;

/**
 * Random and mutated letters through the domain rules (without CoreNLP, whose sentences are stood in for by a
 * plain split): no exception escapes and no input makes a rule's regular expressions run away.
 */
class DomainTaggerFuzzTest {
  private static final DomainTagger TAGGER = new DomainTagger();
  private static final String LETTER = """
      Chief Constable Alison Farrow QPM
      Cumbria Constabulary

      Copied to: Desmond Kirkby
      Police and Crime Commissioner for Cumbria

      Published 14 March 2030

      3 March 2031

      Dear Chief Constable

      Response to HMICFRS report: Keeping count: crime recording in policing (March 2030)

      We recommend that within six months, all forces should audit crime records. These audits should include rape.

      Cumbria Constabulary was graded as 'requires improvement' at recording crime. The force gave an overall rating of 'good'.

      Yours sincerely

      A handwritten signature, appearing to read 'A. Whitcombe'.

      Anne Whitcombe
      His Majesty's Inspector of Constabulary
      """;

  /** The lines of the letter the fuzzing starts from. */
  static List<String> letterLines() {
    return LETTER.lines().toList();
  }

  static Tags tag(String text) {
    List<Passage> passages = new ArrayList<>();
    for (String p : text.split("\n\\s*\n")) {
      if (!p.isBlank()) passages.add(new Passage(passages.size(), 0, p.strip()));
    }
    ExtractedDocument doc = new ExtractedDocument(new SourceFile(Path.of("f.txt"), "0".repeat(64), 1), "text/plain",
        "text", null, Map.of(), 0, passages);
    List<NlpPipeline.Sentence> sentences = new ArrayList<>();
    for (Passage p : passages) {
      for (String s : p.text().split("(?<=[.!?])\\s+|\n")) sentences.add(new NlpPipeline.Sentence(p.ordinal(), s));
    }
    return TAGGER.tag(doc, List.of(), sentences);
  }

  @Property(tries = 1000)
  void mutatedLettersTagWithoutErrorOrRunaway(@ForAll("mutatedLetters") String text) {
    Tags t = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> tag(text));
    assertThat(t.docType()).isNotNull();
  }

  @Property(tries = 1000)
  void randomTextTagsWithoutError(@ForAll @StringLength(max = 2000) String text) {
    Tags t = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> tag(text));
    assertThat(t.forces()).doesNotContainNull();
  }

  @Provide
  Arbitrary<String> mutatedLetters() {
    Arbitrary<Integer> positions = Arbitraries.integers().between(0, LETTER.length() - 1);
    Arbitrary<String> inserts = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("Police and Crime Commissioner for ", "\n\n", "Yours sincerely\n", "'", ":", "QPM ",
            "Dear Home Secretary,\n", "within six months ", "(", "Chief Constable ", "\u00A0", "--", "Rt Hon "));
    return Arbitraries.integers().between(1, 25).flatMap(n -> positions.list().ofSize(n).flatMap(ps ->
        inserts.list().ofSize(n).map(ins -> {
          StringBuilder sb = new StringBuilder(LETTER);
          for (int i = 0; i < n; i++) {
            int at = Math.min(ps.get(i), sb.length());
            if (i % 3 == 2 && at + 5 < sb.length()) sb.delete(at, at + 5);
            else sb.insert(at, ins.get(i));
          }
          return sb.toString();
        })));
  }
}

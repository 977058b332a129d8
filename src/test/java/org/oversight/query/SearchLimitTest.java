package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocumentBuilder;

/**
 * Issue 11, defect 5: {@code search year:2024} showed 8 hits with {@code --limit 10} while more matched. Ties and the
 * per-document cap never leave fewer hits than the limit while more documents match.
 */
class SearchLimitTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    List<AnnotatedDocument> docs = new ArrayList<>();
    // one long document that mentions vetting in every passage, ranked above the others ...
    DocumentBuilder big = DocumentBuilder.document("big.txt").date("2024-01-10");
    for (int i = 0; i < 60; i++) big.passage("Vetting, vetting and more vetting: passage " + i + ".");
    docs.add(big.build());
    // ... and eleven short ones, all of 2024, whose passages tie on year:2024
    for (int d = 0; d < 11; d++) {
      DocumentBuilder b = DocumentBuilder.document("doc" + d + ".txt").date("2024-0" + (1 + d % 9) + "-01");
      for (int i = 0; i < 5; i++) b.passage("Document " + d + " says something about vetting in passage " + i + ".");
      docs.add(b.build());
    }
    searcher = TestIndexes.build(dir, docs);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static Map<String, Long> perFile(SearchResult r) {
    return r.hits().stream().collect(Collectors.groupingBy(SearchHit::file, Collectors.counting()));
  }

  @Test
  void tiedHitsFillTheLimit() throws Exception {
    SearchResult r = searcher.search(SearchRequest.of("year:2024", 10, 2));
    assertThat(r.totalPassages()).isEqualTo(60 + 55);
    assertThat(r.hits()).hasSize(10);
    assertThat(perFile(r).values()).allMatch(n -> n <= 2);
  }

  @Test
  void theCapOnOneDocumentLooksFurtherDownTheRanking() throws Exception {
    for (int perDoc : List.of(1, 2, 3)) {
      SearchResult r = searcher.search(SearchRequest.of("vetting", 10, perDoc));
      assertThat(r.hits()).as("per-doc " + perDoc).hasSize(10);
      assertThat(perFile(r).get("big.txt")).as("per-doc " + perDoc).isEqualTo(perDoc);
      assertThat(perFile(r).values()).allMatch(n -> n <= perDoc);
    }
    // 12 documents, at most one passage each: every document once, and no more
    SearchResult all = searcher.search(SearchRequest.of("vetting", 50, 1));
    assertThat(all.hits()).hasSize(12);
    assertThat(perFile(all)).hasSize(12);
  }

  @Test
  void scoresNeverRiseDownTheList() throws Exception {
    List<Float> scores = searcher.search(SearchRequest.of("vetting", 10, 2)).hits().stream()
        .map(SearchHit::score).toList();
    assertThat(scores).hasSize(10).isSortedAccordingTo((a, b) -> Float.compare(b, a));
  }
}

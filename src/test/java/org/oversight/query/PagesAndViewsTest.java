package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.DocumentBuilder;

/**
 * What a long-running reader of the index (the web server) asks of the query stage: later pages of a search, every
 * row of a searched view for download, and a searcher over a reader it manages itself.
 */
class PagesAndViewsTest {
  @TempDir static Path dir;
  static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    DocumentBuilder minutes = DocumentBuilder.document("minutes.txt").primaryForce("Essex Police");
    for (int i = 1; i <= 12; i++) {
      minutes.passage("SAMPLE minute " + i + ": the audit of crime records" + " again".repeat(i));
    }
    searcher = TestIndexes.build(dir, List.of(TestIndexes.kent("kent.txt", "June").build(),
        TestIndexes.essex().build(), minutes.build()));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void aLaterPageIsTheRestOfTheSameRanking() throws Exception {
    SearchResult all = searcher.search(new SearchRequest("audit", Filter.NONE, 15, 15));
    SearchResult second = searcher.search(new SearchRequest("audit", Filter.NONE, 10, 10), 5);
    assertThat(second.totalPassages()).isEqualTo(all.totalPassages()).isEqualTo(15);
    assertThat(second.hits()).extracting(h -> h.id() + "/" + h.passage())
        .containsExactlyElementsOf(all.hits().subList(5, 10).stream().map(h -> h.id() + "/" + h.passage()).toList());
    assertThat(second.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<b>audit"));
    assertThat(searcher.search(new SearchRequest("audit", Filter.NONE, 10, 10), 40).hits()).isEmpty();
  }

  @Test
  void aSearchedViewExportsEveryMatchingPassageInRankOrder() throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = searcher.exporter().export(Exporter.Level.passage, Filter.NONE, "audit", rows::add);
    SearchResult ranked = searcher.search(new SearchRequest("audit", Filter.NONE, 100, 100));
    assertThat(n).isEqualTo(rows.size()).isEqualTo(15);
    assertThat(rows).extracting(r -> r.get("id") + "/" + r.get("passage"))
        .containsExactlyElementsOf(ranked.hits().stream().map(h -> h.id() + "/" + h.passage()).toList());
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(Exporter.COLUMNS.get(Exporter.Level.passage));

    List<Map<String, Object>> documents = new ArrayList<>();
    searcher.exporter().export(Exporter.Level.document, new Filter(null, "Essex", null, null, null, null), "audit",
        documents::add);
    assertThat(documents).extracting(r -> r.get("file")).containsExactlyInAnyOrder("essex.txt", "minutes.txt");
    List<Map<String, Object>> none = new ArrayList<>();
    searcher.exporter().export(Exporter.Level.document, Filter.NONE, "zeppelin", none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void aSearcherOverAManagedReaderLeavesItOpen() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      Searcher over = Searcher.over(reader);
      assertThat(over.search(SearchRequest.of("audit", 5, 5)).totalPassages()).isEqualTo(15);
      over.close();
      assertThat(reader.getRefCount()).as("still open").isEqualTo(1);
      assertThat(Searcher.over(reader).count("passage")).isEqualTo(17);
    }
  }
}

package org.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.index.KnownFailures;
import org.oversight.index.Schema;
import org.oversight.ingest.Ingest;

/**
 * An index holds entries that are neither documents nor passages (the files that failed); every query path reads
 * only the kinds it asks for, so those entries never show as hits, facet counts, documents or export rows.
 */
class EntryKindsTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexWithFailures() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("kent.txt"), "SAMPLE: Kent Police reviewed its custody records.");
    Files.writeString(docs.resolve("essex.txt"), "SAMPLE: Essex Police reviewed its vetting.");
    Files.createFile(docs.resolve("empty.pdf"));
    Files.write(docs.resolve("noise.doc"), new byte[] {0, 1, 2, 3, (byte) 0xff, 5, 6, 7, 0, 9});
    index = dir.resolve("index");
    new Ingest(new Ingest.Options(index, 1, 100L << 20), SharedAnnotator::get).run(List.of(docs),
        new Ingest.Listener() {});
  }

  @Test
  void theIndexHoldsFailureEntries() throws Exception {
    assertThat(KnownFailures.of(index)).hasSize(2);
  }

  @Test
  void searchingForEverythingFindsPassagesOnly() throws Exception {
    try (Searcher s = Searcher.open(index)) {
      SearchResult all = s.search(SearchRequest.of("*", 100, 100));
      assertThat(all.totalPassages()).isEqualTo(s.count(Schema.PASSAGE)).isEqualTo(2);
      assertThat(all.hits()).extracting(SearchHit::file).containsExactlyInAnyOrder("kent.txt", "essex.txt");
      assertThat(all.facets().get("doc_type").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
      assertThat(s.search(SearchRequest.of("file:empty.pdf", 10, 10)).hits()).isEmpty();
      assertThat(s.count(Schema.DOCUMENT)).isEqualTo(2);
    }
  }

  @Test
  void documentsReportsExportsAndOverviewsCountDocumentsOnly() throws Exception {
    try (Searcher s = Searcher.open(index)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      s.exporter().export(Exporter.Level.document, Filter.NONE, rows::add);
      assertThat(rows).extracting(r -> r.get("file")).containsExactlyInAnyOrder("kent.txt", "essex.txt");
      rows.clear();
      s.exporter().export(Exporter.Level.passage, Filter.NONE, rows::add);
      assertThat(rows).hasSize(2);
      assertThat(s.overview().forces()).allSatisfy(f -> assertThat(f.latestFile()).isIn("kent.txt", "essex.txt"));
      assertThat(s.crossForce().reports()).isEmpty();
    }
  }
}

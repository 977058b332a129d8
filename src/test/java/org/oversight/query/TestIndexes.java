package org.oversight.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oversight.annotate.SharedAnnotator;
import org.oversight.extract.Extractor;
import org.oversight.ingest.Ingest;

/** Builds a test index from documents given as file name → text, and opens it for searching. */
final class TestIndexes {
  private TestIndexes() {}

  static Searcher build(Path dir, Map<String, String> documents) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (Map.Entry<String, String> d : documents.entrySet()) Files.writeString(docs.resolve(d.getKey()), d.getValue());
    new Ingest(new Ingest.Options(dir.resolve("index"), 2, Extractor.DEFAULT_MAX_BYTES), SharedAnnotator::get)
        .run(List.of(docs), new Ingest.Listener() {});
    return Searcher.open(dir.resolve("index"));
  }
}

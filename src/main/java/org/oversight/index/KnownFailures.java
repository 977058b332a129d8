package org.oversight.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reads the files an index keeps as failed (its last commit), for {@code oversight failures}. */
public final class KnownFailures {
  private KnownFailures() {}

  /**
   * The failures of the index in {@code dir}, in file order.
   *
   * @throws NoIndexException when the folder holds no index
   * @throws IndexLayoutException when another build's layout made it
   */
  public static List<StoredFailure> of(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new NoIndexException(dir);
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) throw new NoIndexException(dir);
      IndexLayout.check(d, dir);
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        List<StoredFailure> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.KIND, Schema.FAILURE)),
            Math.max(1, reader.maxDoc())).scoreDocs) {
          out.add(Stored.failure(stored.document(sd.doc, Set.of(Schema.FAILURE_RECORD))));
        }
        out.sort(Comparator.comparing(StoredFailure::source));
        return out;
      }
    }
  }
}

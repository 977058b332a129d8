package org.oversight.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.cli.Main;
import org.oversight.query.Searcher;

/** An index made by another build is refused with one line that says what to do, never read with empty columns. */
class IndexLayoutTest {
  @TempDir Path dir;

  /** What the previous release left: a document entry with its JSON record and no layout in the commit. */
  private Path previousRelease() throws Exception {
    Path index = dir.resolve("old-index");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      Document d = new Document();
      d.add(new StringField("kind", "document", Field.Store.YES));
      d.add(new StringField("id", "0123456789abcdef", Field.Store.YES));
      d.add(new StoredField("record", "{\"id\":\"0123456789abcdef\",\"tags\":{\"doc_type\":\"pcc_response\"}}"));
      w.addDocument(d);
      w.commit();
    }
    return index;
  }

  @Test
  void anIndexOfThePreviousReleaseIsRefusedForReadingAndWriting() throws Exception {
    Path old = previousRelease();
    String expected = "index " + old + " was built by an older oversight with layout 1; this build (oversight "
        + IndexLayout.version() + ") reads layout " + IndexLayout.CURRENT + ": re-ingest into a new index";
    assertThatThrownBy(() -> Searcher.open(old)).isInstanceOf(IndexLayoutException.class).hasMessage(expected);
    assertThatThrownBy(() -> CorpusIndex.open(old)).isInstanceOf(IndexLayoutException.class).hasMessage(expected);

    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "search", "vetting", "--index",
        old.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("oversight: " + expected);
  }

  @Test
  void aNewerLayoutNamesTheBuildThatMadeIt() throws Exception {
    Path index = dir.resolve("new-index");
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      w.addDocument(new Document());
      w.setLiveCommitData(Map.of(IndexLayout.LAYOUT_KEY, "99", IndexLayout.VERSION_KEY, "9.9.0").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> Searcher.open(index)).hasMessageContaining("built by oversight 9.9.0 with layout 99");
  }

  @Test
  void anIndexOfThisBuildRecordsItsLayout() throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      idx.commit();
    }
    try (Searcher s = Searcher.open(index)) {
      assertThat(s.count(Schema.DOCUMENT)).isZero();
    }
  }

  @Test
  void aFolderWithoutAnIndexIsNamedAndLeftAlone() {
    Path none = dir.resolve("no/such/dir");
    assertThatThrownBy(() -> Searcher.open(none)).isInstanceOf(NoIndexException.class)
        .hasMessage("no index at " + none + ": run 'oversight ingest' first");
    assertThat(Files.exists(none)).isFalse();
  }
}

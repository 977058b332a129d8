package org.oversight.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.DocumentBuilder;
import org.oversight.query.QueryException;
import org.oversight.query.Searcher;

class WatcherTest {
  @TempDir Path dir;

  private static final Clock APRIL = Clock.fixed(Instant.parse("2030-04-03T08:00:00Z"), ZoneOffset.UTC);

  private Path index() {
    return dir.resolve("index");
  }

  /** One ingest run's worth of documents, committed; returns their ids as the run's report would. */
  private List<String> commit(AnnotatedDocument... docs) throws Exception {
    try (CorpusIndex idx = CorpusIndex.open(index())) {
      for (AnnotatedDocument d : docs) idx.put(d, "/corpus/" + d.document().source().path());
      idx.commit();
    }
    return java.util.Arrays.stream(docs).map(d -> d.document().source().id()).toList();
  }

  private static AnnotatedDocument kentOld() {
    return DocumentBuilder.response("kent-2029.txt", "Kent Police", "2029-05-02")
        .passage("Kent's vetting unit was praised last year.").build();
  }

  private static AnnotatedDocument kentNew() {
    return DocumentBuilder.response("kent-2030.pdf", "Kent Police", "2030-04-02")
        .passage("Response to the inspection of Kent Police").onPage(1)
        .passage("Vetting decisions will be reviewed by the commissioner.").onPage(2)
        .passage("The vetting unit has more staff.").onPage(2).build();
  }

  private static AnnotatedDocument essexNew() {
    return DocumentBuilder.response("essex-2030.txt", "Essex Police", "2030-04-09")
        .passage("Essex has a new vetting unit.").build();
  }

  private static SavedSearch saved(String name, String query, String force, String type) throws QueryException {
    return SavedSearch.of(name, query, type, force, null, null, null, null, "2030-01-01T00:00:00Z");
  }

  @Test
  void aSavedSearchMatchesWhatTheSecondRunAddedNotWhatWasAlreadyThere() throws Exception {
    commit(kentOld());
    WatchStore store = WatchStore.beside(index());
    store.add(saved("kent-vetting", "vetting", "Kent", null));
    List<String> secondRun = commit(kentNew(), essexNew());

    List<Watcher.Outcome> outcomes;
    try (Searcher s = Searcher.open(index())) {
      outcomes = new Watcher(store, APRIL).run(s, secondRun);
    }

    assertThat(outcomes).singleElement().satisfies(o -> {
      assertThat(o.error()).isNull();
      // the Essex response is outside the filter; the 2029 Kent response was there before
      assertThat(o.matches()).singleElement().satisfies(m -> {
        assertThat(m.search()).isEqualTo("kent-vetting");
        assertThat(m.file()).isEqualTo("kent-2030.pdf");
        assertThat(m.path()).isEqualTo(java.nio.file.Path.of("kent-2030.pdf").toAbsolutePath().normalize().toString());
        assertThat(m.page()).isEqualTo(2);
        assertThat(m.snippet()).contains("<b>Vetting</b>");
        assertThat(m.docType()).isEqualTo("pcc_response");
        assertThat(m.date()).isEqualTo("2030-04-02");
        assertThat(m.found()).isEqualTo("2030-04-03T08:00:00Z");
      });
    });
    assertThat(store.matches("kent-vetting", null)).extracting(Match::file).containsExactly("kent-2030.pdf");
  }

  @Test
  void aDocumentSeenAgainIsNotNewsButAnotherSearchStillFindsIt() throws Exception {
    List<String> ids = commit(kentNew(), essexNew());
    WatchStore store = WatchStore.beside(index());
    store.add(saved("vetting", "vetting", null, null));
    try (Searcher s = Searcher.open(index())) {
      assertThat(new Watcher(store, APRIL).run(s, ids).get(0).matches()).hasSize(2);
      assertThat(new Watcher(store, APRIL).run(s, ids).get(0).matches()).isEmpty();
      store.add(saved("responses", "unit", null, "pcc_response"));
      List<Watcher.Outcome> third = new Watcher(store, APRIL).run(s, ids);
      assertThat(third).extracting(o -> o.search().name()).containsExactly("vetting", "responses");
      assertThat(third.get(0).matches()).isEmpty();
      assertThat(third.get(1).matches()).extracting(Match::file)
          .containsExactlyInAnyOrder("kent-2030.pdf", "essex-2030.txt");
    }
  }

  @Test
  void aSearchThatCannotRunSaysWhyAndTheOthersRun() throws Exception {
    List<String> ids = commit(kentNew());
    WatchStore store = WatchStore.beside(index());
    store.add(saved("broken", "vetting AND", null, null)); // saved before any index could check it
    store.add(saved("kent", "vetting", "Kent", null));
    try (Searcher s = Searcher.open(index())) {
      List<Watcher.Outcome> outcomes = new Watcher(store, APRIL).run(s, ids);
      assertThat(outcomes.get(0).error()).startsWith("malformed query 'vetting AND'");
      assertThat(outcomes.get(1).matches()).hasSize(1);
    }
  }

  @Test
  void afterIngestDoesNothingWithoutSavedSearchesOrNewDocuments() throws Exception {
    assertThat(Watcher.afterIngest(dir.resolve("no-index"), List.of("abc"))).isEmpty();
    WatchStore.beside(dir.resolve("no-index")).add(saved("kent", "vetting", "Kent", null));
    // no index is opened when the run added nothing
    assertThat(Watcher.afterIngest(dir.resolve("no-index"), List.of())).singleElement()
        .satisfies(o -> assertThat(o.matches()).isEmpty());
  }

  @Test
  void aSearchIsCheckedAgainstTheIndexWhenThereIsOne() throws Exception {
    assertThat(Watcher.check(saved("x", "vetting AND", null, null), index())).isFalse();
    commit(kentNew());
    assertThat(Watcher.check(saved("x", "vetting", "Kent", null), index())).isTrue();
    assertThatThrownBy(() -> Watcher.check(saved("x", "vetting AND", null, null), index()))
        .isInstanceOf(QueryException.class).hasMessageStartingWith("malformed query");
    assertThatThrownBy(() -> Watcher.check(SavedSearch.of("x", "vetting", null, null, "no such report", null, null,
        null, null), index())).hasMessageStartingWith("no report matches 'no such report'");
  }

  @Test
  void savedFiltersAreTheSearchCommandsFilters() throws Exception {
    List<String> ids = commit(kentNew(), DocumentBuilder.document("news.txt").type(DocType.NEWS_ARTICLE)
        .primaryForce("Kent Police").date("2030-04-05").passage("Kent vetting in the news.").build());
    WatchStore store = WatchStore.beside(index());
    store.add(saved("news", "vetting", "Kent", "news_article"));
    store.add(SavedSearch.of("april", "vetting", null, null, null, null, "2030-04-04", "2030-04", null));
    try (Searcher s = Searcher.open(index())) {
      List<Watcher.Outcome> out = new Watcher(store, APRIL).run(s, ids);
      assertThat(out.get(0).matches()).extracting(Match::file).containsExactly("news.txt");
      assertThat(out.get(1).matches()).extracting(Match::file).containsExactly("news.txt");
    }
  }
}

package org.oversight.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.Json;
import org.oversight.query.QueryException;

class WatchStoreTest {
  @TempDir Path dir;

  private static SavedSearch search(String name, String query) throws QueryException {
    return SavedSearch.of(name, query, null, "Kent", null, null, "2024", null, "2030-01-01T00:00:00Z");
  }

  private static Match match(String search, String id, String found) {
    return new Match(search, id, id + ".txt", "/corpus/" + id + ".txt", 2, 5, "pcc_response", "2030-04-02",
        "the <b>vetting</b> unit", found);
  }

  @Test
  void theStoreIsAFileBesideTheIndexFolderNotInIt() {
    WatchStore store = WatchStore.beside(dir.resolve("index"));
    assertThat(store.file()).isEqualTo(dir.resolve("index.watch.json").toAbsolutePath());
    assertThat(WatchStore.beside(dir.resolve("index/")).file()).isEqualTo(store.file());
  }

  @Test
  void searchesAndMatchesSurviveReopeningTheStore() throws Exception {
    WatchStore store = WatchStore.beside(dir.resolve("index"));
    store.add(search("kent-vetting", "vetting"));
    store.record(List.of(match("kent-vetting", "aaaa", "2030-04-03T08:00:00Z")));

    WatchStore reopened = WatchStore.beside(dir.resolve("index"));
    assertThat(reopened.searches()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("kent-vetting");
      assertThat(s.describe()).isEqualTo("vetting --force Kent --from 2024");
    });
    assertThat(reopened.matches(null, null)).containsExactly(match("kent-vetting", "aaaa", "2030-04-03T08:00:00Z"));
    assertThat(reopened.summaries()).singleElement().satisfies(s -> {
      assertThat(s.matches()).isEqualTo(1);
      assertThat(s.lastFound()).isEqualTo("2030-04-03T08:00:00Z");
    });
  }

  @Test
  void aDocumentMatchesASearchOnceAndMatchesAreListedByNameAndTime() throws Exception {
    WatchStore store = new WatchStore(dir.resolve("w.json"));
    store.add(search("a", "vetting"));
    store.add(search("b", "custody"));
    assertThat(store.record(List.of(match("a", "d1", "2030-04-03T08:00:00Z"), match("b", "d1",
        "2030-04-03T08:00:00Z")))).hasSize(2);
    assertThat(store.record(List.of(match("a", "d1", "2030-05-01T08:00:00Z"), match("a", "d2",
        "2030-05-01T08:00:00Z")))).extracting(Match::id).containsExactly("d2");

    assertThat(store.matches("a", null)).extracting(Match::id).containsExactly("d1", "d2");
    assertThat(store.matches(null, Instant.parse("2030-04-10T00:00:00Z"))).extracting(Match::id)
        .containsExactly("d2");
  }

  @Test
  void unknownOrTakenNamesAreRefusedWithOneLine() throws Exception {
    WatchStore store = new WatchStore(dir.resolve("w.json"));
    store.add(search("a", "vetting"));
    assertThatThrownBy(() -> store.add(search("a", "custody"))).isInstanceOf(QueryException.class)
        .hasMessage("a saved search called a exists; remove it first (oversight watch remove a)");
    assertThatThrownBy(() -> store.remove("nope")).isInstanceOf(QueryException.class)
        .hasMessage("no saved search called nope; 'oversight watch list' shows them");
    assertThatThrownBy(() -> store.matches("nope", null)).isInstanceOf(QueryException.class);
    assertThatThrownBy(() -> SavedSearch.of("two words", "q", null, null, null, null, null, null, null))
        .hasMessageStartingWith("a saved search's name is 1 to 64 letters");
    assertThatThrownBy(() -> SavedSearch.of("x", "q", null, "Atlantis", null, null, null, null, null))
        .hasMessage("no police force is called 'Atlantis'");
    assertThatThrownBy(() -> SavedSearch.of("x", "q", null, null, null, null, "last week", null, null))
        .hasMessageStartingWith("bad date 'last week'");
    assertThat(store.searches()).extracting(SavedSearch::name).containsExactly("a");
  }

  @Test
  void removingASearchDropsItsMatches() throws Exception {
    WatchStore store = new WatchStore(dir.resolve("w.json"));
    store.add(search("a", "vetting"));
    store.add(search("b", "custody"));
    store.record(List.of(match("a", "d1", "2030-04-03T08:00:00Z"), match("b", "d2", "2030-04-03T08:00:00Z")));
    assertThat(store.remove("a")).isEqualTo(1);
    assertThat(store.matches(null, null)).extracting(Match::search).containsExactly("b");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldContentsAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("w.json");
    WatchStore store = new WatchStore(file);
    store.add(search("a", "vetting"));
    String before = Files.readString(file);

    assertThatThrownBy(() -> WatchStore.writeAtomically(file, out -> {
      out.write("{\"version\": 1, \"searches\": [".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("w.json", "w.json.lock");
    }
    assertThat(store.searches()).extracting(SavedSearch::name).containsExactly("a");
  }

  @Test
  void readersSeeTheOldContentsOrTheNewNeverHalfAndConcurrentWritersLoseNothing() throws Exception {
    WatchStore store = new WatchStore(dir.resolve("w.json"));
    store.add(search("a", "vetting"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 60; i++) store.record(List.of(match("a", writer + "-" + i, "2030-04-03T08:00:00Z")));
          return null;
        }));
      }
      Future<Integer> reader = pool.submit(() -> {
        int reads = 0;
        while (!writers.stream().allMatch(Future::isDone)) {
          // every read parses: a whole store, old or new
          assertThat(new WatchStore(dir.resolve("w.json")).searches()).hasSize(1);
          reads++;
        }
        return reads;
      });
      for (Future<?> f : writers) f.get();
      assertThat(reader.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.matches("a", null)).hasSize(120);
  }

  @Test
  void aDamagedStoreIsNamedInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("w.json"), "{\"version\": 1, \"searches\": [");
    assertThatThrownBy(() -> new WatchStore(file).searches()).isInstanceOf(IOException.class)
        .hasMessageStartingWith("saved searches in " + file.toAbsolutePath() + " cannot be read (")
        .hasMessageEndingWith("); mend or remove the file")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void theFileIsPlainJsonAPersonCanRead() throws Exception {
    WatchStore store = new WatchStore(dir.resolve("w.json"));
    store.add(search("kent-vetting", "vetting"));
    store.record(List.of(match("kent-vetting", "d1", "2030-04-03T08:00:00Z")));
    var json = Json.MAPPER.readTree(dir.resolve("w.json").toFile());
    assertThat(json.path("version").asInt()).isEqualTo(1);
    assertThat(json.path("searches").get(0).path("force").asText()).isEqualTo("Kent");
    assertThat(json.path("matches").get(0).path("doc_type").asText()).isEqualTo("pcc_response");
  }
}

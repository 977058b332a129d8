package org.oversight.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oversight.index.NoIndexException;
import org.oversight.query.QueryException;
import org.oversight.query.SearchHit;
import org.oversight.query.SearchRequest;
import org.oversight.query.Searcher;

/**
 * Runs the saved searches over the documents one ingest added or changed, against the committed index, and records
 * what they found. A document matches a saved search once: found again later (re-ingested into a new index, say) it
 * is not news. A saved search that cannot run (a query the index refuses, a report fragment that fits several
 * reports) says why and the others run.
 */
public final class Watcher {
  /**
   * What one saved search found in a run.
   *
   * @param search the saved search
   * @param matches the documents it matched that it had not matched before, best first
   * @param error why it could not run, or null
   */
  public record Outcome(SavedSearch search, List<Match> matches, String error) {}

  private final WatchStore store;
  private final Clock clock;

  public Watcher(WatchStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * After an ingest into {@code index}: runs the saved searches kept beside it over the documents with these ids.
   * Opens the index only when there are saved searches and documents to search.
   *
   * @return one outcome per saved search, in the order they were saved; empty when none is saved
   */
  public static List<Outcome> afterIngest(Path index, Collection<String> ids) throws IOException {
    Watcher w = new Watcher(WatchStore.beside(index), Clock.systemUTC());
    List<SavedSearch> searches = w.store.searches();
    if (searches.isEmpty()) return List.of();
    if (ids.isEmpty()) return searches.stream().map(s -> new Outcome(s, List.of(), null)).toList();
    try (Searcher searcher = Searcher.open(index)) {
      return w.run(searcher, ids);
    }
  }

  /**
   * Checks a search against the index in {@code index} before it is saved: its query parses, its force is known, its
   * report fragment fits one report.
   *
   * @return false when there is no index yet to check against (the filters' form is checked all the same)
   * @throws QueryException saying what is wrong
   */
  public static boolean check(SavedSearch search, Path index) throws QueryException, IOException {
    Searcher searcher;
    try {
      searcher = Searcher.open(index);
    } catch (NoIndexException e) {
      return false;
    }
    try (searcher) {
      searcher.search(new SearchRequest(search.query(), search.filter(), 1, 1), List.of());
      return true;
    }
  }

  /** Runs every saved search over the documents with these ids and records the new matches. */
  public List<Outcome> run(Searcher searcher, Collection<String> ids) throws IOException {
    Set<String> among = new HashSet<>(ids);
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    List<SavedSearch> searches = store.searches();
    List<List<Match>> found = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<Match> all = new ArrayList<>();
    for (SavedSearch s : searches) {
      List<Match> mine = new ArrayList<>();
      String error = null;
      if (!among.isEmpty()) {
        try {
          // one hit per document, its best passage; as many as there are documents to look at
          SearchRequest req = new SearchRequest(s.query(), s.filter(), among.size(), 1);
          for (SearchHit h : searcher.search(req, among).hits()) mine.add(match(s, h, now));
        } catch (QueryException e) {
          error = e.getMessage();
        }
      }
      found.add(mine);
      errors.add(error);
      all.addAll(mine);
    }
    Set<Match> fresh = new HashSet<>(store.record(all));
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < searches.size(); i++) {
      out.add(new Outcome(searches.get(i), found.get(i).stream().filter(fresh::contains).toList(), errors.get(i)));
    }
    return out;
  }

  private static Match match(SavedSearch s, SearchHit h, String now) {
    return new Match(s.name(), h.id(), h.file(), h.path(), h.page(), h.passage(), h.docType(), h.date(),
        h.snippet(), now);
  }
}

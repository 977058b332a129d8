package org.oversight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.watch.Match;
import org.oversight.watch.Watcher;

/**
 * What the saved searches found after an ingest, as {@code ingest} and {@code update} print it: a table of the new
 * matches under the summary, or a {@code watch} list in the JSON summary; a saved search that could not run is one
 * line on standard error.
 */
final class Alerts {
  private final List<Watcher.Outcome> outcomes;
  private final String failure;

  private Alerts(List<Watcher.Outcome> outcomes, String failure) {
    this.outcomes = outcomes;
    this.failure = failure;
  }

  /** Runs the saved searches kept beside the index over the documents with these ids. */
  static Alerts after(Path index, List<String> ids) {
    try {
      return new Alerts(Watcher.afterIngest(index, ids), null);
    } catch (IOException | RuntimeException e) {
      return new Alerts(List.of(), "saved searches not run: " + Main.oneLine(e));
    }
  }

  boolean failed() {
    return failure != null || outcomes.stream().anyMatch(o -> o.error() != null);
  }

  private int newMatches() {
    return outcomes.stream().mapToInt(o -> o.matches().size()).sum();
  }

  void printErrors(PrintWriter err) {
    if (failure != null) err.println("watch: " + failure);
    for (Watcher.Outcome o : outcomes) {
      if (o.error() != null) err.println("watch " + o.search().name() + ": " + o.error());
    }
  }

  /** The new matches as a table under the summary line; nothing when no search is saved. */
  void printTable(PrintWriter out) {
    if (outcomes.isEmpty()) return;
    int n = newMatches();
    if (n == 0) {
      out.printf("watch: no new matches for %d saved search%s%n", outcomes.size(), outcomes.size() == 1 ? "" : "es");
      return;
    }
    Table t = new Table("watch", "file", "page", "type", "date");
    for (Watcher.Outcome o : outcomes) {
      for (Match m : o.matches()) {
        // the snippet under its row, as search prints it, so that the matched words are never cut off
        t.row(o.search().name(), m.file(), m.page() == 0 ? "" : m.page(), m.docType(), m.date())
            .detail(m.snippet().replace("<b>", "[").replace("</b>", "]"));
      }
    }
    t.print(out);
    long searches = outcomes.stream().filter(o -> !o.matches().isEmpty()).count();
    out.printf("watch: %d new match%s for %d of %d saved searches ('oversight watch matches' lists them)%n", n,
        n == 1 ? "" : "es", searches, outcomes.size());
  }

  /**
   * Adds {@code watch_matches} (how many new) and {@code watch}: per saved search its name, query, filters, new
   * matches and error (null when it ran).
   */
  void putJson(Map<String, Object> m) {
    m.put("watch_matches", newMatches());
    List<Map<String, Object>> searches = new ArrayList<>();
    for (Watcher.Outcome o : outcomes) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", o.search().name());
      one.put("query", o.search().query());
      one.put("filters", o.search().filters());
      one.put("matches", o.matches());
      one.put("error", o.error());
      searches.add(one);
    }
    m.put("watch", searches);
    m.put("watch_error", failure);
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oversight.query.Filter;
import org.oversight.watch.Match;
import org.oversight.watch.SavedSearch;
import org.oversight.watch.WatchStore;
import org.oversight.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code oversight watch add|list|remove|matches}: saved searches that every ingest and update run. */
@Command(name = "watch", description = "Saved searches: every ingest and update runs them over the documents it adds "
    + "or changes and reports the new matches.",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListSearches.class, WatchCommand.Remove.class,
        WatchCommand.Matches.class})
final class WatchCommand {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
      .withZone(ZoneId.systemDefault());

  private WatchCommand() {}

  @Command(name = "add", description = "Save a search (the query and filters of 'search') under a name.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Letters, digits, '-', '_' or '.'.")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY", description = "As for 'search'; several words "
        + "are joined.")
    List<String> query;

    @Mixin Options.Index index;
    @Mixin Options.Filters filters;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      SavedSearch s = SavedSearch.of(name, String.join(" ", query), filters.type, filters.force, filters.report,
          filters.person, filters.from, filters.to, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      boolean checked = Watcher.check(s, index.index);
      WatchStore store = WatchStore.beside(index.index);
      store.add(s);
      out.println("saved " + s.name() + ": " + s.describe() + (checked ? "" : " (no index yet to check it against)"));
      out.println("every ingest and update into " + index.index + " runs it over the documents it adds or changes; "
          + "kept in " + store.file());
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", description = "The saved searches, with how many documents each has matched.")
  static final class ListSearches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Override
    public Integer call() throws Exception {
      List<WatchStore.Summary> summaries = WatchStore.beside(index.index).summaries();
      PrintWriter out = spec.commandLine().getOut();
      if (format.format == OutputFormat.table && summaries.isEmpty()) {
        out.println("no saved searches; add one with: oversight watch add NAME QUERY [filters]");
        out.flush();
        return 0;
      }
      if (format.format == OutputFormat.json || format.format == OutputFormat.jsonl) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WatchStore.Summary s : summaries) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", s.search().name());
          m.put("query", s.search().query());
          m.put("filters", s.search().filters());
          m.put("matches", s.matches());
          m.put("last_found", s.lastFound());
          m.put("created", s.search().created());
          rows.add(m);
        }
        Rows.print(out, format.format, rows);
        return 0;
      }
      Rows.print(out, format.format, summaries,
          new Rows.Column<WatchStore.Summary>("name", s -> s.search().name()),
          new Rows.Column<>("query:60", s -> s.search().query()),
          new Rows.Column<>("filters", s -> s.search().describeFilters()),
          new Rows.Column<>("matches", WatchStore.Summary::matches),
          new Rows.Column<>("last_found", s -> local(s.lastFound(), format.format)),
          new Rows.Column<>("created", s -> local(s.search().created(), format.format)));
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a saved search and the matches it found.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin Options.Index index;

    @Override
    public Integer call() throws Exception {
      int dropped = WatchStore.beside(index.index).remove(name);
      spec.commandLine().getOut().printf("removed %s and its %d recorded match%s%n", name, dropped,
          dropped == 1 ? "" : "es");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "matches", description = "The matches the saved searches have found, oldest first.")
  static final class Matches implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "One saved search (default: all).")
    String name;

    @Option(names = "--since", description = "Only matches found on or after this day (local time): YYYY-MM-DD, "
        + "YYYY-MM or YYYY.")
    String since;

    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Override
    public Integer call() throws Exception {
      Instant from = since == null ? null
          : Filter.date(since, false).atStartOfDay(ZoneId.systemDefault()).toInstant();
      List<Match> matches = WatchStore.beside(index.index).matches(name, from);
      PrintWriter out = spec.commandLine().getOut();
      if (format.format == OutputFormat.table && matches.isEmpty()) {
        out.println("no matches");
        out.flush();
      } else if (format.format == OutputFormat.table) {
        Rows.print(out, format.format, matches,
            new Rows.Column<Match>("found", m -> local(m.found(), OutputFormat.table)),
            new Rows.Column<>("search", Match::search),
            new Rows.Column<>("file:40", Match::file),
            new Rows.Column<>("page", m -> m.page() == 0 ? "" : m.page()),
            new Rows.Column<>("type", Match::docType),
            new Rows.Column<>("date", Match::date),
            new Rows.Column<>("snippet:90", m -> m.snippet().replace("<b>", "[").replace("</b>", "]")));
        out.printf("%d match%s%n", matches.size(), matches.size() == 1 ? "" : "es");
        out.flush();
      } else {
        Rows.print(out, format.format, matches,
            new Rows.Column<Match>("search", Match::search),
            new Rows.Column<>("found", Match::found),
            new Rows.Column<>("id", Match::id),
            new Rows.Column<>("file", Match::file),
            new Rows.Column<>("path", Match::path),
            new Rows.Column<>("page", Match::page),
            new Rows.Column<>("passage", Match::passage),
            new Rows.Column<>("doc_type", Match::docType),
            new Rows.Column<>("date", Match::date),
            new Rows.Column<>("snippet", Match::snippet));
      }
      return 0;
    }
  }

  /** An instant as local time for people; as stored (ISO, UTC) for programs. */
  private static String local(String instant, OutputFormat format) {
    if (instant == null || format != OutputFormat.table) return instant;
    return LOCAL.format(Instant.parse(instant));
  }
}

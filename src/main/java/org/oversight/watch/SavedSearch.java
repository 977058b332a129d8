package org.oversight.watch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.domain.Forces;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;

/**
 * A search kept by name: a query in the syntax of {@code search} and its filters, as the user typed them (a force or
 * report is resolved each time the search runs, so that it follows the index).
 *
 * @param name letters, digits, {@code -}, {@code _} and {@code .}
 * @param query the query
 * @param type a document type id, or null
 * @param force a force by name, alias or area, or null
 * @param report a report title or fragment, or null
 * @param person a name or part of it, or null
 * @param from earliest document date as typed ({@code YYYY[-MM[-DD]]}), or null
 * @param to latest document date as typed, or null
 * @param created when it was saved (ISO instant)
 */
public record SavedSearch(String name, String query, String type, String force, String report, String person,
    String from, String to, String created) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * A search as a user gives it, checked: a usable name, a query, and filters {@link Filter#parse} accepts.
   *
   * @throws QueryException naming what is wrong
   */
  public static SavedSearch of(String name, String query, String type, String force, String report, String person,
      String from, String to, String created) throws QueryException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new QueryException("a saved search's name is 1 to 64 letters, digits, '-', '_' or '.', starting with a "
          + "letter or digit, not '" + name + "'");
    }
    if (query == null || query.isBlank()) {
      throw new QueryException("saved search " + name + " needs a query (* for every passage)");
    }
    SavedSearch s = new SavedSearch(name, query.strip(), blank(type), blank(force), blank(report), blank(person),
        blank(from), blank(to), created);
    s.filter();
    if (s.force() != null && Forces.standard().resolve(s.force()) == null) {
      throw new QueryException("no police force is called '" + s.force() + "'");
    }
    return s;
  }

  /** The filter to search within, its force and report not yet resolved. */
  public Filter filter() throws QueryException {
    return Filter.parse(type, force, report, person, from, to);
  }

  /** The filters that are set, by option name ({@code type}, {@code force} ...), in the options' order. */
  public Map<String, String> filters() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "type", type);
    put(m, "force", force);
    put(m, "report", report);
    put(m, "person", person);
    put(m, "from", from);
    put(m, "to", to);
    return m;
  }

  /** The query with its filters as options, as a user would type them: {@code vetting --force Kent}. */
  public String describe() {
    String f = describeFilters();
    return f.isEmpty() ? query : query + " " + f;
  }

  /** The filters as options: {@code --force Kent --from 2024}; empty when none is set. */
  public String describeFilters() {
    StringBuilder sb = new StringBuilder();
    filters().forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append("--").append(k).append(' ')
        .append(v.contains(" ") ? "'" + v + "'" : v));
    return sb.toString();
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null) m.put(key, value);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.oversight.serve;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;

/**
 * The state of a search view, all of it in the address: the query, the filters of {@link Filter} and the page. Every
 * link on the search page is this state with one part changed, so views can be shared, bookmarked and gone back to.
 */
record SearchParams(Map<String, String> values, int page) {
  /** The parameters, in the order they appear in addresses. */
  static final List<String> NAMES = List.of("q", "type", "force", "report", "person", "from", "to");

  SearchParams {
    values = Map.copyOf(values);
  }

  static SearchParams of(Context ctx) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = ctx.queryParam(name);
      if (value != null && !value.isBlank()) v.put(name, value.strip());
    }
    return new SearchParams(v, page(ctx.queryParam("page")));
  }

  private static int page(String s) {
    if (s == null || s.isBlank()) return 1;
    try {
      return Math.max(1, Integer.parseInt(s.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  String q() {
    return values.getOrDefault("q", "");
  }

  String get(String name) {
    return values.get(name);
  }

  Filter filter() throws QueryException {
    return Filter.parse(get("type"), get("force"), get("report"), get("person"), get("from"), get("to"));
  }

  /** The same view with one parameter set (or removed, for null), back on its first page. */
  SearchParams with(String name, String value) {
    Map<String, String> v = new LinkedHashMap<>(values);
    if (value == null || value.isBlank()) {
      v.remove(name);
    } else {
      v.put(name, value);
    }
    return new SearchParams(v, 1);
  }

  SearchParams atPage(int p) {
    return new SearchParams(values, p);
  }

  /** This view's address. */
  String href() {
    List<String> parts = new ArrayList<>();
    for (String name : NAMES) {
      String value = values.get(name);
      if (value != null) parts.add(name + "=" + Links.enc(value));
    }
    if (page > 1) parts.add("page=" + page);
    return "/search" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }
}

package org.oversight.serve;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.oversight.domain.Forces;
import org.oversight.query.Overview;
import org.oversight.query.QueryException;
import org.oversight.serve.Output.Format;
import org.oversight.serve.Views.EventItem;
import org.oversight.serve.Views.ForceItem;
import org.oversight.serve.Views.ForcesPage;
import org.oversight.serve.Views.Link;
import org.oversight.serve.Views.PeoplePage;
import org.oversight.serve.Views.PersonItem;
import org.oversight.serve.Views.TimelinePage;

/** People, forces and a force's timeline, as the commands of those names list them. */
final class EntityPages {
  private final LiveIndex index;

  EntityPages(LiveIndex index) {
    this.index = index;
  }

  void people(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    String role = blankToNull(ctx.queryParam("role"));
    String force = blankToNull(ctx.queryParam("force"));
    try (LiveIndex.Lease lease = index.lease()) {
      List<Overview.PersonRow> people;
      try {
        people = role == null && force == null
            ? lease.perCommit("people", () -> lease.searcher().overview().people(null, null))
            : lease.searcher().overview().people(role, force);
      } catch (QueryException e) {
        if (format != Format.HTML) throw new BadRequestResponse(e.getMessage());
        ctx.status(400);
        Output.page(ctx, "people.jte", new PeoplePage(role, force, e.getMessage(), List.of(), null, null));
        return;
      }
      if (format != Format.HTML) {
        Map<String, Function<Overview.PersonRow, Object>> columns = new LinkedHashMap<>();
        columns.put("name", Overview.PersonRow::name);
        columns.put("roles", Overview.PersonRow::roles);
        columns.put("organisations", Overview.PersonRow::organisations);
        columns.put("signed", Overview.PersonRow::signed);
        columns.put("named_in", Overview.PersonRow::namedIn);
        Output.records(ctx, format, "people", people, columns);
        return;
      }
      List<PersonItem> items = new ArrayList<>();
      for (Overview.PersonRow p : people) {
        items.add(new PersonItem(p.name(), p.roles(), p.organisations(), links(lease, p.signed()),
            links(lease, p.namedIn())));
      }
      String here = "/people" + query("role", role, "force", force);
      Output.page(ctx, "people.jte", new PeoplePage(role, force, null, items, Links.format(here, "csv"),
          Links.format(here, "json")));
    }
  }

  void forces(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    try (LiveIndex.Lease lease = index.lease()) {
      List<Overview.ForceRow> forces;
      try {
        forces = lease.perCommit("forces", () -> lease.searcher().overview().forces());
      } catch (QueryException e) {
        throw new IllegalStateException("listing forces asks nothing of the user", e);
      }
      if (format != Format.HTML) {
        Map<String, Function<Overview.ForceRow, Object>> columns = new LinkedHashMap<>();
        columns.put("force", Overview.ForceRow::force);
        columns.put("documents_by_type", r -> byType(r.documentsByType()));
        columns.put("latest_date", Overview.ForceRow::latestDate);
        columns.put("latest_file", Overview.ForceRow::latestFile);
        columns.put("commissioners", Overview.ForceRow::commissioners);
        Output.records(ctx, format, "forces", forces, columns);
        return;
      }
      List<ForceItem> items = new ArrayList<>();
      for (Overview.ForceRow f : forces) {
        items.add(new ForceItem(f.force(), Links.timeline(f.force()), byType(f.documentsByType()),
            Words.date(f.latestDate()), link(lease, f.latestFile()),
            f.commissioners()));
      }
      Output.page(ctx, "forces.jte", new ForcesPage(items, "/forces?format=csv", "/forces?format=json"));
    }
  }

  void timeline(Context ctx) throws IOException {
    Format format = Output.wants(ctx);
    String force = blankToNull(ctx.queryParam("force"));
    List<String> all = Forces.standard().territorial();
    if (force == null) {
      if (format != Format.HTML) throw new BadRequestResponse("give a force: /timeline?force=Kent");
      Output.page(ctx, "timeline.jte", new TimelinePage(null, all, null, List.of(), null, null));
      return;
    }
    try (LiveIndex.Lease lease = index.lease()) {
      List<Overview.Event> events;
      try {
        events = lease.searcher().overview().timeline(force);
      } catch (QueryException e) {
        if (format != Format.HTML) throw new BadRequestResponse(e.getMessage());
        ctx.status(400);
        Output.page(ctx, "timeline.jte", new TimelinePage(force, all, e.getMessage(), List.of(), null, null));
        return;
      }
      if (format != Format.HTML) {
        Map<String, Function<Overview.Event, Object>> columns = new LinkedHashMap<>();
        columns.put("date", Overview.Event::date);
        columns.put("event", Overview.Event::event);
        columns.put("detail", Overview.Event::detail);
        columns.put("file", Overview.Event::file);
        Output.records(ctx, format, "timeline", events, columns);
        return;
      }
      List<EventItem> items = new ArrayList<>();
      for (Overview.Event e : events) {
        items.add(new EventItem(Words.date(e.date()), e.event(), e.detail(),
            link(lease, e.file())));
      }
      String canonical = Forces.standard().resolve(force);
      String here = Links.timeline(canonical == null ? force : canonical);
      Output.page(ctx, "timeline.jte", new TimelinePage(canonical == null ? force : canonical, all, null, items,
          Links.format(here, "csv"), Links.format(here, "json")));
    }
  }

  private static List<String> byType(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
  }

  private static List<Link> links(LiveIndex.Lease lease, List<String> files) throws IOException {
    List<Link> out = new ArrayList<>();
    for (String f : files) out.add(link(lease, f));
    return out;
  }

  /** A file named by a row: its document when the name is unique, else the search for that name. */
  private static Link link(LiveIndex.Lease lease, String file) throws IOException {
    if (file == null) return null;
    List<String> ids = lease.idsOf(file);
    return new Link(file, ids.size() == 1 ? Links.doc(ids.get(0))
        : Links.search("q", "file:\"" + file.replace("\"", "") + "\""));
  }

  private static String query(String n1, String v1, String n2, String v2) {
    List<String> parts = new ArrayList<>();
    if (v1 != null) parts.add(n1 + "=" + Links.enc(v1));
    if (v2 != null) parts.add(n2 + "=" + Links.enc(v2));
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

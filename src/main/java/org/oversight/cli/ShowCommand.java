package org.oversight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.oversight.model.Json;
import org.oversight.query.DocumentDetail;
import org.oversight.query.QueryException;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show a document: metadata, what was tagged, and its passages.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Document id (SHA-256) or a unique prefix of it.")
  String id;

  @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DocumentDetail d;
    try (Searcher searcher = Searcher.open(index)) {
      d = searcher.show(id);
    } catch (QueryException e) {
      spec.commandLine().getErr().println("oversight: " + e.getMessage());
      return Main.USAGE;
    }
    if (format != OutputFormat.table) {
      out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d));
      out.flush();
      return 0;
    }
    JsonNode r = d.record();
    JsonNode tags = r.path("tags");
    Table meta = new Table("field", "value");
    meta.row("id", d.id()).row("file", d.path()).row("format", r.path("format").asText() + " ("
        + r.path("media_type").asText() + ")");
    if (!r.path("title").isNull()) meta.row("title", r.path("title").asText());
    meta.row("pages", r.path("pages").asInt()).row("passages", r.path("passages").asInt())
        .row("tokens", r.path("tokens").asInt());
    r.path("metadata").fields().forEachRemaining(e -> meta.row(e.getKey(), e.getValue().asText()));
    meta.row("doc type", tags.path("doc_type").asText()).row("document date", text(tags.path("document_date")))
        .row("forces", join(tags.path("forces"))).row("primary force", text(tags.path("primary_force")))
        .row("report", text(tags.path("report_title")) + (tags.path("report_date").isTextual()
            ? " (published " + tags.path("report_date").asText() + ")" : ""))
        .row("author", person(tags.path("author")))
        .row("timeliness", timeliness(tags.path("timeliness")));
    meta.print(out);

    if (!tags.path("people").isEmpty()) {
      out.println();
      Table people = new Table("person", "role", "organisation");
      for (JsonNode p : tags.path("people")) {
        people.row(text(p.path("name")), text(p.path("role")), text(p.path("organisation")));
      }
      people.print(out);
    }
    if (!tags.path("recommendations").isEmpty()) {
      out.println();
      Table recs = new Table("passage", "addressee", "deadline", "due", "recommendation:100");
      for (JsonNode rec : tags.path("recommendations")) {
        recs.row(rec.path("passage").asInt(), text(rec.path("addressee")), text(rec.path("deadline")),
            text(rec.path("due")), text(rec.path("text")));
      }
      recs.print(out);
    }
    if (!tags.path("ratings").isEmpty()) {
      out.println();
      Table grades = new Table("force", "grade", "area");
      for (JsonNode g : tags.path("ratings")) {
        grades.row(text(g.path("force")), text(g.path("grade")), text(g.path("area")));
      }
      grades.print(out);
    }

    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    for (JsonNode m : r.path("mentions")) {
      if (m.path("type").asText().equals("PERSON")) continue; // shown above, cleaned and merged
      String value = m.path("text").asText() + (m.path("normalized").isTextual()
          ? " = " + m.path("normalized").asText() : "");
      byType.computeIfAbsent(m.path("type").asText(), k -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }
    out.println();
    Table ents = new Table("entity", "value (count)");
    byType.forEach((type, values) -> {
      StringBuilder sb = new StringBuilder();
      values.forEach((v, n) -> sb.append(sb.length() > 0 ? "; " : "").append(v).append(n > 1 ? " (" + n + ")" : ""));
      ents.row(type.toLowerCase(), sb);
    });
    ents.print(out);
    out.println();
    for (DocumentDetail.PassageView p : d.passages()) {
      out.printf("[%d%s] %s%n", p.passage(), p.page() > 0 ? ", p." + p.page() : "", p.text().replace("\n", " / "));
    }
    out.flush();
    return 0;
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? "" : n.asText();
  }

  private static String timeliness(JsonNode t) {
    if (t.isNull() || t.isMissingNode()) return "";
    return t.path("days").asLong() + " days after publication: "
        + (t.path("within_deadline").asBoolean() ? "within" : "outside") + " the 56 days of section 55";
  }

  private static String person(JsonNode p) {
    if (p.isNull() || p.isMissingNode()) return "";
    String name = text(p.path("name"));
    String role = text(p.path("role"));
    return name.isEmpty() ? role : role.isEmpty() ? name : name + ", " + role;
  }

  private static String join(JsonNode list) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode n : list) sb.append(sb.length() > 0 ? "; " : "").append(n.asText());
    return sb.toString();
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.oversight.index.ReportEntry;
import org.oversight.model.DocumentRecord;
import org.oversight.model.Evidence;
import org.oversight.model.EntityType;
import org.oversight.model.Json;
import org.oversight.model.Mention;
import org.oversight.model.Person;
import org.oversight.model.Rating;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;
import org.oversight.query.DocumentDetail;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show a document: metadata, what was tagged, and its passages.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Document id (SHA-256), a unique prefix of it, or the file's name.")
  String id;

  @Mixin Options.Index index;

  @Option(names = "--format", defaultValue = "table", description = "table, json or jsonl (default: ${DEFAULT-VALUE})."
      + " A document's passages as CSV: export --level passage.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    OutputFormat f = Options.require(spec, format, OutputFormat.table, OutputFormat.json, OutputFormat.jsonl);
    PrintWriter out = spec.commandLine().getOut();
    DocumentDetail d;
    try (Searcher searcher = Searcher.open(index.index)) {
      d = searcher.show(id);
    }
    switch (f) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d));
      case jsonl -> out.println(Json.MAPPER.writeValueAsString(d));
      default -> table(out, d);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, DocumentDetail d) {
    DocumentRecord r = d.record();
    Tags t = r.tags();
    int width = Terminal.width();
    Table meta = new Table("field", "value").wrapLastColumn();
    meta.row("id", r.id()).row("file", r.path() + (d.filePresent() ? "" : "  (no longer there)"))
        .row("format", r.format() + " (" + r.mediaType() + ")");
    if (r.title() != null) meta.row("title", r.title());
    meta.row("pages", r.pages()).row("passages", r.passages()).row("tokens", r.tokens());
    // what the file's own metadata says (its "author" is often the software that made it), apart from the tags
    r.metadata().forEach((k, v) -> meta.row("metadata: " + k, v));
    meta.row("doc type", t.docType().id()).row("document date", t.documentDate())
        .row("forces", String.join("; ", t.forces())).row("primary force", t.primaryForce())
        .row("report", report(t, d.report()))
        .row("author", person(t.author()))
        .row("timeliness", timeliness(d.responseTimeliness(), d.report()));
    meta.print(out, width);

    if (!t.people().isEmpty()) {
      out.println();
      Table people = new Table("person", "role", "organisation");
      for (Person p : t.people()) people.row(p.name(), p.role(), p.organisation());
      people.print(out, width);
    }
    if (!t.recommendations().isEmpty()) {
      out.println();
      Table recs = new Table("passage", "addressee", "deadline", "due", "recommendation").wrapLastColumn();
      for (Recommendation rec : t.recommendations()) {
        recs.row(rec.passage(), rec.addressee(), rec.deadline(), rec.due(), rec.text());
      }
      recs.print(out, width);
    }
    if (!t.areasForImprovement().isEmpty()) {
      out.println();
      Table areas = new Table("passage", "area for improvement (not a recommendation)").wrapLastColumn();
      for (Recommendation a : t.areasForImprovement()) areas.row(a.passage(), a.text());
      areas.print(out, width);
    }
    if (!t.ratings().isEmpty()) {
      out.println();
      Table grades = new Table("force", "grade", "area");
      for (Rating g : t.ratings()) {
        grades.row(g.force(), g.grade(), g.areaInWords() == null ? "not named" : g.areaInWords());
      }
      grades.print(out, width);
    }
    evidence(out, t.evidence(), width);
    entities(out, r.mentions(), width);
    out.println();
    for (DocumentDetail.PassageView p : d.passages()) {
      String label = "[" + p.passage() + (p.page() > 0 ? ", p." + p.page() : "") + "] ";
      List<String> lines = Table.wrap(p.text().replace("\n", " / "), width - label.length());
      out.println(label + lines.get(0));
      for (String l : lines.subList(1, lines.size())) out.println(" ".repeat(label.length()) + l);
    }
  }

  /** Why each tag was given: the rule, where it read, and the line it read (under the row). */
  private static void evidence(PrintWriter out, List<Evidence> evidence, int width) {
    if (evidence.isEmpty()) return;
    out.println();
    Table why = new Table("tag", "value:50", "where", "rule");
    for (Evidence e : evidence) {
      String where = e.passage() < 0 ? "link" : "[" + e.passage() + (e.page() > 0 ? ", p." + e.page() : "") + "]";
      why.row(e.field(), e.value(), where, e.rule());
      if (e.quote() != null && !e.quote().isBlank() && !e.quote().equals(e.value())) why.detail("\"" + e.quote() + "\"");
    }
    why.print(out, width);
  }

  private static void entities(PrintWriter out, List<Mention> mentions, int width) {
    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) continue; // shown above, cleaned and merged
      String value = m.text() + (m.normalized() != null ? " = " + m.normalized() : "");
      byType.computeIfAbsent(m.type().field(), k -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }
    out.println();
    Table ents = new Table("entity", "value (count)").wrapLastColumn();
    byType.forEach((type, values) -> {
      StringBuilder sb = new StringBuilder();
      values.forEach((v, n) -> sb.append(sb.length() > 0 ? "; " : "").append(v).append(n > 1 ? " (" + n + ")" : ""));
      ents.row(type, sb);
    });
    ents.print(out, width);
  }

  /** The canonical title the corpus groups the report under, its date as the corpus states it, and the wording. */
  private static String report(Tags t, ReportEntry report) {
    if (t.reportTitle() == null) return "";
    String title = report == null ? t.reportTitle() : report.title();
    String published = report != null && report.published() != null
        ? " (published " + report.published() + ", " + report.publishedBasis() + ")"
        : t.reportDate() != null ? " (published " + t.reportDate() + ")" : "";
    String written = title.equals(t.reportTitle()) ? "" : "; written here as \"" + t.reportTitle() + "\"";
    return title + published + written;
  }

  private static String timeliness(Timeliness t, ReportEntry report) {
    if (t == null) return "";
    return "dated day " + t.days() + " of section 55's " + Timeliness.DAYS_ALLOWED + " days (deadline " + t.deadline()
        + "): " + (t.withinDeadline() ? "in time" : t.daysLate() + " days late")
        + "; the report's publication date from " + report.publishedBasis();
  }

  private static String person(Person p) {
    if (p == null) return "";
    String name = p.name() == null ? "" : p.name();
    String role = p.role() == null ? "" : p.role();
    return name.isEmpty() ? role : role.isEmpty() ? name : name + ", " + role;
  }
}

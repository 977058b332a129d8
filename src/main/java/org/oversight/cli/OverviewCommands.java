package org.oversight.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.oversight.query.Overview;
import org.oversight.query.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that look at the index by entity: recommendations, people, forces, a timeline, similar responses. */
final class OverviewCommands {
  private OverviewCommands() {}

  /** Runs a body against the index; a query the user must fix is a one-line error and exit code 2 (see Main). */
  interface Body {
    void run(Overview overview, PrintWriter out, OutputFormat format) throws Exception;
  }

  static int run(CommandSpec spec, Options.Index index, Options.Format format, Body body) throws Exception {
    try (Searcher s = Searcher.open(index.index)) {
      body.run(s.overview(), spec.commandLine().getOut(), format.format);
      return 0;
    }
  }

  @Command(name = "recommendations", description = "Recommendations with their report, addressee, deadline, and "
      + "the forces whose responses to that report the corpus holds.")
  static final class Recommendations implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Option(names = "--report", description = "Report title or a fragment that fits one report.")
    String report;

    @Option(names = "--force", description = "Force (name, alias or area).")
    String force;

    @Option(names = "--addressee", description = "Addressee, or part of it (chief constables, College of Policing).")
    String addressee;

    @Override
    public Integer call() throws Exception {
      return run(spec, index, format, (o, out, f) -> Rows.print(out, f, o.recommendations(report, force, addressee),
          Rows.Column.<Overview.RecommendationRow>detail("recommendation", Overview.RecommendationRow::text),
          new Rows.Column<>("report", Overview.RecommendationRow::report),
          new Rows.Column<>("addressee", Overview.RecommendationRow::addressee),
          new Rows.Column<>("deadline", Overview.RecommendationRow::deadline),
          new Rows.Column<>("due", Overview.RecommendationRow::due),
          new Rows.Column<>("source", Overview.RecommendationRow::file),
          new Rows.Column<>("referred_by", Overview.RecommendationRow::referredBy, "force")));
    }
  }

  @Command(name = "people", description = "People with their roles and the documents they signed or appear in, "
      + "name variants merged.")
  static final class People implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Option(names = "--role", description = "Role, or part of it (Commissioner, Chief Constable, Inspector).")
    String role;

    @Option(names = "--force", description = "Force (name, alias or area) the person works for or signed for.")
    String force;

    @Override
    public Integer call() throws Exception {
      return run(spec, index, format, (o, out, f) -> Rows.print(out, f, o.people(role, force),
          new Rows.Column<Overview.PersonRow>("name", Overview.PersonRow::name),
          new Rows.Column<>("roles", Overview.PersonRow::roles, "role"),
          new Rows.Column<>("organisations", Overview.PersonRow::organisations, "organisation"),
          new Rows.Column<>("signed", Overview.PersonRow::signed, "file"),
          new Rows.Column<>("named_in", Overview.PersonRow::namedIn, "file")));
    }
  }

  @Command(name = "forces", description = "Per force: documents by type, the latest document, commissioners seen.")
  static final class Forces implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Override
    public Integer call() throws Exception {
      return run(spec, index, format, (o, out, f) -> Rows.print(out, f, o.forces(),
          new Rows.Column<Overview.ForceRow>("force", Overview.ForceRow::force),
          new Rows.Column<>("documents_by_type", r -> r.documentsByType().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue()).toList(), "type"),
          new Rows.Column<>("latest_date", Overview.ForceRow::latestDate),
          new Rows.Column<>("latest_file:40", Overview.ForceRow::latestFile),
          new Rows.Column<>("commissioners", Overview.ForceRow::commissioners, "commissioner")));
    }
  }

  @Command(name = "timeline", description = "A force's documents and dated events (report published, "
      + "recommendation due, response) in order.")
  static final class Timeline implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Option(names = "--force", required = true, description = "Force (name, alias or area).")
    String force;

    @Override
    public Integer call() throws Exception {
      return run(spec, index, format, (o, out, f) -> Rows.print(out, f, o.timeline(force),
          new Rows.Column<Overview.Event>("date", Overview.Event::date),
          new Rows.Column<>("event", Overview.Event::event),
          new Rows.Column<>("detail:90", Overview.Event::detail),
          new Rows.Column<>("file:40", Overview.Event::file)));
    }
  }

  @Command(name = "similar", description = "The documents that read most like this one (Lucene MoreLikeThis), to "
      + "spot boilerplate shared between PCC offices.")
  static final class Similar implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Options.Index index;
    @Mixin Options.Format format;

    @Parameters(paramLabel = "ID", description = "Document id or a unique prefix of it.")
    String id;

    @Option(names = "--limit", defaultValue = "10", converter = Options.AtLeastOne.class,
        description = "Most documents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
      return run(spec, index, format, (o, out, f) -> Rows.print(out, f, o.similar(id, limit),
          new Rows.Column<Overview.SimilarRow>("score", r -> String.format("%.2f", r.score())),
          new Rows.Column<>("file:40", Overview.SimilarRow::file),
          new Rows.Column<>("type", Overview.SimilarRow::docType),
          new Rows.Column<>("force", Overview.SimilarRow::primaryForce),
          new Rows.Column<>("report:50", Overview.SimilarRow::report),
          new Rows.Column<>("id", Overview.SimilarRow::id)));
    }
  }
}

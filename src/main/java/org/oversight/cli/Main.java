package org.oversight.cli;


import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code oversight} command: parses options and hands each subcommand to its stage. */
@Command(name = "oversight", mixinStandardHelpOptions = true, version = "oversight 0.1.0",
    description = "Index and search HMICFRS inspection reports, letters and PCC responses.",
    subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, ExtractCommand.class, EvalCommand.class, ReportsCommand.class, CompareCommand.class,
        ExportCommand.class, FetchCommand.class, UpdateCommand.class, OverviewCommands.Recommendations.class,
        OverviewCommands.People.class, OverviewCommands.Forces.class, OverviewCommands.Timeline.class,
        OverviewCommands.Similar.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for a usage or query error. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 some input failed, 2 usage or query error. */
  public static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors sent to the given writers. */
  public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("oversight: " + oneLine(e));
      return 1;
    });
    return cl.execute(args);
  }

  static String oneLine(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import org.oversight.index.IndexBusyException;
import org.oversight.index.IndexLayoutException;
import org.oversight.index.NoIndexException;
import org.oversight.query.QueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code oversight} command: parses options and hands each subcommand to its stage. */
@Command(name = "oversight", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "Index and search HMICFRS inspection reports, letters and PCC responses.",
    subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, ExtractCommand.class,
        EvalCommand.class, ReportsCommand.class, CompareCommand.class, ExportCommand.class, FetchCommand.class,
        LedgerCommand.class, OverdueCommand.class,
        UpdateCommand.class, WatchCommand.class, OverviewCommands.Recommendations.class, OverviewCommands.People.class,
        OverviewCommands.Forces.class, OverviewCommands.Timeline.class, OverviewCommands.Similar.class,
        FailuresCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for a usage or query error. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code: 0 ok, 1 some input failed, 2 usage or query error. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with its output and errors sent to the given writers. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main()).setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof CommandLine.ParameterException pe) return usageError(pe, args);
      cmd.getErr().println("oversight: " + oneLine(e));
      cmd.getErr().flush();
      return isUsage(e) ? USAGE : 1;
    });
    return cl.execute(args);
  }

  /** A mistyped command line: one line saying what is wrong and where the help is, exit code 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String msg = oneLine(e).replace(" (case-sensitive)", "").replace(" (case-insensitive)", "");
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      msg += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
    }
    cmd.getErr().println("oversight: " + msg + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
    cmd.getErr().flush();
    return USAGE;
  }

  /** A query the user must fix, or an index that cannot be used as given: the user's to mend, exit code 2. */
  private static boolean isUsage(Exception e) {
    return e instanceof QueryException || e instanceof NoIndexException || e instanceof IndexLayoutException
        || e instanceof IndexBusyException || e instanceof CommandLine.ParameterException;
  }

  static String oneLine(Throwable e) {
    if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) return oneLine(u.getCause());
    String msg = e instanceof java.nio.file.FileSystemException f ? describe(f)
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }

  /** A file-system error as "PATH: what is wrong" (the JDK's exceptions often give only the path). */
  static String describe(java.nio.file.FileSystemException f) {
    String what = f instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
        : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : f instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
        : f instanceof java.nio.file.NotDirectoryException ? "not a folder"
        : f instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
        : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    String where = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
    return where.isEmpty() ? what : where + ": " + what;
  }

  /** The build's version, from the same place the index layout check reads it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"oversight " + org.oversight.index.IndexLayout.version()};
    }
  }
}

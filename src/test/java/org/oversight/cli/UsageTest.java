package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a user who mistypes meets: help on every command, and one line naming what is wrong with exit code 2 for a
 * bad value of any option, before anything is read or written.
 */
class UsageTest {
  @TempDir Path dir;

  private static List<CommandSpec> commands() {
    List<CommandSpec> out = new ArrayList<>();
    new CommandLine(new Main()).getSubcommands().forEach((name, cl) -> {
      if (!name.equals("help")) out.add(cl.getCommandSpec());
    });
    return out;
  }

  /** Issue 11, defect 1: {@code search --help} was "Unknown option". */
  @Test
  void everyCommandTakesHelpAndH() {
    assertThat(commands()).hasSizeGreaterThan(10);
    for (CommandSpec c : commands()) {
      for (String flag : List.of("--help", "-h")) {
        Cli.Run r = Cli.run(c.name(), flag);
        assertThat(r.code()).as(c.name() + " " + flag + ": " + r.err()).isZero();
        assertThat(r.out()).as(c.name()).startsWith("Usage: oversight " + c.name());
      }
    }
  }

  /** Issue 11, defect 1: the help of search names every query field the README lists. */
  @Test
  void searchHelpListsEveryQueryFieldOfTheReadme() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("### `oversight search QUERY`"),
        readme.indexOf("### `oversight show"));
    Set<String> fields = new TreeSet<>();
    Matcher m = Pattern.compile("`([a-z_]+):").matcher(section);
    while (m.find()) fields.add(m.group(1));
    assertThat(fields).hasSizeGreaterThan(15).contains("date_mention", "on_time", "author_role");

    String help = Cli.run("search", "--help").out().replaceAll("\\s+", " ");
    for (String f : fields) assertThat(help).as(f).contains(f + ":");
  }

  /** Issue 11, defect 3: {@code --type report} printed "No enum constant ...DocType.REPORT". */
  @Test
  void aBadDocumentTypeIsOneLineListingTheTypes() {
    for (List<String> args : List.of(List.of("search", "vetting"), List.of("export", "--out",
        dir.resolve("x.csv").toString()))) {
      List<String> a = new ArrayList<>(args);
      a.addAll(List.of("--type", "report", "--index", dir.toString()));
      Cli.Run r = Cli.run(a.toArray(String[]::new));
      String command = args.get(0);
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err().lines()).as(command).singleElement().asString()
          .contains("'report'", "hmicfrs_report", "hmicfrs_letter", "pcc_response", "news_article", "other")
          .doesNotContain("No enum constant");
    }
  }

  /** Issue 11, defect 3: every option that takes one of a set of values says which, in one line, exit code 2. */
  @Test
  void aBadValueOfAnyEnumOptionIsOneLineListingTheValues() {
    int checked = 0;
    for (CommandSpec c : commands()) {
      for (OptionSpec o : c.options()) {
        if (!o.type().isEnum()) continue;
        Cli.Run r = Cli.run(c.name(), o.longestName(), "nonsense");
        assertThat(r.code()).as(c.name() + " " + o.longestName()).isEqualTo(2);
        assertThat(r.err().lines()).as(c.name() + " " + o.longestName()).singleElement().asString()
            .contains(o.longestName(), "nonsense");
        for (Object value : o.type().getEnumConstants()) {
          assertThat(r.err()).as(c.name() + " " + o.longestName()).contains(value.toString());
        }
        checked++;
      }
    }
    assertThat(checked).as("--format and --level at least").isGreaterThan(10);
  }

  /** Issue 11, defect 4: {@code --limit 0} gave a raw Lucene message and exit code 1. */
  @Test
  void everyNumericOptionIsValidatedBeforeAnythingRuns() {
    int checked = 0;
    for (CommandSpec c : commands()) {
      for (OptionSpec o : c.options()) {
        Class<?> t = o.type();
        boolean numeric = t == int.class || t == long.class || t == double.class || t == Integer.class
            || t == Long.class || t == Double.class;
        if (!numeric) continue;
        for (String bad : List.of("-1", "many")) {
          Cli.Run r = Cli.run(c.name(), o.longestName(), bad);
          assertThat(r.code()).as(c.name() + " " + o.longestName() + " " + bad).isEqualTo(2);
          assertThat(r.err().lines()).as(c.name() + " " + o.longestName() + " " + bad).singleElement().asString()
              .contains(o.longestName(), bad);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
    for (String[] zero : List.of(new String[] {"search", "--limit"}, new String[] {"search", "--per-doc"},
        new String[] {"similar", "--limit"}, new String[] {"ingest", "--threads"}, new String[] {"ingest",
            "--timeout"}, new String[] {"ingest", "--max-bytes"}, new String[] {"fetch", "--max-pages"})) {
      Cli.Run r = Cli.run(zero[0], zero[1], "0");
      assertThat(r.code()).as(String.join(" ", zero) + " 0").isEqualTo(2);
      assertThat(r.err()).contains(zero[1], "at least 1");
    }
    Cli.Run r = Cli.run("eval", "--min", "1.5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--min", "between 0 and 1");
  }

  /** An unknown option is one line too, with a pointer to the help. */
  @Test
  void anUnknownOptionIsOneLine() {
    Cli.Run r = Cli.run("search", "vetting", "--frce", "Kent");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString().contains("--frce", "oversight search --help");
  }

  /** Issue 11, defect 6: a query command given a folder without an index created it (and ./index). */
  @Test
  void aQueryCommandOnAMissingIndexCreatesNothing() {
    Path missing = dir.resolve("no/such/dir");
    boolean localIndexBefore = Files.exists(Path.of("index"));
    String idx = missing.toString();
    Path out = dir.resolve("out.csv");
    for (List<String> args : List.of(List.of("search", "vetting"), List.of("show", "abcd1234"), List.of("reports"),
        List.of("compare", "--report", "keeping count"), List.of("export", "--out", out.toString()),
        List.of("recommendations"), List.of("people"), List.of("forces"), List.of("timeline", "--force", "Kent"),
        List.of("similar", "abcd1234"))) {
      List<String> a = new ArrayList<>(args);
      a.addAll(List.of("--index", idx));
      Cli.Run r = Cli.run(a.toArray(String[]::new));
      assertThat(r.code()).as(args.get(0)).isEqualTo(2);
      assertThat(r.err().lines()).as(args.get(0)).singleElement().asString()
          .isEqualTo("oversight: no index at " + idx + ": run 'oversight ingest' first");
      assertThat(dir.resolve("no")).as(args.get(0)).doesNotExist();
      assertThat(out).doesNotExist();
    }
    assertThat(Files.exists(Path.of("index"))).isEqualTo(localIndexBefore);
  }
}

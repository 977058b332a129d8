package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.query.Exporter;
import picocli.CommandLine;

/**
 * The README is true (issue 11): every command in its code blocks runs, in order, on the sample corpus in a folder
 * laid out as a fresh clone, with tables as wide as a terminal of 120 columns; its exit code is 0 (2 where the example
 * shows an error) and its output is the README's, line by line. In the README's output a line {@code ...} stands for
 * any number of lines, paths under the clone read {@code /home/me/oversight}, and timings may differ.
 *
 * <p>Commands that cannot run here are listed in {@link #NOT_RUN} with the reason; each must still be in the README,
 * so the list cannot go stale.
 */
class ReadmeExamplesTest {
  @TempDir Path clone;

  /** What the README shows as the clone's folder. */
  static final String README_HOME = "/home/me/oversight";

  /** Commands this test does not run, and why. */
  static final Map<String, Predicate<String>> NOT_RUN = new LinkedHashMap<>();
  static final Map<String, String> WHY = new LinkedHashMap<>();

  static {
    notRun("mvn", c -> c.startsWith("mvn "), "the build and the tests: what runs this test");
    notRun("bin/bench", c -> c.startsWith("bin/bench"), "benchmarks: minutes of work, run by hand");
    notRun("sudo", c -> c.startsWith("sudo "), "installs system packages");
    notRun("fetch", c -> c.startsWith("bin/oversight fetch"), "needs the network");
    notRun("update", c -> c.startsWith("bin/oversight update"), "needs the network");
    notRun("batch", c -> c.contains("--batch"), "reads a file of queries the reader writes (BatchSearchTest runs one)");
    notRun("alerts", c -> c.equals("bin/oversight ingest corpus"),
        "needs documents published after the search was saved (WatchCommandTest runs it)");
    notRun("java", c -> c.startsWith("java "), "a benchmark on the test class path, run by hand");
    notRun("echo", c -> c.startsWith("echo "), "a shell built-in showing the exit code of the example before it");
    notRun("serve", c -> c.startsWith("bin/oversight serve"),
        "a server that runs until stopped (ServerTest and BrowserTest drive it)");
    notRun("curl", c -> c.startsWith("curl "),
        "asks a running oversight serve (ServerTest asks the same addresses of a server it starts)");
    notRun("failures", c -> c.startsWith("bin/oversight failures"),
        "needs files that fail, which the sample corpus does not hold (KnownFailuresTest makes and lists some)");
    notRun("jq", c -> c.contains("| jq"), "a letter of the reader's own piped into jq (EvidenceTest checks the record)");
    notRun("../shared", c -> c.contains("../shared"), "needs ../shared, the evaluation data kept beside the clone");
  }

  private static void notRun(String name, Predicate<String> which, String why) {
    NOT_RUN.put(name, which);
    WHY.put(name, why);
  }

  /** Options whose value is a path, resolved in the clone even when nothing is there yet. */
  static final List<String> PATH_OPTIONS = List.of("--out", "--index", "--gold", "--pred", "--docs");

  /** A command from the README and, for a {@code $} example, the output it shows (null for none). */
  record Example(int line, String command, List<String> output) {}

  @Test
  void everyCommandInTheReadmeRunsAndPrintsWhatTheReadmeShows() throws Exception {
    List<Example> examples = examples(Files.readAllLines(Path.of("README.md")));
    assertThat(examples).hasSizeGreaterThan(15);
    // a fresh clone's corpus: the samples and their annotations (not whatever a developer has fetched)
    copyTree(Path.of("corpus/samples"), clone.resolve("corpus/samples"));
    Files.copy(Path.of("corpus/samples-gold.jsonl"), clone.resolve("corpus/samples-gold.jsonl"));

    List<String> failures = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    int ran = 0;
    for (Example ex : examples) {
      String reason = NOT_RUN.entrySet().stream().filter(e -> e.getValue().test(ex.command())).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      if (reason != null) {
        skipped.merge(reason, 1, Integer::sum);
        continue;
      }
      if (!ex.command().startsWith("bin/oversight ")) {
        failures.add("README line " + ex.line() + ": neither run nor listed as not run: " + ex.command());
        continue;
      }
      ran++;
      String problem = check(ex);
      if (problem != null) failures.add("README line " + ex.line() + ": " + ex.command() + "\n" + problem);
    }
    assertThat(failures).as("README examples").isEmpty();
    for (String name : NOT_RUN.keySet()) {
      assertThat(skipped).as("a command not run (" + WHY.get(name) + ") is still in the README: " + name)
          .containsKey(name);
    }
    assertThat(ran).isGreaterThan(12);
  }

  /** The pandas example reads columns that the export writes. */
  @Test
  void thePythonExampleUsesColumnsTheExportWrites() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher block = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).isTrue();
    String code = block.group(1);
    List<String> used = new ArrayList<>();
    Matcher m = Pattern.compile("groupby\\(\"([a-z_0-9]+)\"\\)|docs\\.([a-z_0-9]+) ==").matcher(code);
    while (m.find()) used.add(m.group(1) != null ? m.group(1) : m.group(2));
    Matcher dates = Pattern.compile("parse_dates=\\[([^\\]]*)]").matcher(code);
    while (dates.find()) {
      for (String d : dates.group(1).split(",")) used.add(d.strip().replace("\"", ""));
    }
    assertThat(used).contains("within_56_days", "doc_type", "document_date", "report_date");
    assertThat(Exporter.COLUMNS.get(Exporter.Level.document)).containsAll(used);
  }

  /** Runs one example; null when it does what the README says, else what went wrong. */
  private String check(Example ex) throws Exception {
    String cmd = ex.command();
    Path redirect = null;
    int gt = cmd.indexOf(" > ");
    if (gt >= 0) {
      redirect = clone.resolve(cmd.substring(gt + 3).strip());
      cmd = cmd.substring(0, gt);
    }
    List<String> words = words(cmd);
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    Map<String, String> given = new LinkedHashMap<>(); // absolute path -> as the README wrote it
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      boolean pathOption = i > 0 && PATH_OPTIONS.contains(args.get(i - 1));
      boolean path = pathOption || !a.startsWith("-") && Files.exists(clone.resolve(a));
      if (path && !a.equals("-") && !a.startsWith("/")) {
        String abs = clone.resolve(a).toString();
        given.put(abs, a);
        args.set(i, abs);
      }
    }
    CommandLine sub = new CommandLine(new Main()).getSubcommands().get(args.get(0));
    if (sub != null && sub.getCommandSpec().findOption("--index") != null && !args.contains("--index")) {
      args.addAll(List.of("--index", clone.resolve("index").toString()));
    }
    Cli.Run r = Cli.runAt(120, args.toArray(String[]::new));
    if (redirect != null) Files.writeString(redirect, r.out());

    List<String> actual = new ArrayList<>();
    for (String stream : List.of(r.out(), r.err())) {
      if (redirect != null && stream == r.out()) continue;
      stream.lines().forEach(l -> actual.add(normalise(l, given)));
    }
    while (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) actual.remove(actual.size() - 1);

    int expectedCode = ex.output() != null && !ex.output().isEmpty() && ex.output().get(0).startsWith("oversight: ")
        ? 2 : 0;
    if (r.code() != expectedCode) {
      return "exit code " + r.code() + ", expected " + expectedCode + "\n" + String.join("\n", actual);
    }
    if (ex.output() == null) return null;
    List<String> expected = ex.output().stream().map(l -> normalise(l, Map.of())).toList();
    String mismatch = match(expected, actual);
    return mismatch == null ? null
        : mismatch + "\n--- the README shows:\n" + String.join("\n", ex.output()) + "\n--- the command printed:\n"
            + String.join("\n", actual);
  }

  /** Paths as the README writes them, timings blanked, trailing blanks dropped. */
  private String normalise(String line, Map<String, String> given) {
    String l = line;
    for (Map.Entry<String, String> g : given.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed()).toList()) {
      l = l.replace(g.getKey(), g.getValue());
    }
    l = l.replace(clone.toString(), README_HOME);
    l = l.replaceAll("\\(\\d+(\\.\\d+)? s, ", "(N s, ");
    return l.stripTrailing();
  }

  /**
   * Null when the actual lines are the expected ones, a line {@code ...} standing for any number of lines; else
   * the first difference.
   */
  static String match(List<String> expected, List<String> actual) {
    return match(expected, 0, actual, 0);
  }

  private static String match(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size() ? null : "more output than the README shows, from: " + actual.get(a);
    }
    String want = expected.get(e);
    if (want.equals("...")) {
      if (e + 1 == expected.size()) return null;
      String firstProblem = null;
      for (int k = a; k <= actual.size(); k++) {
        String m = match(expected, e + 1, actual, k);
        if (m == null) return null;
        if (firstProblem == null) firstProblem = m;
      }
      return firstProblem;
    }
    if (a == actual.size()) return "the output ends before the README's line: " + want;
    if (!want.equals(actual.get(a))) {
      return "the README's line\n  " + want + "\nis printed as\n  " + actual.get(a);
    }
    return match(expected, e + 1, actual, a + 1);
  }

  /** The commands of the README's code blocks: {@code sh} blocks line by line, other blocks' {@code $} lines. */
  static List<Example> examples(List<String> readme) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (!readme.get(i).startsWith("```")) continue;
      String lang = readme.get(i).substring(3).strip();
      int start = i + 1;
      int end = start;
      while (end < readme.size() && !readme.get(end).startsWith("```")) end++;
      List<String> block = readme.subList(start, end);
      if (lang.equals("sh")) {
        shell(block, start, out);
      } else if (lang.isEmpty()) {
        console(block, start, out);
      }
      i = end;
    }
    return out;
  }

  private static void shell(List<String> block, int start, List<Example> out) {
    for (int j = 0; j < block.size(); j++) {
      int line = start + j + 1;
      StringBuilder cmd = new StringBuilder(block.get(j));
      while (cmd.toString().endsWith("\\") && j + 1 < block.size()) {
        cmd.setLength(cmd.length() - 1);
        cmd.append(' ').append(block.get(++j).strip());
      }
      String c = cmd.toString().replaceFirst("(^|\\s)#.*$", "").strip();
      if (c.isEmpty()) continue;
      for (String part : c.split("\\s+&&\\s+")) out.add(new Example(line, part.strip(), null));
    }
  }

  private static void console(List<String> block, int start, List<Example> out) {
    for (int j = 0; j < block.size(); j++) {
      if (!block.get(j).startsWith("$ ")) continue;
      List<String> output = new ArrayList<>();
      int k = j + 1;
      while (k < block.size() && !block.get(k).startsWith("$ ")) output.add(block.get(k++));
      out.add(new Example(start + j + 1, block.get(j).substring(2).strip(), output));
      j = k - 1;
    }
  }

  /** Splits a command line into words as a shell would, for single and double quotes. */
  static List<String> words(String cmd) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : cmd.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) out.add(w.toString());
        w.setLength(0);
        inWord = false;
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) out.add(w.toString());
    return out;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @Test
  void theMatcherTakesEllipsesForAnyLines() {
    assertThat(match(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isNull();
    assertThat(match(List.of("a", "..."), List.of("a", "b"))).isNull();
    assertThat(match(List.of("a", "c"), List.of("a", "b"))).contains("is printed as");
    assertThat(match(List.of("a"), List.of("a", "b"))).contains("more output");
    assertThat(words("bin/oversight search '\"requires improvement\" OR adequate' --limit 3"))
        .containsExactly("bin/oversight", "search", "\"requires improvement\" OR adequate", "--limit", "3");
  }
}

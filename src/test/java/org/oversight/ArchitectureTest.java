package org.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stages depend on the model, the domain knowledge and earlier stages only, never on a later stage: a change to
 * the web page or the command line cannot break extraction, and extraction can be read without the index.
 */
class ArchitectureTest {
  /** Each package and the project packages it may use (besides itself). */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("domain", Set.of("model")),
      Map.entry("fetch", Set.of("model", "domain")),
      Map.entry("extract", Set.of("model", "domain")),
      Map.entry("annotate", Set.of("model", "domain")),
      Map.entry("index", Set.of("model", "domain")),
      Map.entry("ingest", Set.of("model", "domain", "fetch", "extract", "annotate", "index")),
      Map.entry("eval", Set.of("model", "domain", "ingest")),
      Map.entry("query", Set.of("model", "domain", "index")),
      Map.entry("watch", Set.of("model", "domain", "index", "query")),
      Map.entry("serve", Set.of("model", "domain", "index", "query")),
      Map.entry("cli", Set.of("model", "domain", "fetch", "extract", "annotate", "index", "ingest", "eval", "query",
          "watch", "serve")));

  private static final Pattern USE = Pattern.compile("\\borg\\.oversight\\.([a-z]+)\\.");
  private static final Path SOURCES = Path.of("src/main/java/org/oversight");

  @Test
  void noStageUsesALaterStage() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(f).getName(0).toString();
        assertThat(ALLOWED).as("package %s has a place in the stage order", pkg).containsKey(pkg);
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) violations.add(f + " uses " + used);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void everyPackageSaysItsOneJob() throws IOException {
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      assertThat(dirs.filter(Files::isDirectory))
          .allSatisfy(d -> assertThat(d.resolve("package-info.java")).exists());
    }
  }

  @Test
  void theRuleCatchesALaterStage() {
    Matcher m = USE.matcher("import org.oversight.query.Searcher;");
    assertThat(m.find()).isTrue();
    assertThat(ALLOWED.get("annotate")).doesNotContain(m.group(1));
  }
}

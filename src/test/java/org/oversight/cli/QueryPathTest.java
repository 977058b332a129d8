package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query path starts fast because it never touches the language models: checked in a JVM of its own. */
class QueryPathTest {
  @TempDir Path dir;

  @Test
  void searchAndShowLoadNoCoreNlpClass() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Inspectors looked at custody.");
    String index = dir.resolve("index").toString();
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "ingest", dir.resolve("a.txt").toString(), "--index", index)).isZero();

    for (List<String> args : List.of(List.of("search", "custody", "--index", index),
        List.of("search", "custody AND", "--index", index))) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> cmd = new java.util.ArrayList<>(List.of(java, "-verbose:class", "-cp",
          System.getProperty("java.class.path"), Main.class.getName()));
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      p.waitFor();
      assertThat(output).contains("org.oversight.query.Searcher").doesNotContain("edu.stanford.nlp",
          "org.apache.tika");
    }
  }
}

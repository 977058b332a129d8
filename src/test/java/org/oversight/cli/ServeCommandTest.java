package org.oversight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.index.CorpusIndex;
import org.oversight.model.DocumentBuilder;

/** {@code oversight serve} refuses, in one line and with exit code 2, whatever would not be safe or cannot work. */
class ServeCommandTest {
  @TempDir Path dir;
  String err;

  private int run(String... args) {
    StringWriter e = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(e), args);
    err = e.toString();
    return code;
  }

  private String index() throws Exception {
    Path index = dir.resolve("index");
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      idx.put(DocumentBuilder.document("a.txt").passage("SAMPLE text.").build(), "/test/a.txt");
      idx.commit();
    }
    return index.toString();
  }

  @Test
  void anotherAddressThanLoopbackNeedsATokenFile() throws Exception {
    assertThat(run("serve", "--index", index(), "--bind", "0.0.0.0", "--port", "0")).isEqualTo(2);
    assertThat(err.strip()).isEqualTo("oversight: serving on 0.0.0.0 lets other machines in: give a token file "
        + "(--token-file), or bind to 127.0.0.1");
  }

  @Test
  void aTokenMustBeLongAndOneWord() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "short\n");
    assertThat(run("serve", "--index", index(), "--token-file", token.toString())).isEqualTo(2);
    assertThat(err).contains("must be one word of at least 16 characters");
    assertThat(run("serve", "--index", index(), "--token-file", dir.resolve("none").toString())).isEqualTo(2);
    assertThat(err).contains("no token file");
  }

  @Test
  void noIndexOrABusyPortIsOneLine() throws Exception {
    assertThat(run("serve", "--index", dir.resolve("nothing").toString(), "--port", "0")).isEqualTo(2);
    assertThat(err).contains("oversight: ").contains("nothing").hasLineCount(1);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("serve", "--index", index(), "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
      assertThat(err).startsWith("oversight: cannot listen on 127.0.0.1 port " + taken.getLocalPort())
          .hasLineCount(1);
    }
  }
}

package org.oversight.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;

/**
 * The version of the index's layout (its fields and stored records), recorded in every commit, so that a build meets
 * an index made by another build with one clear line instead of empty columns.
 */
public final class IndexLayout {
  /** The layout this build writes and reads. Raise it whenever fields or stored records change. */
  public static final int CURRENT = 3;

  static final String LAYOUT_KEY = "oversight.layout";
  static final String VERSION_KEY = "oversight.version";

  private IndexLayout() {}

  /** This build's version, e.g. {@code 0.2.0}. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = IndexLayout.class.getResourceAsStream("/org/oversight/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // an unknown version is said as such
    }
    return p.getProperty("version", "unknown");
  }

  /** What a commit records. */
  static Map<String, String> userData() {
    Map<String, String> m = new HashMap<>();
    m.put(LAYOUT_KEY, String.valueOf(CURRENT));
    m.put(VERSION_KEY, version());
    return m;
  }

  /**
   * Refuses an index whose last commit was made with another layout.
   *
   * @throws IndexLayoutException naming the build that made it and the layouts
   */
  public static void check(Directory dir, Path where) throws IOException {
    if (!DirectoryReader.indexExists(dir)) return;
    List<IndexCommit> commits = DirectoryReader.listCommits(dir);
    Map<String, String> data = commits.get(commits.size() - 1).getUserData();
    String layout = data.getOrDefault(LAYOUT_KEY, "1");
    if (!layout.equals(String.valueOf(CURRENT))) {
      String by = data.containsKey(VERSION_KEY) ? "oversight " + data.get(VERSION_KEY) : "an older oversight";
      throw new IndexLayoutException("index " + where + " was built by " + by + " with layout " + layout
          + "; this build (oversight " + version() + ") reads layout " + CURRENT + ": re-ingest into a new index");
    }
  }
}

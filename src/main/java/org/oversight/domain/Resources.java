package org.oversight.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the word lists kept as resource files (aliases, titles, cue phrases), so that domain knowledge lives in data
 * a reviewer can read rather than in literals across the code.
 */
public final class Resources {
  private Resources() {}

  /** Non-blank lines of a resource beside this package, without comment lines starting with '#'. */
  static List<String> lines(String name) {
    return lines(Resources.class, name);
  }

  /**
   * Non-blank lines of a resource, without comment lines starting with '#'.
   *
   * @param anchor a class whose package holds the resource
   * @param name the resource's name relative to that package
   */
  public static List<String> lines(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }
}

package org.oversight.cli;

/**
 * How wide the output may be: the {@code COLUMNS} environment variable when set ({@code bin/oversight} sets it from
 * the terminal), else 120 columns, which also suits files and pipes.
 */
final class Terminal {
  /** A JVM property that takes precedence over {@code COLUMNS}, for tests and embedding. */
  static final String WIDTH_PROPERTY = "oversight.columns";
  static final int DEFAULT_WIDTH = 120;
  /** Narrower than this and no table can be read: the width asked for is raised to it. */
  static final int MIN_WIDTH = 40;

  private Terminal() {}

  static int width() {
    Integer w = parse(System.getProperty(WIDTH_PROPERTY));
    if (w == null) w = parse(System.getenv("COLUMNS"));
    return w == null ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, w);
  }

  private static Integer parse(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      int w = Integer.parseInt(s.strip());
      return w > 0 ? w : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

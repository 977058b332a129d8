package org.oversight.cli;

/** Counts in words: "1 file", "9 files". */
final class Plural {
  private Plural() {}

  /** {@code n} and the noun, with an "s" unless {@code n} is 1. */
  static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}

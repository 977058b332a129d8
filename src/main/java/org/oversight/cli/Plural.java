package org.oversight.cli;

/** Counts in words: "1 file", "9 files", "1 body", "2 bodies". */
final class Plural {
  private Plural() {}

  /** {@code n} and the noun, with an "s" unless {@code n} is 1. */
  static String of(long n, String noun) {
    return of(n, noun, noun + "s");
  }

  /** {@code n} and the noun, in its plural form unless {@code n} is 1. */
  static String of(long n, String noun, String plural) {
    return n + " " + (n == 1 ? noun : plural);
  }
}

package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * A quick test run before a regular expression: words one of which any match must contain, read from the
 * expression itself, so that a line without any of them is passed over without running the expression. Most lines
 * hold none of a rule's words, and {@link String#contains} over a lower-cased line is several times cheaper than a
 * case-insensitive search that tries the expression at every offset.
 *
 * <p>Read conservatively: each top-level alternative must have a literal run of at least two characters outside
 * groups, classes and optional parts, or the expression gets no test (and always runs). The test is a superset: it
 * may let through a line the expression does not match, never the reverse.
 */
final class Needles {
  private static final int MIN_LENGTH = 2;
  private static final Needles NONE = new Needles(List.of());

  private final List<String> words;

  private Needles(List<String> words) {
    this.words = words;
  }

  /** The words of an expression (matched case-insensitively or not: the words are compared folded). */
  static Needles of(String regex) {
    List<String> words = words(regex);
    return words == null ? NONE : new Needles(List.copyOf(words));
  }

  /** Words one of which every match of the expression contains; null when none can be told. */
  private static List<String> words(String regex) {
    List<String> out = new ArrayList<>();
    List<String> alternatives = alternatives(regex);
    if (alternatives.isEmpty()) return null;
    for (String alternative : alternatives) {
      List<String> best = best(alternative);
      if (best == null) return null;
      for (String w : best) {
        if (!out.contains(w)) out.add(w);
      }
    }
    return out;
  }

  /** Whether a line, {@linkplain #fold folded}, may hold a match; true when the expression had no words. */
  boolean mayMatch(String folded) {
    if (words.isEmpty()) return true;
    for (String w : words) {
      if (folded.contains(w)) return true;
    }
    return false;
  }

  /**
   * A text in the case the words are compared in: each character lower-cased after upper-casing, as a
   * case-insensitive expression compares them (so that the long s folds to s, as the expression would match it).
   */
  static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
          : Character.toLowerCase(Character.toUpperCase(c));
      if (f != c) {
        if (out == null) out = text.toCharArray();
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  /** Whether there is a test at all (an expression read as having no words always runs). */
  boolean any() {
    return !words.isEmpty();
  }

  @Override
  public String toString() {
    return words.toString();
  }

  /** The top-level alternatives of an expression; null when it uses syntax this reading does not follow. */
  private static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i);
        if (i < 0) return List.of();
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  /**
   * The best set of words one of which every match of one alternative contains: a run of literal characters it
   * requires, or the words of a group it requires; of these, the set whose shortest word is longest. Null when there
   * is none of at least two characters, or the alternative uses an escape this reading does not follow.
   */
  private static List<String> best(String alt) {
    List<List<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < alt.length()) {
      char c = alt.charAt(i);
      int next;
      Character literal = null;
      String group = null;
      if (c == '\\') {
        if (i + 1 >= alt.length()) return null;
        char e = alt.charAt(i + 1);
        if (Character.isLetterOrDigit(e)) {
          // zero-width and class escapes end a run; hex and unicode escapes, properties, quoting, back-references
          // are not followed
          if ("bBsSwWdDhHvVRAZzGntrfae".indexOf(e) < 0) return null;
        } else {
          literal = e;
        }
        next = i + 2;
      } else if (c == '[') {
        next = classEnd(alt, i) + 1;
        if (next <= 0) return null;
      } else if (c == '(') {
        int close = groupEnd(alt, i);
        if (close < 0) return null;
        group = alt.substring(i + 1, close);
        next = close + 1;
      } else if (".^$".indexOf(c) >= 0) {
        next = i + 1;
      } else if ("?*+{)|".indexOf(c) >= 0) {
        return null; // a quantifier with nothing before it: not an expression this reading follows
      } else {
        literal = c;
        next = i + 1;
      }
      char q = next < alt.length() ? alt.charAt(next) : 0;
      boolean optional = q == '?' || q == '*' || q == '{';
      if (literal != null && !optional) {
        run.append(literal.charValue());
      } else {
        addRun(run, candidates);
      }
      if (group != null && !optional) {
        List<String> inner = words(groupBody(group));
        if (inner != null && !inner.isEmpty()) candidates.add(inner);
      }
      i = skipQuantifier(alt, next);
      if (q == '+' && literal != null) addRun(run, candidates); // required once at least: the run ends after it
    }
    addRun(run, candidates);
    List<String> best = null;
    for (List<String> c : candidates) {
      if (best == null || shortest(c) > shortest(best)) best = c;
    }
    return best == null || shortest(best) < MIN_LENGTH ? null : best;
  }

  private static void addRun(StringBuilder run, List<List<String>> candidates) {
    String word = fold(run.toString().strip());
    if (word.length() >= MIN_LENGTH) candidates.add(List.of(word));
    run.setLength(0);
  }

  private static int shortest(List<String> words) {
    int min = Integer.MAX_VALUE;
    for (String w : words) min = Math.min(min, w.length());
    return min;
  }

  /**
   * What a group matches, without its opening construct: {@code ?:}, a name or inline flags; an empty expression (no
   * words) for look-arounds and flag settings, which require nothing of the text matched.
   */
  private static String groupBody(String group) {
    if (!group.startsWith("?")) return group;
    if (group.startsWith("?=") || group.startsWith("?!") || group.startsWith("?<=") || group.startsWith("?<!")) {
      return "";
    }
    if (group.startsWith("?<")) {
      int end = group.indexOf('>');
      return end < 0 ? "" : group.substring(end + 1);
    }
    int colon = group.indexOf(':');
    if (colon < 0 || !group.substring(1, colon).matches("[a-zA-Z-]*")) return "";
    return group.substring(colon + 1);
  }

  private static int skipQuantifier(String s, int i) {
    if (i >= s.length()) return i;
    char q = s.charAt(i);
    if (q == '{') {
      int close = s.indexOf('}', i);
      i = close < 0 ? s.length() : close + 1;
    } else if (q == '?' || q == '*' || q == '+') {
      i++;
    } else {
      return i;
    }
    if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++; // lazy or possessive
    return i;
  }

  /** The index of the ']' closing the class opened at {@code open}; -1 when there is none. */
  private static int classEnd(String s, int open) {
    int depth = 0;
    int i = open + 1;
    if (i < s.length() && s.charAt(i) == '^') i++;
    if (i < s.length() && s.charAt(i) == ']') i++; // a ']' first in a class is a character
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) return i;
        depth--;
      }
    }
    return -1;
  }

  /** The index of the ')' closing the group opened at {@code open}; -1 when there is none. */
  private static int groupEnd(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(s, i);
        if (i < 0) return -1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth == 0) return i;
      }
    }
    return -1;
  }
}

package org.oversight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: a header row, a rule, columns padded to their widest cell, and the whole fitted to
 * the width of the terminal ({@link Terminal#width()}) by narrowing columns of lists first, then the widest column,
 * and cutting what no longer fits with "…". A list too long for its cell is counted instead ("40 forces (use
 * --format csv for the list)"). A row may carry detail lines (a snippet, a passage), printed under it, indented
 * and wrapped.
 */
final class Table {
  /** A list of values shown whole when it fits its cell, else counted. */
  record Items(List<String> items, String noun) {
    String joined() {
      return String.join("; ", items);
    }

    /** "40 forces (use --format csv for the list)". */
    String summary() {
      return count() + " (use --format csv for the list)";
    }

    /** "40 forces". */
    String count() {
      return Plural.of(items.size(), noun);
    }
  }

  /** Indent of detail lines. */
  static final String DETAIL_INDENT = "   ";
  /** No column is narrowed below this. */
  private static final int MIN_CELL = 4;
  /** A list longer than this is counted even when the table has room for it. */
  private static final int LIST_MAX = 60;

  private final List<String> header = new ArrayList<>();
  private final List<Integer> caps = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<List<String>> details = new ArrayList<>();
  private boolean wrapLast;

  /** @param columns header names; a name may end in ":N" to cap the column at N characters */
  Table(String... columns) {
    for (String c : columns) {
      int colon = c.lastIndexOf(':');
      header.add(colon > 0 ? c.substring(0, colon) : c);
      caps.add(colon > 0 ? Integer.parseInt(c.substring(colon + 1)) : Integer.MAX_VALUE);
    }
  }

  /** Wraps the last column's cells onto further lines instead of cutting them (for long values read whole). */
  Table wrapLastColumn() {
    wrapLast = true;
    return this;
  }

  /** Adds a row; a cell may be any value (shown as text, null as empty) or {@link Items}. */
  Table row(Object... cells) {
    List<Object> r = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      Object c = i < cells.length ? cells[i] : null;
      r.add(c instanceof Items ? c : c == null ? "" : oneLine(String.valueOf(c)));
    }
    rows.add(r);
    details.add(new ArrayList<>());
    return this;
  }

  /** Adds a line of detail under the last row, indented and wrapped to the width. */
  Table detail(String text) {
    if (text != null && !text.isBlank()) details.get(details.size() - 1).add(oneLine(text));
    return this;
  }

  void print(PrintWriter out) {
    print(out, Terminal.width());
  }

  void print(PrintWriter out, int width) {
    int[] w = widths(width);
    List<String> heads = new ArrayList<>();
    for (int i = 0; i < w.length; i++) heads.add(cut(header.get(i), w[i]));
    line(out, heads, w);
    List<String> rule = new ArrayList<>();
    for (int x : w) rule.add("-".repeat(x));
    line(out, rule, w);
    boolean counted = false; // a list shown as a bare count, without the hint
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < w.length; i++) {
        Object c = rows.get(r).get(i);
        if (c instanceof Items items) {
          String shown = items(items, w[i]);
          counted |= items.items().size() > 1 && !shown.equals(items.joined()) && !shown.equals(items.summary());
          cells.add(shown);
        } else {
          cells.add((String) c);
        }
      }
      line(out, cells, w);
      for (String d : details.get(r)) {
        for (String l : wrap(d, width - DETAIL_INDENT.length())) out.println(DETAIL_INDENT + l);
      }
    }
    if (counted) wrap("(lists that do not fit are counted: use --format csv for them)", width).forEach(out::println);
    out.flush();
  }

  /**
   * The columns' widths: each its widest cell (within its cap), then the widest narrowed until the row fits, first
   * down to the width of the headers, then, on a very narrow terminal, below it.
   */
  private int[] widths(int width) {
    int n = header.size();
    int[] w = new int[n];
    int[] min = new int[n];
    for (int i = 0; i < n; i++) {
      int natural = header.get(i).length();
      for (List<Object> r : rows) natural = Math.max(natural, natural(r.get(i)));
      w[i] = Math.max(header.get(i).length(), Math.min(caps.get(i), natural));
      min[i] = Math.max(1, header.get(i).length());
    }
    int total = 2 * (n - 1);
    for (int x : w) total += x;
    // lists first: counted ("3 forces") they still say something, where cut text says less
    int[] listFloor = new int[n];
    for (int i = 0; i < n; i++) listFloor[i] = isList(i) ? min[i] : w[i];
    total = narrow(w, listFloor, total, width);
    total = narrow(w, min, total, width);
    int[] least = new int[n];
    java.util.Arrays.fill(least, MIN_CELL);
    narrow(w, least, total, width);
    return w;
  }

  /** Narrows the widest column above its floor, one character at a time, until the row fits; the new total. */
  private static int narrow(int[] w, int[] floor, int total, int width) {
    while (total > width) {
      int widest = -1;
      for (int i = 0; i < w.length; i++) {
        if (w[i] > floor[i] && (widest < 0 || w[i] >= w[widest])) widest = i;
      }
      if (widest < 0) break; // as narrow as it gets
      w[widest]--;
      total--;
    }
    return total;
  }

  private boolean isList(int column) {
    for (List<Object> r : rows) {
      if (r.get(column) instanceof Items items && items.items().size() > 1) return true;
    }
    return false;
  }

  private static int natural(Object cell) {
    if (cell instanceof Items items) {
      return items.joined().length() <= LIST_MAX || items.items().size() == 1 ? items.joined().length()
          : items.summary().length();
    }
    return ((String) cell).length();
  }

  /** A list in a cell of width {@code w}: whole, else counted with the hint, else counted. */
  private static String items(Items items, int w) {
    if (items.items().size() == 1) return cut(items.joined(), w);
    if (items.joined().length() <= Math.min(w, LIST_MAX)) return items.joined();
    if (items.summary().length() <= w) return items.summary();
    return cut(items.count(), w);
  }

  private void line(PrintWriter out, List<String> cells, int[] w) {
    int last = cells.size() - 1;
    List<String> lastLines = wrapLast ? wrap(cells.get(last), w[last]) : List.of(cut(cells.get(last), w[last]));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < last; i++) sb.append(pad(cut(cells.get(i), w[i]), w[i])).append("  ");
    String lead = sb.toString();
    out.println((lead + (lastLines.isEmpty() ? "" : lastLines.get(0))).stripTrailing());
    String blank = " ".repeat(lead.length());
    for (int l = 1; l < lastLines.size(); l++) out.println((blank + lastLines.get(l)).stripTrailing());
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : s + " ".repeat(w - s.length());
  }

  /** The text cut to {@code w} characters, the last being "…" when anything was cut. */
  static String cut(String s, int w) {
    if (s.length() <= w) return s;
    if (w <= 1) return "…".substring(0, Math.max(0, w));
    return s.substring(0, w - 1).stripTrailing() + "…";
  }

  /** The text broken into lines of at most {@code w} characters, at spaces where it can be. */
  static List<String> wrap(String text, int w) {
    List<String> lines = new ArrayList<>();
    String rest = oneLine(text);
    int width = Math.max(1, w);
    while (rest.length() > width) {
      int br = rest.lastIndexOf(' ', width);
      if (br <= 0) br = width;
      lines.add(rest.substring(0, br).stripTrailing());
      rest = rest.substring(br).stripLeading();
    }
    if (!rest.isEmpty() || lines.isEmpty()) lines.add(rest);
    return lines;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

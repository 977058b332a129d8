package org.oversight.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell, long cells cut at a limit. */
final class Table {
  private final List<String> header;
  private final List<Integer> maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /** @param columns header names; a name may end in ":N" to cap the column at N characters */
  Table(String... columns) {
    header = new ArrayList<>();
    maxWidths = new ArrayList<>();
    for (String c : columns) {
      int colon = c.lastIndexOf(':');
      header.add(colon > 0 ? c.substring(0, colon) : c);
      maxWidths.add(colon > 0 ? Integer.parseInt(c.substring(colon + 1)) : Integer.MAX_VALUE);
    }
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String s = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
      s = s.replaceAll("\\s+", " ");
      int max = maxWidths.get(i);
      if (s.length() > max) s = s.substring(0, Math.max(1, max - 1)) + "…";
      r.add(s);
    }
    rows.add(r);
    return this;
  }

  void print(PrintWriter out) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) w[i] = Math.max(w[i], r.get(i).length());
    }
    line(out, header, w);
    List<String> rule = new ArrayList<>();
    for (int x : w) rule.add("-".repeat(x));
    line(out, rule, w);
    for (List<String> r : rows) line(out, r, w);
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append("  ");
      sb.append(i == cells.size() - 1 ? cells.get(i) : String.format("%-" + w[i] + "s", cells.get(i)));
    }
    out.println(sb.toString().stripTrailing());
  }
}

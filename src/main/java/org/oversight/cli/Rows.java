package org.oversight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;

/** Prints a list of records in the format asked for: a table for people, JSON, JSONL or CSV for programs. */
final class Rows {
  /**
   * A column: its header (":N" caps its width in tables), how a record gives its value, for a list what one of its
   * items is called ("force"), for tables that count a list too long to show, and whether a table shows it under
   * the row, wrapped, instead of in a cell (for long text read whole).
   */
  record Column<T>(String header, Function<T, Object> value, String noun, boolean detail) {
    Column(String header, Function<T, Object> value) {
      this(header, value, "item", false);
    }

    Column(String header, Function<T, Object> value, String noun) {
      this(header, value, noun, false);
    }

    /** A column of long text that tables show under each row. */
    static <T> Column<T> detail(String header, Function<T, Object> value) {
      return new Column<>(header, value, "item", true);
    }

    String name() {
      int colon = header.lastIndexOf(':');
      return colon > 0 ? header.substring(0, colon) : header;
    }
  }

  private Rows() {}

  /** Columns from a map of names to values (the query layer's column lists). */
  @SuppressWarnings("unchecked")
  static <T> Column<T>[] columns(Map<String, Function<T, Object>> named) {
    return named.entrySet().stream().map(e -> new Column<>(e.getKey(), e.getValue())).toArray(Column[]::new);
  }

  @SafeVarargs
  static <T> void print(PrintWriter out, OutputFormat format, List<T> rows, Column<T>... columns) throws IOException {
    switch (format) {
      case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
      case jsonl -> {
        for (T r : rows) out.println(Json.MAPPER.writeValueAsString(r));
      }
      case csv -> {
        List<String> headers = new ArrayList<>();
        for (Column<T> c : columns) headers.add(c.name());
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new))
            .build());
        for (T r : rows) {
          List<Object> cells = new ArrayList<>();
          for (Column<T> c : columns) cells.add(cell(c.value().apply(r)));
          csv.printRecord(cells);
        }
        csv.flush();
      }
      default -> {
        List<Column<T>> cellColumns = new ArrayList<>();
        for (Column<T> c : columns) {
          if (!c.detail()) cellColumns.add(c);
        }
        Table t = new Table(cellColumns.stream().map(Column::header).toArray(String[]::new));
        for (T r : rows) {
          Object[] cells = new Object[cellColumns.size()];
          for (int i = 0; i < cells.length; i++) {
            Object v = cellColumns.get(i).value().apply(r);
            cells[i] = v instanceof List<?> l
                ? new Table.Items(l.stream().map(String::valueOf).toList(), cellColumns.get(i).noun()) : v;
          }
          t.row(cells);
          for (Column<T> c : columns) {
            Object v = c.detail() ? c.value().apply(r) : null;
            if (v != null) t.detail(String.valueOf(cell(v)));
          }
        }
        t.print(out);
      }
    }
    out.flush();
  }

  /** Lists become "a; b; c"; nulls empty cells. */
  private static Object cell(Object v) {
    if (v instanceof List<?> l) return String.join("; ", l.stream().map(String::valueOf).toList());
    return v;
  }
}

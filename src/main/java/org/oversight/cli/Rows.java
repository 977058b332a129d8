package org.oversight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;

/** Prints a list of records in the format asked for: a table for people, JSON, JSONL or CSV for programs. */
final class Rows {
  /** A column: its header (":N" caps its width in tables) and how a record gives its value. */
  record Column<T>(String header, Function<T, Object> value) {
    String name() {
      int colon = header.lastIndexOf(':');
      return colon > 0 ? header.substring(0, colon) : header;
    }
  }

  private Rows() {}

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
        List<String> headers = new ArrayList<>();
        for (Column<T> c : columns) headers.add(c.header());
        Table t = new Table(headers.toArray(String[]::new));
        for (T r : rows) {
          Object[] cells = new Object[columns.length];
          for (int i = 0; i < columns.length; i++) cells[i] = cell(columns[i].value().apply(r));
          t.row(cells);
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

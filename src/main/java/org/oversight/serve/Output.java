package org.oversight.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.model.Json;

/**
 * How an answer is sent: a page (the jte templates, compiled at build time, escaping by default), JSON through the
 * project's one mapper (snake_case, as the commands print it), or CSV as the {@code export} command writes it (lists
 * joined with "; ", missing values as empty cells), streamed so that every matching row can be sent.
 */
final class Output {
  /** What the client asked for. */
  enum Format { HTML, JSON, CSV }

  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

  private Output() {}

  /**
   * {@code format=html|json|csv} wins (anything else is refused); else {@code /api/...} is JSON; else the Accept
   * header; else HTML.
   */
  static Format wants(Context ctx) {
    String f = ctx.queryParam("format");
    if (f != null) {
      return switch (f) {
        case "html" -> Format.HTML;
        case "json" -> Format.JSON;
        case "csv" -> Format.CSV;
        default -> throw new BadRequestResponse("format must be html, json or csv, not '" + shorten(f) + "'");
      };
    }
    if (ctx.path().startsWith("/api/")) return Format.JSON;
    String accept = ctx.header("Accept");
    if (accept == null || accept.contains("text/html") || accept.contains("*/*")) return Format.HTML;
    if (accept.contains("application/json")) return Format.JSON;
    if (accept.contains("text/csv")) return Format.CSV;
    return Format.HTML;
  }

  /** Whether every matching row was asked for ({@code format=csv|json}), not the page as shown. */
  static boolean allRows(Context ctx) {
    return ctx.queryParam("format") != null && wants(ctx) != Format.HTML;
  }

  static String render(String template, Object view) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, view, out);
    return out.toString();
  }

  static void page(Context ctx, String template, Object view) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, view));
  }

  static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json; charset=utf-8").result(Json.MAPPER.writeValueAsBytes(value));
  }

  /** A JSON array written row by row. */
  static RowSink jsonRows(Context ctx, String file) throws IOException {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Content-Disposition", "inline; filename=\"" + file + ".json\"");
    JsonGenerator g = Json.MAPPER.getFactory().createGenerator(ctx.outputStream());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartArray();
    return new RowSink() {
      @Override
      public void row(Map<String, Object> row) {
        try {
          Json.MAPPER.writeValue(g, row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() throws IOException {
        g.writeEndArray();
        g.flush();
      }
    };
  }

  /** A CSV file with these columns, written row by row. */
  static RowSink csvRows(Context ctx, String file, List<String> columns) throws IOException {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get());
    return new RowSink() {
      @Override
      public void row(Map<String, Object> row) {
        List<Object> cells = new ArrayList<>();
        for (String c : columns) cells.add(cell(row.get(c)));
        try {
          csv.printRecord(cells);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() throws IOException {
        csv.flush();
      }
    };
  }

  /**
   * Rows in the format asked for: CSV with these columns, or a JSON array of objects. Nothing is sent before the
   * first row (or the end), so that a query refused before any row still gets a clean error.
   */
  static RowSink rows(Context ctx, Format format, String file, List<String> columns) {
    return new RowSink() {
      private RowSink sink;

      private RowSink sink() throws IOException {
        if (sink == null) sink = format == Format.CSV ? csvRows(ctx, file, columns) : jsonRows(ctx, file);
        return sink;
      }

      @Override
      public void row(Map<String, Object> row) {
        try {
          sink().row(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() throws IOException {
        sink().finish();
      }
    };
  }

  /** Records as rows, a column at a time, for the lists that mirror a command's table. */
  static <T> void records(Context ctx, Format format, String file, List<T> records,
      Map<String, Function<T, Object>> columns) throws IOException {
    if (format == Format.JSON) {
      json(ctx, records);
      return;
    }
    RowSink sink = csvRows(ctx, file, List.copyOf(columns.keySet()));
    for (T r : records) {
      Map<String, Object> row = new java.util.LinkedHashMap<>();
      columns.forEach((name, value) -> row.put(name, value.apply(r)));
      sink.row(row);
    }
    sink.finish();
  }

  /** Lists become "a; b; c", as {@code export} writes them. */
  private static Object cell(Object v) {
    if (v instanceof List<?> l) return String.join("; ", l.stream().map(String::valueOf).toList());
    return v;
  }

  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** Where rows go. */
  interface RowSink {
    void row(Map<String, Object> row);

    void finish() throws IOException;
  }
}

package org.oversight.query;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of searches run at once, read from a CSV file with a header row: a {@code query} column, and optionally
 * {@code name} and the filter columns {@code type, force, report, person, from, to}, each as {@code search} takes
 * it. A row that cannot run says why, naming its row (the header is row 1, as a spreadsheet counts); the others run.
 */
public final class BatchSearch {
  /** The columns a queries file may have, in the order they are documented; {@code query} is required. */
  public static final List<String> COLUMNS = List.of("name", "query", "type", "force", "report", "person", "from",
      "to");
  private static final List<String> FILTERS = COLUMNS.subList(2, COLUMNS.size());

  private BatchSearch() {}

  /**
   * One row of the file: a search to run, or why it cannot run.
   *
   * @param row its row in the file (the header is row 1)
   * @param name its name, or null
   * @param query the query
   * @param filters the filters set, by column name, the file's cells over the defaults
   * @param filter the same, parsed; null when they are wrong
   * @param problem why it cannot run, or null
   */
  public record Row(int row, String name, String query, Map<String, String> filters, Filter filter, String problem) {
    /** What the row is called in output: its name, else its query. */
    public String label() {
      return name != null ? name : query;
    }
  }

  /**
   * What one row's search found.
   *
   * @param row its row in the file
   * @param name its name, or null
   * @param query the query
   * @param filters the filters it ran with
   * @param totalPassages how many passages matched (0 when it failed)
   * @param hits the top hits
   * @param error why it did not run, or null
   */
  public record Result(int row, String name, String query, Map<String, String> filters, long totalPassages,
      List<SearchHit> hits, String error) {
    public String label() {
      return name != null ? name : query;
    }

    public boolean failed() {
      return error != null;
    }
  }

  /**
   * Reads a queries file.
   *
   * @param defaults filter values for cells left blank (the command line's filters), by column name
   * @throws QueryException when the file cannot be used at all: missing, not UTF-8, no header row, an unknown or
   *     repeated column, no {@code query} column
   */
  public static List<Row> read(Path file, Map<String, String> defaults) throws QueryException, IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new QueryException("no queries file " + file);
    } catch (CharacterCodingException e) {
      throw new QueryException(file + " is not UTF-8 text; save the queries as CSV UTF-8");
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1); // a spreadsheet's byte-order mark
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).build();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> it = parser.iterator();
      CSVRecord first = null;
      try {
        while (it.hasNext() && (first == null || first.stream().allMatch(String::isBlank))) first = it.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new QueryException(file + ": the header row cannot be read as CSV (" + csvProblem(e) + ")");
      }
      if (first == null || first.stream().allMatch(String::isBlank)) {
        throw new QueryException(file + " is empty; it needs a header row: " + columns());
      }
      List<String> header = header(file, first);
      Map<String, Integer> seenNames = new HashMap<>();
      int row = (int) first.getRecordNumber();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) break;
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          rows.add(new Row(row + 1, null, null, Map.of(), null, "cannot be read as CSV (" + csvProblem(e)
              + "); the rows after it were not read"));
          break;
        }
        row = (int) r.getRecordNumber(); // blank lines are records too, so this is the row a spreadsheet shows
        if (r.stream().allMatch(String::isBlank)) continue;
        rows.add(row(row, r, header, defaults, seenNames));
      }
    }
    return rows;
  }

  private static List<String> header(Path file, CSVRecord r) throws QueryException {
    List<String> header = new ArrayList<>();
    for (String cell : r) {
      String col = cell.strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(col)) {
        throw new QueryException(file + ": unknown column '" + cell + "' in the header row; the columns are "
            + columns());
      }
      if (header.contains(col)) throw new QueryException(file + ": column '" + col + "' appears twice");
      header.add(col);
    }
    if (!header.contains("query")) {
      throw new QueryException(file + ": the header row has no 'query' column; the columns are " + columns());
    }
    return header;
  }

  private static Row row(int row, CSVRecord r, List<String> header, Map<String, String> defaults,
      Map<String, Integer> seenNames) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < r.size() && i < header.size(); i++) {
      if (!r.get(i).isBlank()) cells.put(header.get(i), r.get(i).strip());
    }
    String name = cells.get("name");
    String query = cells.get("query");
    Map<String, String> filters = new LinkedHashMap<>();
    for (String f : FILTERS) {
      String v = cells.containsKey(f) ? cells.get(f) : defaults.get(f);
      if (v != null && !v.isBlank()) filters.put(f, v.strip());
    }
    String problem = null;
    Filter filter = null;
    if (r.size() > header.size()) {
      problem = "has " + r.size() + " cells; the header has " + header.size() + " (quote a cell holding a comma)";
    } else if (query == null) {
      problem = "the query is empty (* matches every passage)";
    } else if (name != null && seenNames.containsKey(name)) {
      problem = "the name '" + name + "' is taken by row " + seenNames.get(name);
    } else {
      try {
        filter = Filter.parse(filters.get("type"), filters.get("force"), filters.get("report"),
            filters.get("person"), filters.get("from"), filters.get("to"));
      } catch (QueryException e) {
        problem = e.getMessage();
      }
    }
    if (name != null) seenNames.putIfAbsent(name, row);
    return new Row(row, name, query, filters, filter, problem);
  }

  /** Runs each row's search; a row that cannot run, or whose query the index refuses, has its error instead. */
  public static List<Result> run(Searcher searcher, List<Row> rows, int limit, int perDocument) throws IOException {
    List<Result> out = new ArrayList<>();
    for (Row r : rows) {
      if (r.problem() != null) {
        out.add(new Result(r.row(), r.name(), r.query(), r.filters(), 0, List.of(), r.problem()));
        continue;
      }
      try {
        SearchResult found = searcher.search(new SearchRequest(r.query(), r.filter(), limit, perDocument));
        out.add(new Result(r.row(), r.name(), r.query(), r.filters(), found.totalPassages(), found.hits(), null));
      } catch (QueryException e) {
        out.add(new Result(r.row(), r.name(), r.query(), r.filters(), 0, List.of(), e.getMessage()));
      }
    }
    return out;
  }

  private static String columns() {
    return String.join(", ", COLUMNS) + " (query required)";
  }

  /** What commons-csv found wrong, without its wrapping. */
  private static String csvProblem(Exception e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    String msg = String.valueOf(t.getMessage());
    if (msg.contains("EOF reached before encapsulated token finished")) return "a quoted cell is never closed";
    return msg.replaceFirst("^\\(line \\d+\\) ", "").replaceAll("\\s+", " ").strip();
  }
}

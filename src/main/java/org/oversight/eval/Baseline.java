package org.oversight.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction figures a project records for its development set, read from a Markdown table between the markers
 * {@code <!-- dev-figures:start -->} and {@code <!-- dev-figures:end -->} (first column the field, second its
 * figure), so that CI can fail when a field falls below what was recorded.
 */
public final class Baseline {
  static final String START = "<!-- dev-figures:start -->";
  static final String END = "<!-- dev-figures:end -->";

  private Baseline() {}

  /** Field → recorded figure; a row whose second cell is not a number is skipped. */
  public static Map<String, Double> read(Path file) throws IOException {
    String text = Files.readString(file);
    // the markers stand on lines of their own (prose may name them)
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?ms)^" + java.util.regex.Pattern.quote(START)
        + "\\s*$(.*?)^" + java.util.regex.Pattern.quote(END) + "\\s*$").matcher(text);
    if (!m.find()) {
      throw new IOException(file + ": no table between " + START + " and " + END + " (each on a line of its own)");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : m.group(1).split("\n")) {
      String[] cells = line.strip().replaceAll("^\\||\\|$", "").split("\\|");
      if (cells.length < 2) continue;
      String field = cells[0].strip().replace("`", "");
      try {
        out.put(field, Double.parseDouble(cells[1].strip()));
      } catch (NumberFormatException e) {
        // the header or its rule
      }
    }
    if (out.isEmpty()) throw new IOException(file + ": the figures table has no rows");
    return out;
  }

  /** The fields that fell more than {@code tolerance} below their recorded figure, as "field 0.81 < 0.90 - 0.03". */
  public static List<String> fallen(Scorer.Score score, Map<String, Double> recorded, double tolerance) {
    List<String> out = new ArrayList<>();
    recorded.forEach((field, figure) -> {
      Double now = score.value(field);
      if (now != null && now < figure - tolerance - 1e-9) {
        out.add(String.format(java.util.Locale.ROOT, "%s %.3f (recorded %.3f)", field, now, figure));
      }
    });
    return out;
  }
}

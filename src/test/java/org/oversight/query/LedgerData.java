package org.oversight.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.oversight.model.Passage;

/**
 * The labelled (recommendation, passage) set in {@code src/test/resources/org/oversight/ledger}: the reports'
 * recommendations, the responses split into passages as the index holds them (paragraphs), and which passages address
 * which recommendation. See the README there.
 */
final class LedgerData {
  private static final String BASE = "/org/oversight/ledger/";

  /** One response with its passages and, per passage, the numbers of the recommendations it addresses. */
  record Response(String id, String report, String force, String date, List<Passage> passages,
      List<Set<Integer>> gold, List<String> kinds) {}

  final Map<String, List<RecommendationMatcher.Numbered>> recommendations = new LinkedHashMap<>();
  final List<Response> responses = new ArrayList<>();

  static LedgerData load() {
    LedgerData d = new LedgerData();
    for (String[] r : rows("recommendations.tsv")) {
      if (r[2].equals("recommendation")) {
        d.recommendations.computeIfAbsent(r[0], k -> new ArrayList<>())
            .add(new RecommendationMatcher.Numbered(Integer.parseInt(r[1]), r[4]));
      }
    }
    Map<String, List<String[]>> labels = new LinkedHashMap<>();
    for (String[] l : rows("labels.tsv")) labels.computeIfAbsent(l[0], k -> new ArrayList<>()).add(l);
    for (String[] r : rows("responses.tsv")) {
      List<Passage> passages = passages(text(r[6]));
      List<String[]> ls = labels.get(r[0]);
      if (ls == null || ls.size() != passages.size()) {
        throw new IllegalStateException(r[0] + ": " + passages.size() + " passages but "
            + (ls == null ? 0 : ls.size()) + " labels");
      }
      List<Set<Integer>> gold = new ArrayList<>();
      List<String> kinds = new ArrayList<>();
      for (int i = 0; i < ls.size(); i++) {
        String[] l = ls.get(i);
        String begins = passages.get(i).text().replaceAll("\\s+", " ");
        if (Integer.parseInt(l[1]) != i || !begins.startsWith(l[5].strip())) {
          throw new IllegalStateException(r[0] + " passage " + i + " does not begin '" + l[5] + "'");
        }
        Set<Integer> g = new TreeSet<>();
        if (!l[3].equals("-")) for (String n : l[3].split(",")) g.add(Integer.parseInt(n));
        gold.add(g);
        kinds.add(l[4]);
      }
      d.responses.add(new Response(r[0], r[1], r[2], r[5], passages, gold, kinds));
    }
    return d;
  }

  /** Paragraphs separated by blank lines, numbered from 0; plain text has no pages (page 0), as in the index. */
  static List<Passage> passages(String text) {
    List<Passage> out = new ArrayList<>();
    for (String block : text.split("\\n[ \\t]*\\n")) {
      if (!block.isBlank()) out.add(new Passage(out.size(), 0, block.strip()));
    }
    return out;
  }

  /** A file of the set, by its path under the set's folder. */
  static String text(String path) {
    try (InputStream in = LedgerData.class.getResourceAsStream(BASE + path)) {
      if (in == null) throw new IllegalStateException("missing " + BASE + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a TSV file of the set, without its header and comment lines. */
  static List<String[]> rows(String file) {
    List<String[]> out = new ArrayList<>();
    for (String line : text(file).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      out.add(line.split("\t", -1));
    }
    return out.subList(1, out.size());
  }
}

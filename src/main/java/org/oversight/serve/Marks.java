package org.oversight.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.oversight.index.Schema;
import org.oversight.serve.Views.Segment;

/**
 * Text cut into segments, some marked: the templates wrap marked ones in {@code <mark>} and escape every one, so no
 * HTML is ever built from document text. Two sources of marks: the search's highlighted snippets, and the words of a
 * query found in a document's passages the way search finds them (stemmed: "inspect" marks "inspections").
 */
final class Marks {
  private static final Analyzer ANALYZER = Schema.analyzer();
  /** A field clause ({@code person:"x y"}, {@code year:2024}): not words of the text. */
  private static final Pattern FIELD_CLAUSE = Pattern.compile("[A-Za-z_]+:(\"[^\"]*\"|\\[[^\\]]*\\]|\\S+)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}'’-]*\\*?");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

  private Marks() {}

  /**
   * A snippet from search, whose highlighter marks matched words with {@code <b>} and {@code </b>}. (A document
   * that itself contains those four characters would show a mark there: a cosmetic fault, never an injection, as
   * each segment is escaped.)
   */
  static List<Segment> ofSnippet(String snippet) {
    List<Segment> out = new ArrayList<>();
    if (snippet == null) return out;
    int at = 0;
    while (at < snippet.length()) {
      int open = snippet.indexOf("<b>", at);
      int close = open < 0 ? -1 : snippet.indexOf("</b>", open + 3);
      if (open < 0 || close < 0) {
        out.add(new Segment(snippet.substring(at), false));
        break;
      }
      if (open > at) out.add(new Segment(snippet.substring(at, open), false));
      out.add(new Segment(snippet.substring(open + 3, close), true));
      at = close + 4;
    }
    return out;
  }

  /** Plain text, nothing marked. */
  static List<Segment> plain(String text) {
    return List.of(new Segment(text == null ? "" : text, false));
  }

  /** What a query looks for in the text: stemmed words, and prefixes for words ending in {@code *}. */
  record Terms(Set<String> stems, Set<String> prefixes) {
    boolean isEmpty() {
      return stems.isEmpty() && prefixes.isEmpty();
    }
  }

  /** The words of a query in Lucene syntax, without its field clauses and operators. */
  static Terms terms(String query) {
    Set<String> stems = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    if (query == null || query.isBlank()) return new Terms(stems, prefixes);
    Matcher m = WORD.matcher(FIELD_CLAUSE.matcher(query).replaceAll(" "));
    while (m.find()) {
      String w = m.group();
      if (OPERATORS.contains(w)) continue;
      if (w.endsWith("*")) {
        if (w.length() > 2) prefixes.add(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT));
      } else {
        analyse(w, (term, start, end) -> stems.add(term));
      }
    }
    return new Terms(stems, prefixes);
  }

  /** A passage with the query's words marked. */
  static List<Segment> of(String text, Terms terms) {
    if (text == null) return plain("");
    if (terms.isEmpty()) return plain(text);
    List<Segment> out = new ArrayList<>();
    int[] at = {0};
    analyse(text, (term, start, end) -> {
      String surface = text.substring(start, end).toLowerCase(Locale.ROOT);
      boolean hit = terms.stems().contains(term) || terms.prefixes().stream().anyMatch(surface::startsWith);
      if (!hit || start < at[0]) return;
      if (start > at[0]) out.add(new Segment(text.substring(at[0], start), false));
      out.add(new Segment(text.substring(start, end), true));
      at[0] = end;
    });
    if (at[0] < text.length()) out.add(new Segment(text.substring(at[0]), false));
    return out;
  }

  private interface TokenSink {
    void accept(String term, int start, int end);
  }

  /** Runs the index's analyser for passage text over {@code text}. */
  private static void analyse(String text, TokenSink sink) {
    try (TokenStream ts = ANALYZER.tokenStream(Schema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}

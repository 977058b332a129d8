package org.oversight.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.oversight.index.Schema;

/**
 * Highlighted snippets of passage hits, long enough to read: about {@link #LENGTH} characters of the passage around
 * its best match, matched words in {@code <b>}, "…" where the passage goes on; the passage's start where the query
 * matched nothing highlightable (a filter-only query). White space folded.
 */
final class Snippets {
  /** About how long a snippet is, in characters. */
  static final int LENGTH = 200;

  private Snippets() {}

  static String[] of(IndexSearcher searcher, Query query, List<ScoreDoc> hits) throws IOException {
    String[] out = new String[hits.size()];
    if (hits.isEmpty()) return out;
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withFormatter(new Formatter())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getWordInstance(Locale.ROOT), LENGTH, 0.5f))
        .withMaxLength(10_000)
        .build();
    String[] highlighted = hl.highlight(Schema.TEXT, query, new TopDocs(null, hits.toArray(new ScoreDoc[0])), 1);
    for (int i = 0; i < out.length; i++) {
      String s = highlighted[i] != null ? highlighted[i]
          : abbreviate(searcher.storedFields().document(hits.get(i).doc).get(Schema.TEXT));
      out[i] = s.replaceAll("\\s+", " ").strip();
    }
    return out;
  }

  private static String abbreviate(String s) {
    if (s == null) return "";
    if (s.length() <= LENGTH) return s;
    int cut = s.lastIndexOf(' ', LENGTH);
    return s.substring(0, cut > LENGTH / 2 ? cut : LENGTH).stripTrailing() + " …";
  }

  /** Matched words in {@code <b>}, and "…" at an end where the passage goes on. */
  private static final class Formatter extends PassageFormatter {
    @Override
    public String format(Passage[] passages, String content) {
      StringBuilder sb = new StringBuilder();
      for (Passage p : passages) {
        if (sb.length() > 0) sb.append(" … ");
        if (p.getStartOffset() > 0 && sb.length() == 0) sb.append("… ");
        int pos = p.getStartOffset();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (start < pos) continue; // overlaps the last match
          sb.append(content, pos, start).append("<b>").append(content, start, end).append("</b>");
          pos = end;
        }
        sb.append(content, pos, Math.max(pos, p.getEndOffset()));
        if (p == passages[passages.length - 1] && p.getEndOffset() < content.strip().length()) sb.append(" …");
      }
      return sb.toString();
    }
  }
}

package org.oversight.query;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.oversight.index.Schema;

/**
 * Highlighted snippets of passage hits: matched words in {@code <b>}, the passage itself where the query matched
 * nothing highlightable (a filter-only query), cut to {@code fallbackChars}; white space folded.
 */
final class Snippets {
  private Snippets() {}

  static String[] of(IndexSearcher searcher, Query query, List<ScoreDoc> hits, int fallbackChars)
      throws IOException {
    String[] out = new String[hits.size()];
    if (hits.isEmpty()) return out;
    UnifiedHighlighter hl = UnifiedHighlighter.builder(searcher, Schema.analyzer())
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
        .withMaxLength(10_000)
        .build();
    String[] highlighted = hl.highlight(Schema.TEXT, query, new TopDocs(null, hits.toArray(new ScoreDoc[0])), 2);
    for (int i = 0; i < out.length; i++) {
      String s = highlighted[i] != null ? highlighted[i]
          : abbreviate(searcher.storedFields().document(hits.get(i).doc).get(Schema.TEXT), fallbackChars);
      out[i] = s.replaceAll("\\s+", " ");
    }
    return out;
  }

  private static String abbreviate(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, max) + " …";
  }
}

package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.Evidence;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.Passage;

/**
 * A document as the domain rules read it: its lines, CoreNLP's sentences and entities, and the means to quote a line
 * as evidence (passage, page, the sentence around what was read).
 */
final class DocText {
  private static final int QUOTE_MAX = 300;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])");

  final ExtractedDocument source;
  final List<Line> lines;
  final List<NlpPipeline.Sentence> sentences;
  final List<Mention> mentions;
  final String text;
  /** The lines that are content, not page furniture (cookie banners, navigation), in order. */
  final List<Line> content;
  private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:" + String.join("|",
      org.oversight.domain.Resources.lines(DocText.class, "page-furniture.txt")) + ")");

  DocText(ExtractedDocument source, List<Line> lines, List<NlpPipeline.Sentence> sentences, List<Mention> mentions) {
    this.source = source;
    this.lines = List.copyOf(lines);
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    this.text = source.text();
    List<Line> c = new ArrayList<>();
    for (Line l : this.lines) {
      if (!furniture(l.text())) c.add(l);
    }
    this.content = List.copyOf(c);
  }

  private static final Needles FURNITURE_WORDS = Needles.of(FURNITURE.pattern());

  /** Whether a line is page furniture. */
  private static boolean furniture(String line) {
    if (FURNITURE_WORDS.any() && !FURNITURE_WORDS.mayMatch(Needles.fold(line))) return false;
    return FURNITURE.matcher(line).lookingAt();
  }

  /** The page of a passage (0 for formats without pages). */
  int page(int passage) {
    List<Passage> ps = source.passages();
    return passage >= 0 && passage < ps.size() ? ps.get(passage).page() : 0;
  }

  /** The first lines of the document's content (page furniture skipped), where headings and bylines stand. */
  List<Line> head(int n) {
    return content.subList(0, Math.min(n, content.size()));
  }

  /** Whether a line is among the first {@code n} lines of content. */
  boolean inHead(Line l, int n) {
    List<Line> h = head(n);
    return !h.isEmpty() && l.index() <= h.get(h.size() - 1).index() && !furniture(l.text());
  }

  /** Evidence quoting a whole line (shortened to the sentence around {@code at} when the line is long). */
  Evidence evidence(String field, String value, Line line, int at, String rule) {
    return new Evidence(field, value, line.passage(), line.page(), quote(line.text(), at), rule);
  }

  /** Evidence quoting a whole line. */
  Evidence evidence(String field, String value, Line line, String rule) {
    return evidence(field, value, line, 0, rule);
  }

  /** Evidence quoting a sentence. */
  Evidence evidence(String field, String value, NlpPipeline.Sentence s, String rule) {
    return new Evidence(field, value, s.passage(), page(s.passage()), quote(s.text().strip(), 0), rule);
  }

  /** The line that holds a text offset of {@link #text}'s passages joined by blank lines. */
  Line lineAt(int offset) {
    int pos = 0;
    List<Passage> ps = source.passages();
    int passage = 0;
    for (int i = 0; i < ps.size(); i++) {
      int len = ps.get(i).text().length();
      if (offset < pos + len + 2 || i == ps.size() - 1) {
        passage = i;
        break;
      }
      pos += len + 2;
    }
    String inPassage = ps.isEmpty() ? "" : ps.get(passage).text();
    int local = Math.max(0, offset - pos);
    int lineStart = inPassage.lastIndexOf('\n', Math.max(0, Math.min(local, inPassage.length()) - 1)) + 1;
    int lineEnd = inPassage.indexOf('\n', lineStart);
    String l = (lineEnd < 0 ? inPassage.substring(lineStart) : inPassage.substring(lineStart, lineEnd)).strip();
    for (Line line : lines) {
      if (line.passage() == passage && line.text().equals(l)) return line;
    }
    for (Line line : lines) {
      if (line.passage() == passage) return line;
    }
    return lines.isEmpty() ? new Line(0, 0, "") : lines.get(0);
  }

  /** The line (first from {@code from}) containing a phrase, or null. */
  Line lineContaining(String phrase, int from) {
    for (Line l : lines) {
      if (l.index() >= from && l.text().contains(phrase)) return l;
    }
    return null;
  }

  /** The sentence of a long line around an offset, at most a few hundred characters. */
  static String quote(String line, int at) {
    if (line.length() <= QUOTE_MAX) return line;
    int start = 0;
    int end = line.length();
    Matcher m = SENTENCE_END.matcher(line);
    while (m.find()) {
      if (m.end() <= at) start = m.end();
      else if (m.start() >= at) {
        end = m.start();
        break;
      }
    }
    String s = line.substring(start, end).strip();
    if (s.length() <= QUOTE_MAX) return s;
    int from = Math.max(0, Math.min(at - start - QUOTE_MAX / 3, s.length() - QUOTE_MAX));
    String cut = s.substring(from, Math.min(s.length(), from + QUOTE_MAX)).strip();
    return (from > 0 ? "\u2026" : "") + cut + (from + QUOTE_MAX < s.length() ? "\u2026" : "");
  }

  /** Lines as a list of texts, for rules that match across a block. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) out.add(l.text());
    return out;
  }
}

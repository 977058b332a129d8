package org.oversight.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.Passage;

/**
 * Turns raw extracted pages into clean passages, doing what PDF text needs: odd characters normalised, running
 * headers, footers and page numbers dropped, wrapped lines and words hyphenated across line ends rejoined, and
 * paragraphs kept as units. Blocks of short lines (letter heads, signature blocks) keep their line breaks, so that a
 * name on one line is not read together with the title on the next.
 */
final class TextCleaner {
  /** Paragraphs longer than this are cut at sentence ends into passages of about this size. */
  static final int MAX_PASSAGE = 1500;

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(page\\s*)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?|[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]|[ivxlc]{1,6}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])");
  private static final Pattern HYPHENATED = Pattern.compile("\\b(\\p{L}+)-(\\p{L}+)\\b");
  private static final int EDGE_LINES = 3;
  /** A line opening a list item ("• ...", "- ...", "o ...") starts its own line, however long the one before. */
  private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u2219*]|[-\u2013]|o)\\s+\\S");

  /** A text whose usual full line is longer than this was never wrapped: its line breaks end paragraphs. */
  private static final int UNWRAPPED_WIDTH = 200;
  /**
   * Two fields of a running header or footer drawn on one line from right to left, which PDF text extraction glues
   * together: "Page 3 of 9" directly followed by a word, a date directly followed by an address.
   */
  private static final Pattern GLUED = Pattern.compile(
      "(?i)(?<=\\bpage \\d{1,4} (?:of|/) ?\\d{1,4})(?=\\p{L})|(?<=\\b\\d{1,2}/\\d{1,2}/\\d{2,4})(?=https?://)");
  /** What marks a line as page furniture wherever it sits: a page number, an address, a date. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)\\bpage \\d{1,4}\\b|https?://|\\bwww\\.|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

  private TextCleaner() {}

  /** Cleans the pages of one document into passages; {@code paged} says whether page numbers mean anything. */
  static List<Passage> clean(List<String> rawPages, boolean paged) {
    List<List<String>> pages = new ArrayList<>();
    Set<String> glued = new HashSet<>();
    for (String raw : rawPages) {
      List<String> lines = new ArrayList<>();
      for (String line : normalizeCharacters(raw).split("\n", -1)) {
        if (paged && GLUED.matcher(line).find()) {
          // two fields of a running line glued together: both are furniture when they repeat
          for (String part : GLUED.split(line)) {
            lines.add(part);
            glued.add(key(part));
          }
        } else {
          lines.add(line);
        }
      }
      pages.add(lines);
    }
    if (paged) {
      dropRunningLines(pages, glued);
    }
    String allText = String.join("\n", pages.stream().map(p -> String.join("\n", p)).toList());
    Set<String> hyphenatedWords = hyphenatedWords(allText);
    int width = typicalWidth(pages);
    boolean unwrapped = width > UNWRAPPED_WIDTH;

    List<Passage> out = new ArrayList<>();
    StringBuilder para = null;
    int paraPage = 0;
    for (int p = 0; p < pages.size(); p++) {
      int pageNo = paged ? p + 1 : 0;
      List<String> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
          if (para != null) {
            emit(out, para, paraPage);
            para = null;
          }
          continue;
        }
        if (para != null && unwrapped && endsSentence(para) && !startsLowerCase(line)) {
          // no line of a wrapped paragraph is this long: one line per paragraph, as web text saved as text is
          emit(out, para, paraPage);
          para = null;
        }
        if (para == null) {
          para = new StringBuilder(line);
          paraPage = pageNo;
        } else {
          join(para, line, width, hyphenatedWords);
        }
      }
      // a paragraph running over a page break goes on if it ends mid-sentence and the next page goes on in lower case
      if (para != null && !(p + 1 < pages.size() && startsLowerCase(firstLine(pages.get(p + 1)))
          && !endsSentence(para))) {
        emit(out, para, paraPage);
        para = null;
      }
    }
    if (para != null) {
      emit(out, para, paraPage);
    }
    return out;
  }

  /** Replaces ligatures, odd spaces, soft hyphens, zero-width and control characters; unifies line ends. */
  static String normalizeCharacters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
      } else if (c == '\r') {
        sb.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
      } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
        sb.append('\n');
      } else if (c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
          || c == '\u205F' || c == '\u3000') {
        sb.append(' ');
      } else if (c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF') {
        // soft hyphen, zero-width characters, byte-order mark: dropped
      } else if (c == '\u2010' || c == '\u2011') {
        sb.append('-');
      } else if (Character.isISOControl(c) && c != '\n') {
        // other control characters: dropped
      } else {
        sb.append(c);
      }
    }
    return sb.toString().replaceAll(" {2,}", " ").replaceAll("(?m) +$", "");
  }

  /**
   * Drops page numbers and the header and footer lines that repeat at the edges of most pages, and the lines with a
   * page number, an address or a date that repeat on most pages wherever they sit (a browser prints its header and
   * footer last, so they come out in the middle of the page's text).
   */
  static void dropRunningLines(List<List<String>> pages) {
    dropRunningLines(pages, Set.of());
  }

  private static void dropRunningLines(List<List<String>> pages, Set<String> glued) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int idx : edgeIndexes(page)) {
        seen.add(key(page.get(idx)));
      }
      seen.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    int threshold = Math.max(2, (pages.size() + 1) / 2);
    for (List<String> page : pages) {
      for (int idx : edgeIndexes(page)) {
        String line = page.get(idx).strip();
        boolean running = pages.size() >= 2 && counts.getOrDefault(key(line), 0) >= threshold && line.length() <= 120;
        if (running || PAGE_NUMBER.matcher(line).matches()) {
          page.set(idx, "");
        }
      }
    }
    dropRepeatedFurniture(pages, glued);
  }

  private static void dropRepeatedFurniture(List<List<String>> pages, Set<String> glued) {
    if (pages.size() < 3) return;
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (String line : page) {
        if (furniture(line, glued)) seen.add(key(line));
      }
      seen.forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    int threshold = Math.max(3, (int) Math.ceil(0.6 * pages.size()));
    for (List<String> page : pages) {
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        if (furniture(line, glued) && counts.getOrDefault(key(line), 0) >= threshold) page.set(i, "");
      }
    }
  }

  /** A short line that looks like page furniture: a page number, an address, a date, or a field glued to one. */
  private static boolean furniture(String line, Set<String> glued) {
    return !line.isBlank() && line.strip().length() <= 120
        && (FURNITURE.matcher(line).find() || glued.contains(key(line)));
  }

  private static List<Integer> edgeIndexes(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) nonBlank.add(i);
    }
    Set<Integer> edges = new java.util.TreeSet<>();
    // a short page has a narrow edge: its body lines must not be mistaken for furniture
    int zone = Math.min(EDGE_LINES, Math.max(1, nonBlank.size() / 4));
    for (int i = 0; i < Math.min(zone, nonBlank.size()); i++) {
      edges.add(nonBlank.get(i));
      edges.add(nonBlank.get(nonBlank.size() - 1 - i));
    }
    return new ArrayList<>(edges);
  }

  /** Lines compare ignoring case and spacing; short lines also ignoring numbers ("Page 3", "Report 2024 | 7"). */
  private static String key(String line) {
    String k = line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return k.length() <= 40 ? k.replaceAll("\\d+", "#") : k;
  }

  /**
   * The line length that counts as a full line: the 90th percentile of line lengths, at least 60, so that the short
   * lines of a letter head are not taken for a wrapped paragraph.
   */
  private static int typicalWidth(List<List<String>> pages) {
    List<Integer> lengths = new ArrayList<>();
    for (List<String> page : pages) {
      for (String l : page) {
        if (!l.isBlank()) lengths.add(l.strip().length());
      }
    }
    if (lengths.isEmpty()) return 60;
    lengths.sort(null);
    return Math.max(60, lengths.get((int) Math.floor(0.9 * (lengths.size() - 1))));
  }

  private static void join(StringBuilder para, String line, int width, Set<String> hyphenatedWords) {
    int lastBreak = para.lastIndexOf("\n");
    String previous = para.substring(lastBreak + 1);
    boolean full = previous.length() >= 0.7 * width && !previous.endsWith(":");
    boolean continuation = startsLowerCase(line) && !BULLET.matcher(line).lookingAt();
    if (!full && !continuation || BULLET.matcher(line).lookingAt()) {
      para.append('\n').append(line);
      return;
    }
    Matcher m = Pattern.compile("(\\p{L}+)-$").matcher(previous);
    if (m.find() && continuation) {
      String head = m.group(1);
      String tail = line.split("[^\\p{L}]", 2)[0];
      boolean keepHyphen = hyphenatedWords.contains((head + "-" + tail).toLowerCase(Locale.ROOT));
      if (!keepHyphen) {
        para.setLength(para.length() - 1);
      }
      para.append(line);
    } else {
      para.append(' ').append(line);
    }
  }

  /** Words written with a hyphen inside a line: evidence that a hyphen at a line end is a real one. */
  private static Set<String> hyphenatedWords(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = HYPHENATED.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static String firstLine(List<String> page) {
    for (String l : page) {
      if (!l.isBlank()) return l.strip();
    }
    return "";
  }

  private static boolean startsLowerCase(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
  }

  private static boolean endsSentence(CharSequence para) {
    String s = para.toString().stripTrailing();
    return s.isEmpty() || ".!?:;\"'\u201d\u2019)".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  private static void emit(List<Passage> out, StringBuilder para, int page) {
    String text = para.toString().strip();
    if (text.isEmpty()) return;
    if (text.length() <= MAX_PASSAGE) {
      out.add(new Passage(out.size(), page, text));
      return;
    }
    StringBuilder chunk = new StringBuilder();
    for (String sentence : SENTENCE_END.split(text)) {
      if (chunk.length() > 0 && chunk.length() + sentence.length() + 1 > MAX_PASSAGE) {
        out.add(new Passage(out.size(), page, chunk.toString()));
        chunk.setLength(0);
      }
      if (chunk.length() > 0) chunk.append(' ');
      chunk.append(sentence);
    }
    if (chunk.length() > 0) {
      out.add(new Passage(out.size(), page, chunk.toString()));
    }
  }
}

package org.oversight.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The main content of a web page: the article or main region, with navigation, cookie banners, sharing widgets and
 * footers left out, as blocks of text. Also reads the publication date and title a news page states in its markup.
 */
final class HtmlContent {
  private static final Set<String> MARKERS = loadMarkers();
  private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "pre", "tr", "dd", "dt", "figcaption", "div", "section", "article", "header", "time", "address", "table", "ul",
      "ol", "dl", "main", "aside", "footer", "caption");
  private static final String FURNITURE = "script, style, noscript, template, svg, iframe, form, nav, button, select,"
      + " input, [role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true], [hidden]";

  final String title;
  final List<String> blocks;
  final Map<String, String> metadata;

  private HtmlContent(String title, List<String> blocks, Map<String, String> metadata) {
    this.title = title;
    this.blocks = blocks;
    this.metadata = metadata;
  }

  /** Deeper than this a page is not a page but an attack on the parser, or a broken generator. */
  static final int MAX_DEPTH = 512;

  /** The deepest nesting of elements in the page, counted without recursion. */
  static int depth(Document doc) {
    int[] max = {0};
    doc.traverse((node, depth) -> max[0] = Math.max(max[0], depth));
    return max[0];
  }

  static HtmlContent parse(Document doc) {
    Map<String, String> meta = new LinkedHashMap<>();
    String published = firstNonBlank(
        attr(doc, "meta[property=article:published_time]", "content"),
        attr(doc, "meta[name=article:published_time]", "content"),
        attr(doc, "meta[itemprop=datePublished]", "content"),
        attr(doc, "meta[name~=(?i)^(date|pubdate|publish-date|dc\\.date|dcterms\\.date|dc\\.date\\.issued)$]",
            "content"),
        attr(doc, "time[itemprop=datePublished]", "datetime"),
        attr(doc, "article time[datetime], main time[datetime], time[pubdate]", "datetime"));
    if (published != null) meta.put("published", published);
    String author = firstNonBlank(attr(doc, "meta[name=author]", "content"),
        attr(doc, "meta[property=article:author]", "content"));
    if (author != null) meta.put("author", author);

    String headline = firstNonBlank(text(doc.selectFirst("h1")), attr(doc, "meta[property=og:title]", "content"),
        doc.title());
    doc.select(FURNITURE).remove();
    for (Element e : doc.body() == null ? new Elements() : doc.body().getAllElements()) {
      if (e != doc.body() && e.parent() != null && isFurniture(e)) {
        e.remove();
      }
    }
    // a page header or footer outside the article is furniture; one inside it holds the headline or byline
    for (Element e : doc.select("header, footer, aside")) {
      if (e.closest("article, main, [role=main]") == null || e.tagName().equals("aside")) {
        e.remove();
      }
    }
    Element root = mainRegion(doc);
    List<String> blocks = blocks(root);
    if (headline != null && !headline.isBlank() && (blocks.isEmpty() || !blocks.get(0).equals(headline.strip()))
        && root.selectFirst("h1") == null) {
      blocks.add(0, headline.strip());
    }
    return new HtmlContent(headline == null ? null : headline.strip(), blocks, meta);
  }

  /** Picks the element holding the content: an article, the main region, or the densest cluster of paragraphs. */
  private static Element mainRegion(Document doc) {
    Element best = null;
    for (Element a : doc.select("article")) {
      if (best == null || paragraphText(a) > paragraphText(best)) best = a;
    }
    if (best != null && paragraphText(best) > 200) return best;
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null) return main;
    Element body = doc.body() == null ? doc : doc.body();
    Element densest = body;
    int most = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      int len = 0;
      for (Element child : parent.children()) {
        if (child.tagName().equals("p")) len += child.text().length();
      }
      if (len > most) {
        most = len;
        densest = parent;
      }
    }
    return most > 0.5 * paragraphText(body) ? densest : body;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n;
  }

  private static boolean isFurniture(Element e) {
    for (String token : (e.id() + " " + e.className()).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
      if (MARKERS.contains(token)) return true;
    }
    return false;
  }

  private static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          cur.append(t.text());
        } else if (node instanceof Element e) {
          if (e.tagName().equals("br")) cur.append('\n');
          else if (BLOCK_TAGS.contains(e.tagName())) flush(out, cur);
          else if (e.tagName().equals("td") || e.tagName().equals("th")) cur.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) flush(out, cur);
      }
    });
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    String s = cur.toString().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" ?\n ?", "\n").strip();
    if (!s.isEmpty()) out.add(s);
    cur.setLength(0);
  }

  private static String attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attribute);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }

  private static Set<String> loadMarkers() {
    Set<String> set = new HashSet<>();
    try (InputStream in = HtmlContent.class.getResourceAsStream("boilerplate-markers.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource boilerplate-markers.txt", e);
    }
    return set;
  }
}

package org.oversight.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.oversight.domain.Resources;

/**
 * What a web page says of itself, read from what it holds rather than from where it lives: its heading; whether it
 * presents a publication (a "Get the report" block, a "Published on" line) wherever the site put it; whether it is a
 * letter (a "Letter information" block, labelled To and Sent on lines) and to whom it is addressed; and its links
 * with the words beside them, telling the site's navigation apart from the page's content. The cues are in
 * {@code page-cues.tsv}.
 */
final class Page {
  /**
   * A link on the page: where it goes, its text, the other words of its list item or row (dates taken out), the
   * date they give, and whether it is the page's content rather than the site's navigation.
   */
  record Anchor(URI uri, String text, String context, String date, boolean content) {}

  private enum Cue { PUBLICATION, NOT_PUBLICATION, LETTER, TO, SENT, LABEL }

  private static final Map<Cue, List<Pattern>> CUES = cues();
  private static final Pattern DATE = Pattern.compile(
      "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(january|february|march|april|may|june|july|august|september|october"
          + "|november|december)\\s+(\\d{4})\\b");
  private static final Pattern PUBLISHED = Pattern.compile("(?i)\\bpublished(?: on)?\\s*:?\\s*(?=\\d)");
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "form");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search",
      "complementary");
  private static final Pattern CHROME_CLASS = Pattern.compile("(?i)(?:site-|main-|primary-|global-|page-|top-)?"
      + "(?:nav|navbar|navigation|menu|header|footer|breadcrumbs?|sidebar|masthead|cookies?|share|social|skip-link)"
      + "(?:-(?:menu|nav|links|bar|banner|wrapper|container|area))?");

  private final String heading;
  private final List<String> lines;
  private final List<Anchor> anchors;

  private Page(String heading, List<String> lines, List<Anchor> anchors) {
    this.heading = heading;
    this.lines = lines;
    this.anchors = anchors;
  }

  /** Reads a page; its charset from the page itself, links resolved against its address. */
  static Page read(byte[] html, URI base) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    return new Page(heading, lines(doc.body() == null ? doc : doc.body()), anchors(doc));
  }

  /** The page's first H1, or null. */
  String heading() {
    return heading;
  }

  List<Anchor> anchors() {
    return anchors;
  }

  /** A "Get the report" block or a "Published on" line, and not a news release's "Notes to editors". */
  boolean presentsPublication() {
    return any(Cue.PUBLICATION) && !any(Cue.NOT_PUBLICATION);
  }

  /** A "Letter information" block, or labelled To and Sent on lines. */
  boolean isLetter() {
    return any(Cue.LETTER) || (any(Cue.TO) && any(Cue.SENT));
  }

  /** The page's "Published on" date, ISO, or null. */
  String published() {
    for (String line : lines) {
      Matcher m = PUBLISHED.matcher(line);
      if (m.find()) {
        String d = date(line.substring(m.end()));
        if (d != null) return d;
      }
    }
    return null;
  }

  /** A letter's "Sent on" date (on the label's line or the next), ISO, or null. */
  String sentOn() {
    List<String> value = field(Cue.SENT);
    return value.isEmpty() ? null : date(String.join(" ", value));
  }

  /** The words of a letter's To block (name, role, body), up to the next label; empty if there is none. */
  String addressee() {
    return String.join(", ", field(Cue.TO));
  }

  /** The value of a labelled field: the rest of the label's line, or the lines after it up to the next label. */
  private List<String> field(Cue label) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = match(label, lines.get(i));
      if (m == null) continue;
      List<String> value = new ArrayList<>();
      if (m.groupCount() >= 1 && m.group(1) != null && !m.group(1).isBlank()) value.add(m.group(1).strip());
      for (int j = i + 1; j < lines.size() && value.size() < 4 && match(Cue.LABEL, lines.get(j)) == null; j++) {
        if (!value.isEmpty() && label == Cue.SENT) break;
        value.add(lines.get(j));
      }
      return value;
    }
    return List.of();
  }

  /** The first "14 March 2030" in a text, ISO, or null. */
  static String date(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) return null;
    try {
      String month = m.group(2).substring(0, 1).toUpperCase(Locale.UK) + m.group(2).substring(1).toLowerCase(Locale.UK);
      return LocalDate.parse(m.group(1) + " " + month + " " + m.group(3), DAY_MONTH_YEAR).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The words of a link's list item or row, without its links and without a date line, or "". */
  static String withoutDates(String context) {
    String s = PUBLISHED.matcher(context).replaceAll(" ");
    s = DATE.matcher(s).replaceAll(" ");
    return s.replaceAll("\\s+", " ").replaceAll("^[\\s|:\u2013-]+|[\\s|:\u2013-]+$", "").strip();
  }

  private boolean any(Cue cue) {
    for (String line : lines) {
      if (match(cue, line) != null) return true;
    }
    return false;
  }

  private static Matcher match(Cue cue, String line) {
    for (Pattern p : CUES.get(cue)) {
      Matcher m = p.matcher(line);
      if (m.matches()) return m;
    }
    return null;
  }

  /** The page's text as a reader sees its lines: a break at every block element and every <br>. */
  private static List<String> lines(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          line.append(t.text());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          flush();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) flush();
      }

      private void flush() {
        String s = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        line.setLength(0);
      }
    }, root);
    String rest = line.toString().replaceAll("\\s+", " ").strip();
    if (!rest.isEmpty()) out.add(rest);
    return List.copyOf(out);
  }

  private static List<Anchor> anchors(Document doc) {
    List<Anchor> out = new ArrayList<>();
    for (Element a : doc.select("a[href]")) {
      String href = a.absUrl("href");
      if (!(href.startsWith("http://") || href.startsWith("https://"))) continue;
      URI target;
      try {
        target = URI.create(href.replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        continue;
      }
      Element block = a.closest("li, tr, p, dd");
      String words = "";
      if (block != null) {
        Element copy = block.clone();
        copy.select("a").remove();
        words = copy.text();
      }
      out.add(new Anchor(target, a.text().strip(), withoutDates(words), date(words), !inSiteChrome(a)));
    }
    return List.copyOf(out);
  }

  /**
   * Whether a link sits in the site's navigation rather than in the page's content: a nav, aside or form, a banner or
   * footer role, a menu or breadcrumb class, or a header or footer that is not an article's own.
   */
  private static boolean inSiteChrome(Element a) {
    boolean insideContent = false;
    List<Element> ancestors = new ArrayList<>();
    for (Element e = a.parent(); e != null && !e.nameIs("body"); e = e.parent()) ancestors.add(e);
    for (int i = ancestors.size() - 1; i >= 0; i--) { // from the outside in
      Element e = ancestors.get(i);
      String tag = e.normalName();
      if (CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
      if (!insideContent && (tag.equals("header") || tag.equals("footer"))) return true;
      if (tag.equals("main") || tag.equals("article") || tag.equals("section")) insideContent = true;
      for (String token : (e.className() + " " + e.id()).split("\\s+")) {
        if (!token.isEmpty() && CHROME_CLASS.matcher(token).matches()) return true;
      }
    }
    return false;
  }

  private static Map<Cue, List<Pattern>> cues() {
    Map<Cue, List<Pattern>> m = new EnumMap<>(Cue.class);
    for (Cue c : Cue.values()) m.put(c, new ArrayList<>());
    for (String line : Resources.lines(Page.class, "page-cues.tsv")) {
      String[] kv = line.split("\t", 2);
      if (kv.length < 2) continue;
      m.get(Cue.valueOf(kv[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'))).add(Pattern.compile(kv[1].strip()));
    }
    return m;
  }
}

package org.oversight.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika emits into pages of raw text. A PDF page arrives as {@code <div class="page">};
 * other formats are one page. Block elements end with a blank line; line breaks inside a block are kept, as the
 * cleaner needs them to rejoin wrapped lines and to find running headers.
 */
final class PageCollector extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "title", "dd", "dt");

  private final List<String> pages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  /** Deeper than this, elements are an attack on the parser (or a broken generator), not a document. */
  static final int MAX_DEPTH = 512;

  private boolean paged;
  private int headDepth;
  private int depth;

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (++depth > MAX_DEPTH) {
      throw new SAXException("elements nest too deep: more than " + MAX_DEPTH + " levels");
    }
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      if (paged || current.toString().isBlank()) {
        flushPage();
      }
      paged = true;
    } else if (BLOCKS.contains(name)) {
      endBlock();
    } else if (name.equals("td") || name.equals("th")) {
      current.append(' ');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    depth--;
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth--;
    } else if (name.equals("div") && paged) {
      // the page div may contain nested divs (annotations); a page ends at the next page start or at the end
      endBlock();
    } else if (BLOCKS.contains(name)) {
      endBlock();
    } else if (name.equals("br")) {
      current.append('\n');
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (headDepth == 0) {
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (headDepth == 0) {
      current.append(ch, start, length);
    }
  }

  private void endBlock() {
    int n = current.length();
    if (n > 0 && !(n >= 2 && current.charAt(n - 1) == '\n' && current.charAt(n - 2) == '\n')) {
      current.append("\n\n");
    }
  }

  private void flushPage() {
    if (paged || !current.toString().isBlank()) {
      pages.add(current.toString());
    }
    current.setLength(0);
  }

  /** The text of each page, in order. */
  List<String> pages() {
    List<String> out = new ArrayList<>(pages);
    if (!current.toString().isBlank() || out.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }

  boolean paged() {
    return paged;
  }
}

package org.oversight.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the XHTML that Tika emits for one document (a file, or one file embedded in it) into pages of raw text.
 * A PDF page arrives as {@code <div class="page">}; every page is kept, a blank one too, so pages are counted as the
 * file has them. Text outside any page (form fields, a PDF's other furniture) is kept apart, never added to the last
 * page; formats without pages give all their text that way. Block elements end with a blank line; line breaks inside a
 * block are kept, as the cleaner needs them to rejoin wrapped lines and to find running headers. Every character and
 * page is charged to the parse's {@link Budget}.
 *
 * <p>A page with little text in its text layer (a scan with a stamped "OFFICIAL", or a page holding only its last
 * few words) is also read by OCR when Tesseract is installed, and Tika gives both, the OCR's in a {@code <div
 * class="ocr">} after the layer's. The page keeps one copy of what both read: the layer's text when it holds all the
 * OCR found, the OCR's when it holds all of the layer, and both only when each has words the other lacks.
 */
final class PageCollector extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "title", "dd", "dt");
  /** Deeper than this, elements are an attack on the parser (or a broken generator), not a document. */
  static final int MAX_DEPTH = 512;

  private final Budget budget;
  private final List<StringBuilder> pages = new ArrayList<>();
  private final StringBuilder unpaged = new StringBuilder();
  private StringBuilder current = unpaged;
  private int headDepth;
  private int depth;
  /** The depth of the page div being read, or -1 between pages. */
  private int pageDepth = -1;
  /** What OCR read of the page being read, or null when it was not read by OCR. */
  private StringBuilder ocr;
  /** The depth of the OCR div being read, or -1 outside one. */
  private int ocrDepth = -1;

  PageCollector(Budget budget) {
    this.budget = budget;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    if (++depth > MAX_DEPTH) {
      throw new SAXException("elements nest too deep: more than " + MAX_DEPTH + " levels");
    }
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("div") && "page".equals(atts.getValue("class")) && pageDepth < 0) {
      budget.page();
      current = new StringBuilder();
      pages.add(current);
      pageDepth = depth;
    } else if (name.equals("div") && "ocr".equals(atts.getValue("class")) && pageDepth >= 0 && ocrDepth < 0) {
      endBlock();
      if (ocr == null) ocr = new StringBuilder();
      current = ocr;
      ocrDepth = depth;
    } else if (BLOCKS.contains(name)) {
      endBlock();
    } else if (name.equals("td") || name.equals("th")) {
      current.append(' ');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (depth == ocrDepth) {
      endBlock();
      current = pages.get(pages.size() - 1);
      ocrDepth = -1;
    } else if (depth == pageDepth) {
      endBlock();
      if (ocr != null) mergeOcr(pages.get(pages.size() - 1));
      ocr = null;
      current = unpaged;
      pageDepth = -1;
    } else if (name.equals("head")) {
      headDepth--;
    } else if (BLOCKS.contains(name) || name.equals("div")) {
      endBlock();
    } else if (name.equals("br")) {
      current.append('\n');
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (headDepth == 0) {
      budget.spend(length);
      current.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void endBlock() {
    endBlockOf(current);
  }

  private static void endBlockOf(StringBuilder text) {
    int n = text.length();
    if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      text.append("\n\n");
    }
  }

  /** Adds to a page's text what OCR read of it that its text layer does not already hold. */
  private void mergeOcr(StringBuilder page) {
    String layer = comparable(page);
    String read = comparable(ocr);
    if (read.isEmpty() || layer.contains(read)) return;
    if (read.contains(layer)) {
      page.setLength(0);
    } else if (page.length() > 0) {
      endBlockOf(page);
    }
    page.append(ocr);
  }

  /** The letters and digits of a text, in lower case: what two readings of the same words have in common. */
  private static String comparable(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The text of each page, in order, blank pages included; empty for formats without pages. */
  List<String> pages() {
    return pages.stream().map(StringBuilder::toString).toList();
  }

  /** The text outside any page: all of it for formats without pages. */
  String unpaged() {
    return unpaged.toString();
  }

  boolean paged() {
    return !pages.isEmpty();
  }

  boolean hasText() {
    if (!unpaged.toString().isBlank()) return true;
    for (StringBuilder p : pages) {
      if (!p.toString().isBlank()) return true;
    }
    return false;
  }
}

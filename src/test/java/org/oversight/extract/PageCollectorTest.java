package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Pages as Tika gives them, OCR'd pages included: each word of a page kept once. */
class PageCollectorTest {
  private static List<String> pages(String body) throws Exception {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    PageCollector c = new PageCollector(new Budget(ExtractionLimits.defaults()));
    f.newSAXParser().parse(new InputSource(new StringReader(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")), c);
    return c.pages().stream().map(String::strip).toList();
  }

  @Test
  void aPageWhoseFewWordsOcrReadsAgainKeepsThemOnce() throws Exception {
    assertThat(pages("<div class=\"page\"><p>SAMPLE: the first page.</p></div>"
        + "<div class=\"page\"><p /><p>tolerated.</p><p /><div class=\"ocr\">tolerated.\n</div></div>"))
        .containsExactly("SAMPLE: the first page.", "tolerated.");
  }

  @Test
  void aScanWithAStampedWordIsTheOcrsText() throws Exception {
    assertThat(pages("<div class=\"page\"><p>OFFICIAL</p><div class=\"ocr\">OFFICIAL\n\nDear Chief Constable,\n"
        + "SAMPLE: thank you for the report.\n</div></div>"))
        .containsExactly("OFFICIAL\n\nDear Chief Constable,\nSAMPLE: thank you for the report.");
  }

  @Test
  void textOnlyOneReadingFoundIsKeptFromBoth() throws Exception {
    assertThat(pages("<div class=\"page\"><p>Page 4</p><div class=\"ocr\">Figure 2: arrests by month\n</div></div>"
        + "<div class=\"page\"><div class=\"ocr\">SAMPLE: a scanned page.\n</div></div>"))
        .containsExactly("Page 4\n\nFigure 2: arrests by month", "SAMPLE: a scanned page.");
  }

  @Test
  void pagesWithoutOcrAreAsTheLayerHasThem() throws Exception {
    assertThat(pages("<div class=\"page\"><p>SAMPLE: one.</p><p>SAMPLE: two.</p></div><div class=\"page\"></div>"))
        .containsExactly("SAMPLE: one.\n\nSAMPLE: two.", "");
  }
}

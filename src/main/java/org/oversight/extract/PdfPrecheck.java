package org.oversight.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A cheap look at a PDF before it is parsed, for the shapes no Tika or PDFBox setting stops in bounded memory: a page
 * tree of too many pages (PDFBox loads the whole tree before the first page) and a page whose drawing instructions
 * inflate past a limit (PDFBox decodes a stream whole, and its text stripper keeps every glyph of a page until the
 * page ends). Streams are inflated through a counter and thrown away, so the check itself stays small.
 */
final class PdfPrecheck {
  private PdfPrecheck() {}

  /** Null when the PDF may be parsed; otherwise why it is refused, in one line. */
  static String refusal(Path pdf, ExtractionLimits limits) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int pages = doc.getNumberOfPages(); // the root's /Count: no page is loaded yet
      if (pages > limits.maxPages()) {
        return "too many pages: " + pages + " (limit " + limits.maxPages() + ")";
      }
      int n = 0;
      for (PDPage page : doc.getPages()) {
        if (++n > limits.maxPages()) return "too many pages: more than " + limits.maxPages() + " in its page tree";
        long size = contentSize(page.getCOSObject().getDictionaryObject(COSName.CONTENTS),
            limits.maxPageContentBytes());
        if (size > limits.maxPageContentBytes()) {
          return "page " + n + " holds more than " + megabytes(limits.maxPageContentBytes())
              + " of drawing instructions";
        }
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // a PDF that PDFBox cannot open here is the parser's to report, with its own reason
    }
  }

  private static long contentSize(COSBase contents, long cap) throws IOException {
    if (contents instanceof COSStream s) return inflated(s, cap);
    long size = 0;
    if (contents instanceof COSArray a) {
      for (COSBase b : a) {
        COSBase o = b instanceof COSObject ob ? ob.getObject() : b;
        if (o instanceof COSStream s) size += inflated(s, cap - size);
        if (size > cap) break;
      }
    }
    return size;
  }

  /** The decoded size of a stream, counted without keeping it, stopping just past {@code cap}. */
  private static long inflated(COSStream s, long cap) throws IOException {
    COSBase filter = s.getDictionaryObject(COSName.FILTER);
    boolean flate = COSName.FLATE_DECODE.equals(filter)
        || filter instanceof COSArray a && a.size() >= 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
    if (!flate) return s.getLength();
    long n = 0;
    try (InputStream in = new InflaterInputStream(s.createRawInputStream())) {
      byte[] buf = new byte[1 << 16];
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
        if (n > cap) return n;
      }
    } catch (IOException e) {
      return n; // broken compressed data: the parser will say so
    }
    return n;
  }

  private static String megabytes(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }
}

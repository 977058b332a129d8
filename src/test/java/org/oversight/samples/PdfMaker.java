package org.oversight.samples;

import org.oversight.domain.Forces;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes real PDFs with PDFBox for samples and tests: paragraphs wrapped into lines (long words hyphenated at the
 * line end, as typesetting does), laid out over as many pages as they need, with an optional running header and
 * "Page N of M" footer on every page.
 */
public final class PdfMaker {
  private static final float MARGIN = 60;
  private static final float SIZE = 11;
  private static final float LEADING = 14;
  private static final int COLUMNS = 88;

  private String header;
  private boolean pageNumbers;
  private int linesPerPage = 44;
  private final List<String> paragraphs = new ArrayList<>();

  public PdfMaker header(String runningHeader) {
    this.header = runningHeader;
    return this;
  }

  public PdfMaker pageNumbers() {
    this.pageNumbers = true;
    return this;
  }

  public PdfMaker linesPerPage(int n) {
    this.linesPerPage = n;
    return this;
  }

  /** A paragraph; a "\n" inside keeps a hard line break (address blocks, signatures). */
  public PdfMaker paragraph(String text) {
    paragraphs.add(text);
    return this;
  }

  /** Forces a page break. */
  public PdfMaker pageBreak() {
    paragraphs.add("\f");
    return this;
  }

  public Path write(Path out) throws IOException {
    List<List<String>> pages = layout();
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          if (header != null) text(cs, font, 9, MARGIN, top + 20, header);
          float y = top - 10;
          for (String line : pages.get(p)) {
            if (!line.isEmpty()) text(cs, font, SIZE, MARGIN, y, line);
            y -= LEADING;
          }
          if (pageNumbers) text(cs, font, 9, 270, MARGIN - 25, "Page " + (p + 1) + " of " + pages.size());
        }
      }
      doc.save(out.toFile());
    }
    return out;
  }

  private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Lines per page; an empty line is the gap between paragraphs. */
  private List<List<String>> layout() {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (String para : paragraphs) {
      if (para.equals("\f")) {
        pages.add(page);
        page = new ArrayList<>();
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (String hard : para.split("\n")) lines.addAll(wrap(hard));
      for (String line : lines) {
        if (page.size() >= linesPerPage) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(line);
      }
      if (!page.isEmpty()) page.add("");
    }
    if (!page.isEmpty()) pages.add(page);
    return pages;
  }

  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      int room = COLUMNS - line.length() - (line.length() > 0 ? 1 : 0);
      if (word.length() <= room) {
        if (line.length() > 0) line.append(' ');
        line.append(word);
        continue;
      }
      // hyphenate a long plain word if a useful part of it fits
      if (word.length() >= 9 && room >= 5 && word.chars().allMatch(Character::isLetter)) {
        int cut = room - 1;
        if (word.length() - cut >= 3) {
          if (line.length() > 0) line.append(' ');
          line.append(word, 0, cut).append('-');
          lines.add(line.toString());
          line.setLength(0);
          line.append(word.substring(cut));
          continue;
        }
      }
      lines.add(line.toString());
      line.setLength(0);
      line.append(word);
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }
}

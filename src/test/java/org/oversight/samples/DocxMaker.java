package org.oversight.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Writes real Word (DOCX) files with Apache POI: one paragraph per string, "\n" as a line break inside one. */
public final class DocxMaker {
  private DocxMaker() {}

  public static Path write(Path out, String title, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      doc.getProperties().getCoreProperties().setTitle(title);
      for (String p : paragraphs) {
        XWPFParagraph para = doc.createParagraph();
        String[] lines = p.split("\n");
        var run = para.createRun();
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) run.addBreak();
          run.setText(lines[i], i);
        }
      }
      doc.write(os);
    }
    return out;
  }
}

package org.oversight.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a PDF whose page is only a picture of text, as a scanned letter is: no text layer at all. The picture is
 * stored losslessly, or as JPEG 2000 as many scanners store it.
 */
public final class ScanMaker {
  private ScanMaker() {}

  public static Path write(Path out, String... lines) throws IOException {
    BufferedImage img = picture(lines);
    try (PDDocument doc = new PDDocument()) {
      return page(doc, LosslessFactory.createFromImage(doc, img), out);
    }
  }

  /** The same page with its picture in JPEG 2000 ({@code /JPXDecode}), written by the JPEG 2000 image plugin. */
  public static Path writeJpeg2000(Path out, String... lines) throws IOException {
    BufferedImage img = picture(lines);
    java.io.ByteArrayOutputStream jpx = new java.io.ByteArrayOutputStream();
    if (!javax.imageio.ImageIO.write(img, "jpeg2000", jpx)) throw new IOException("no JPEG 2000 writer");
    try (PDDocument doc = new PDDocument()) {
      PDImageXObject image = new PDImageXObject(doc, new java.io.ByteArrayInputStream(jpx.toByteArray()),
          org.apache.pdfbox.cos.COSName.JPX_DECODE, img.getWidth(), img.getHeight(), 8,
          org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
      return page(doc, image, out);
    }
  }

  private static Path page(PDDocument doc, PDImageXObject image, Path out) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    }
    doc.save(out.toFile());
    return out;
  }

  private static BufferedImage picture(String... lines) {
    BufferedImage img = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY); // A4 at 200 dpi
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
    int y = 250;
    for (String line : lines) {
      g.drawString(line, 160, y);
      y += 80;
    }
    g.dispose();
    return img;
  }
}

package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.samples.HostileFiles;
import org.oversight.samples.PdfMaker;
import org.oversight.samples.ScanMaker;

/** What a PDF's pages say, and only that: no outline as page text, no glued header fields, every page counted. */
class TextFidelityTest {
  @TempDir Path dir;
  private final Extractor extractor = new Extractor();

  @Test
  void bookmarksAreNotTextOfTheLastPage() throws Exception {
    Path pdf = new PdfMaker().paragraph("SAMPLE: section one is about custody.").pageBreak()
        .paragraph("SAMPLE: section two is about vetting.").write(dir.resolve("outlined.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDDocumentOutline outline = new PDDocumentOutline();
      for (int i = 0; i < 2; i++) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle("Bookmark to section " + (i + 1));
        item.setDestination(doc.getPage(i));
        outline.addLast(item);
      }
      doc.getDocumentCatalog().setDocumentOutline(outline);
      doc.save(pdf.toFile());
    }
    ExtractedDocument d = extractor.extract(pdf);
    assertThat(d.text()).doesNotContain("Bookmark");
    assertThat(d.passages()).extracting(Passage::page, Passage::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "SAMPLE: section one is about custody."),
        org.assertj.core.groups.Tuple.tuple(2, "SAMPLE: section two is about vetting."));
  }

  @Test
  void footerFieldsDrawnRightToLeftAreNotGluedIntoTheText() throws Exception {
    Path pdf = HostileFiles.browserPrint(dir.resolve("print.pdf"), "Survey Manager",
        "SAMPLE: the first page of the survey.", "SAMPLE: the second page of the survey.",
        "SAMPLE: the third page of the survey.");
    ExtractedDocument d = extractor.extract(pdf);
    assertThat(d.text()).doesNotContain("Page", "Survey Manager");
    assertThat(d.text()).contains("SAMPLE: the first page of the survey.", "SAMPLE: the third page of the survey.");
  }

  @Test
  void jpeg2000PicturesInPdfsAreDecodedSoTheirPagesCanBeOcrd() throws Exception {
    Path scan = ScanMaker.writeJpeg2000(dir.resolve("scan.pdf"), "Dear Home Secretary,",
        "I welcome the report on custody in Gwent.");
    try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
      var image = (PDImageXObject) doc.getPage(0).getResources().getXObject(
          doc.getPage(0).getResources().getXObjectNames().iterator().next());
      assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.JPX_DECODE);
      // without the JPEG 2000 plugin PDFBox refuses: "Cannot read JPEG2000 image: Java Advanced Imaging ..."
      assertThat(image.getImage().getWidth()).isEqualTo(1654);
    }
    if (Ocr.available()) assertThat(extractor.extract(scan).text()).contains("Gwent");
  }

  @Test
  void aPageHoldingOnlyItsLastWordsHasThemOnceWhenOcrReadsThemToo() throws Exception {
    // under ten characters of text: Tika has Tesseract read the page as well, and gives both readings
    Path pdf = new PdfMaker().paragraph("SAMPLE: the commissioner's response continues to the next page and")
        .pageBreak().paragraph("ends.").write(dir.resolve("spill.pdf"));
    ExtractedDocument d = extractor.extract(pdf);
    assertThat(d.passages()).filteredOn(p -> p.page() == 2).extracting(Passage::text).containsExactly("ends.");
  }

  @Test
  void aPageWithoutTextIsCountedAndSaid() throws Exception {
    Path pdf = new PdfMaker().paragraph("SAMPLE: a letter whose signed last page was scanned.")
        .write(dir.resolve("letter.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      doc.addPage(new PDPage(PDRectangle.A4)); // a scan without a text layer reads as a blank page
      doc.save(pdf.toFile());
    }
    ExtractedDocument d = extractor.extract(pdf);
    assertThat(d.pages()).isEqualTo(2);
    assertThat(d.metadata()).containsEntry(Extractor.PAGES_WITHOUT_TEXT, "1");
  }
}

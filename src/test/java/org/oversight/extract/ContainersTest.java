package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.samples.DocxMaker;
import org.oversight.samples.HostileFiles;
import org.oversight.samples.PdfMaker;

/** The documents inside an archive or a message are documents of their own, with their container recorded. */
class ContainersTest {
  @TempDir Path dir;
  private final Extractor extractor = new Extractor();

  @Test
  void eachDocumentInsideAZipIsItsOwnWithItsPlaceInside() throws Exception {
    Path letter = new PdfMaker().paragraph("SAMPLE: the inspectorate wrote about custody in Kent.")
        .write(dir.resolve("letter.pdf"));
    Path response = DocxMaker.write(dir.resolve("response.docx"), "Response",
        "SAMPLE: the commissioner answered on custody.");
    Path zip = HostileFiles.zipOf(dir.resolve("papers.zip"), letter, response);

    Extraction x = extractor.extractAll(extractor.load(zip));

    assertThat(x.documents()).extracting(ExtractedDocument::fileName)
        .containsExactly("papers.zip/letter.pdf", "papers.zip/response.docx");
    ExtractedDocument pdf = x.documents().get(0);
    assertThat(pdf.format()).isEqualTo("pdf");
    assertThat(pdf.pages()).isEqualTo(1);
    assertThat(pdf.source().path()).isEqualTo(zip);
    assertThat(pdf.metadata()).containsEntry(ExtractedDocument.EMBEDDED_PATH, "/letter.pdf");
    // an entry's identity is the SHA-256 of its own bytes, as for a file on its own
    assertThat(pdf.source().id()).isEqualTo(extractor.load(letter).source().id());
    assertThat(x.documents().get(1).passages()).extracting(Passage::text)
        .containsExactly("SAMPLE: the commissioner answered on custody.");
  }

  @Test
  void aMessageIsADocumentAndSoIsItsAttachment() throws Exception {
    Path annex = new PdfMaker().paragraph("SAMPLE: the annex lists twelve recommendations on vetting.")
        .write(dir.resolve("annex.pdf"));
    Path mail = HostileFiles.mailWithAttachment(dir.resolve("response.eml"),
        "SAMPLE: please find attached our response on vetting.", annex, "application/pdf");

    Extraction x = extractor.extractAll(extractor.load(mail));

    assertThat(x.documents()).extracting(ExtractedDocument::fileName)
        .containsExactly("response.eml", "response.eml/annex.pdf");
    assertThat(x.documents().get(0).text()).contains("please find attached our response on vetting");
    assertThat(x.documents().get(0).text()).doesNotContain("twelve recommendations");
    assertThat(x.documents().get(1).text()).contains("the annex lists twelve recommendations on vetting");
  }

  @Test
  void aBrokenFileInsideAnArchiveIsNamedAndTheRestRead() throws Exception {
    Path good = Files.writeString(dir.resolve("note.txt"), "SAMPLE: a note on road policing.");
    byte[] pdf = Files.readAllBytes(new PdfMaker().paragraph("Whole.").write(dir.resolve("whole.pdf")));
    Path broken = Files.write(dir.resolve("broken.pdf"), java.util.Arrays.copyOf(pdf, 300));
    Path zip = HostileFiles.zipOf(dir.resolve("mixed.zip"), good, broken);

    Extraction x = extractor.extractAll(extractor.load(zip));

    assertThat(x.documents()).extracting(ExtractedDocument::fileName).containsExactly("mixed.zip/note.txt");
    assertThat(x.inside()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo(zip);
      assertThat(f.reason()).startsWith("inside it, broken.pdf: pdf could not be parsed: ");
    });
  }
}

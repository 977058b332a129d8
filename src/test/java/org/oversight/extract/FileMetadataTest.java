package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.ExtractedDocument;
import org.oversight.samples.DocxMaker;

/**
 * Issue 11, defect 17 (in part): {@code show} listed "Apache POI" as a DOCX's author. The file's "author" property
 * often names the software that wrote it (POI fills it in unless told otherwise): such a value is not an author.
 */
class FileMetadataTest {
  @TempDir Path dir;

  @Test
  void theSoftwareThatWroteAFileIsNotItsAuthor() throws Exception {
    Path file = DocxMaker.write(dir.resolve("made-by-poi.docx"), "A response", "I welcome the report.");
    ExtractedDocument doc = new Extractor().extract(file);
    assertThat(doc.metadata()).doesNotContainKey("author").doesNotContainValue("Apache POI");
  }

  @Test
  void aPersonNamedAsAuthorIsKept() throws Exception {
    Path file = dir.resolve("typed.docx");
    try (XWPFDocument d = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
      d.getProperties().getCoreProperties().setCreator("Jane Example");
      d.createParagraph().createRun().setText("I welcome the report.");
      d.write(os);
    }
    assertThat(new Extractor().extract(file).metadata()).containsEntry("author", "Jane Example");
  }
}

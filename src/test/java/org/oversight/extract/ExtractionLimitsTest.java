package org.oversight.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.model.FailureKind;
import org.oversight.samples.HostileFiles;

/**
 * Each limit on what one file may become, hit by a small hostile file of its shape, with the limit lowered where the
 * real one would need a large file: the file is refused with one line and the memory it could take stays bounded.
 */
class ExtractionLimitsTest {
  @TempDir Path dir;

  private static Extractor limited(int chars, int embedded, int depth, int pages, long pageBytes) {
    return new Extractor(Extractor.DEFAULT_MAX_BYTES, new ExtractionLimits(chars, embedded, depth, pages, pageBytes));
  }

  private static void refused(Extractor x, Path file, FailureKind kind, String reason) {
    assertThatThrownBy(() -> x.extractAll(x.load(file))).isInstanceOfSatisfying(ExtractionException.class, e -> {
      assertThat(e.kind()).isEqualTo(kind);
      assertThat(e.getMessage()).isEqualTo(reason);
    });
  }

  @Test
  void textFarLargerThanItsFileIsRefusedAtTheCharacterLimit() throws Exception {
    Path bomb = HostileFiles.gzipText(dir.resolve("notes.txt.gz"), 3_000_000); // 3 million characters in ~10 KB
    assertThat(Files.size(bomb)).isLessThan(100_000);
    refused(limited(1_000_000, 100, 5, 100, 1 << 20), bomb, FailureKind.TOO_LARGE,
        "too large once extracted: more than 1,000,000 characters of text");
    Path plain = Files.writeString(dir.resolve("long.txt"), HostileFiles.SENTENCE.repeat(20_000));
    refused(limited(1_000_000, 100, 5, 100, 1 << 20), plain, FailureKind.TOO_LARGE,
        "too large once extracted: more than 1,000,000 characters of text");
  }

  @Test
  void archivesNestedTooDeepAreRefused() throws Exception {
    refused(new Extractor(), HostileFiles.nestedZip(dir.resolve("nested.zip"), 8), FailureKind.TOO_DEEP,
        "embedded files nest too deep: more than 5 levels (an archive in an archive ...)");
    refused(new Extractor(), HostileFiles.nestedMail(dir.resolve("nested.eml"), 12), FailureKind.TOO_DEEP,
        "embedded files nest too deep: more than 5 levels (an archive in an archive ...)");
  }

  @Test
  void archivesOfTooManyFilesAreRefused() throws Exception {
    refused(limited(5_000_000, 50, 5, 100, 1 << 20), HostileFiles.manyEntries(dir.resolve("many.zip"), 200),
        FailureKind.BOMB, "too many embedded files: more than 50");
  }

  @Test
  void anArchiveOfArchivesIsStoppedByTheLimitsItPasses() throws Exception {
    // 4 archives of 4 archives' worth: 16 files of 100,000 characters, 1.6 million in all, from a few KB
    Path zips = HostileFiles.zipOfZips(dir.resolve("zips.zip"), 4, 4, 100_000);
    assertThat(Files.size(zips)).isLessThan(50_000);
    refused(limited(1_000_000, 1_000, 5, 100, 1 << 20), zips, FailureKind.TOO_LARGE,
        "too large once extracted: more than 1,000,000 characters of text");
  }

  @Test
  void aPdfWhosePageTreeIsHugeIsRefusedBeforeItsPagesAreRead() throws Exception {
    Path pdf = HostileFiles.manyPages(dir.resolve("pages.pdf"), 6_000);
    refused(new Extractor(), pdf, FailureKind.TOO_LARGE, "refused: too many pages: 6000 (limit 5000)");
  }

  @Test
  void aPdfPageWithHugeDrawingInstructionsIsRefusedBeforeItIsDrawn() throws Exception {
    Path pdf = HostileFiles.textOpsPage(dir.resolve("one-page.pdf"), 20_000); // 1.1 MB of instructions on one page
    refused(limited(5_000_000, 100, 5, 100, 1 << 20), pdf, FailureKind.TOO_LARGE,
        "refused: page 1 holds more than 1 MB of drawing instructions");
  }

  @Test
  void aFileOverTwoGigabytesIsReadAsAStreamNotIntoOneArray() throws Exception {
    Path big = dir.resolve("huge.bin");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength((2L << 30) + 1); // sparse: 2 GB and a byte on paper, nothing on disk
    }
    Extractor x = new Extractor(4L << 30, ExtractionLimits.defaults());
    Extractor.Loaded loaded = x.load(big);
    assertThat(loaded.source().size()).isEqualTo((2L << 30) + 1);
    assertThatThrownBy(() -> x.extractAll(loaded)).isInstanceOfSatisfying(ExtractionException.class,
        e -> assertThat(e.kind()).isEqualTo(FailureKind.UNRECOGNISED));
  }

  @Test
  void filesThatAreNotDocumentsAreRefusedAsSuch() throws Exception {
    Path json = Files.writeString(dir.resolve("data.json"), "{\"forces\": [\"Kent\", \"Essex\"]}");
    Path pom = Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?><project><modelVersion>4.0.0"
        + "</modelVersion></project>");
    refused(new Extractor(), json, FailureKind.NOT_A_DOCUMENT, "not a document: data file");
    refused(new Extractor(), pom, FailureKind.NOT_A_DOCUMENT, "not a document: data file");
    Path elf = dir.resolve("tool");
    Files.write(elf, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0});
    refused(new Extractor(), elf, FailureKind.NOT_A_DOCUMENT, "not a document: program");
  }
}

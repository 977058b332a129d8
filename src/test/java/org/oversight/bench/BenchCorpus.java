package org.oversight.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A benchmark corpus: the sample documents repeated to the size asked for, each copy made distinct in its bytes
 * (so that it gets its own id) without changing its text: a PDF comment after the end marker, a zip comment in a
 * DOCX, a trailing line in text formats.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static List<Path> build(Path samples, Path out, int count) throws IOException {
    List<Path> sources;
    try (var s = Files.list(samples)) {
      sources = s.filter(Files::isRegularFile).sorted().toList();
    }
    if (sources.isEmpty()) throw new IOException("no sample documents in " + samples);
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path src = sources.get(i % sources.size());
      String name = src.getFileName().toString();
      Path dest = out.resolve(String.format(Locale.ROOT, "%05d-%s", i, name));
      Files.write(dest, variant(Files.readAllBytes(src), name, i));
      files.add(dest);
    }
    return files;
  }

  static byte[] variant(byte[] bytes, String name, int n) throws IOException {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "docx", "odt", "xlsx", "pptx" -> rezip(bytes, "bench copy " + n);
      case "pdf" -> concat(bytes, ("\n% bench copy " + n + "\n").getBytes(StandardCharsets.US_ASCII));
      case "html", "htm" -> concat(bytes, ("\n<!-- bench copy " + n + " -->\n").getBytes(StandardCharsets.UTF_8));
      // trailing blank lines: ignored by the parsers and the cleaner, a distinct count for every copy
      default -> concat(bytes, "\n".repeat(n + 1).getBytes(StandardCharsets.US_ASCII));
    };
  }

  private static byte[] rezip(byte[] zip, String comment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 64);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(z);
        z.closeEntry();
      }
      z.setComment(comment);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}

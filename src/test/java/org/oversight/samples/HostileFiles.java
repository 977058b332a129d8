package org.oversight.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the hostile shapes found in real corpora, small on disk, from bytes of our own: text that grows far past its
 * file once decompressed, archives nested deep or holding thousands of entries, archives of archives, messages
 * nested in messages, PDFs whose page tree or one page's drawing instructions are huge, and a PDF that makes a parser
 * loop. PDFs are written by hand so that their structure is exactly the hostile one. Sample text only.
 */
public final class HostileFiles {
  /** One sentence of sample text, repeated to make volume. */
  public static final String SENTENCE =
      "SAMPLE: the force should review how it records crime and report its progress to the commissioner. ";

  private HostileFiles() {}

  /** A gzip file of {@code chars} characters of repeated text: a few KB per million characters. */
  public static Path gzipText(Path out, long chars) throws IOException {
    byte[] unit = SENTENCE.getBytes(StandardCharsets.US_ASCII);
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      byte[] block = SENTENCE.repeat(1 << 12).getBytes(StandardCharsets.US_ASCII);
      long written = 0;
      while (written + block.length <= chars) {
        gz.write(block);
        written += block.length;
      }
      while (written < chars) {
        gz.write(unit, 0, (int) Math.min(unit.length, chars - written));
        written += unit.length;
      }
    }
    return out;
  }

  /** Zips in zips, {@code depth} levels, a line of text at the bottom. */
  public static Path nestedZip(Path out, int depth) throws IOException {
    byte[] b = zip("innermost.txt", "SAMPLE: the innermost text of a nested archive.".getBytes(StandardCharsets.UTF_8));
    for (int i = depth - 1; i >= 1; i--) b = zip("level-" + i + ".zip", b);
    Files.write(out, b);
    return out;
  }

  /** A zip of {@code n} small text files. */
  public static Path manyEntries(Path out, int n) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      for (int i = 0; i < n; i++) entry(z, "note-" + i + ".txt", ("Note " + i + ": " + SENTENCE).getBytes(
          StandardCharsets.UTF_8));
    }
    Files.write(out, bos.toByteArray());
    return out;
  }

  /** An archive of {@code outer} archives of {@code inner} text files of {@code chars} characters each. */
  public static Path zipOfZips(Path out, int outer, int inner, int chars) throws IOException {
    byte[] leaf = SENTENCE.repeat(chars / SENTENCE.length() + 1).substring(0, chars).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream middle = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(middle)) {
      z.setLevel(9);
      for (int i = 0; i < inner; i++) entry(z, "leaf-" + i + ".txt", leaf);
    }
    ByteArrayOutputStream top = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(top)) {
      for (int i = 0; i < outer; i++) entry(z, "part-" + i + ".zip", middle.toByteArray());
    }
    Files.write(out, top.toByteArray());
    return out;
  }

  /** A zip holding the given files under their names. */
  public static Path zipOf(Path out, Path... files) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      for (Path f : files) entry(z, f.getFileName().toString(), Files.readAllBytes(f));
    }
    Files.write(out, bos.toByteArray());
    return out;
  }

  /** An e-mail with a text body and one attachment. */
  public static Path mailWithAttachment(Path out, String body, Path attachment, String contentType)
      throws IOException {
    String encoded = java.util.Base64.getMimeEncoder().encodeToString(Files.readAllBytes(attachment));
    String mail = "From: office@example.org\r\nTo: clerk@example.org\r\nSubject: SAMPLE response\r\n"
        + "Date: Mon, 6 May 2030 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n" + body
        + "\r\n--b1\r\nContent-Type: " + contentType + "; name=\"" + attachment.getFileName() + "\"\r\n"
        + "Content-Disposition: attachment; filename=\"" + attachment.getFileName() + "\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--b1--\r\n";
    Files.writeString(out, mail, StandardCharsets.US_ASCII);
    return out;
  }

  /** Messages forwarded as attachments of messages, {@code depth} deep. */
  public static Path nestedMail(Path out, int depth) throws IOException {
    String inner = "From: a@example.org\r\nTo: b@example.org\r\nSubject: innermost\r\n"
        + "Content-Type: text/plain\r\n\r\nSAMPLE: the innermost message.\r\n";
    for (int i = depth; i >= 1; i--) {
      String b = "b" + i;
      inner = "From: a@example.org\r\nTo: b@example.org\r\nSubject: level " + i + "\r\nMIME-Version: 1.0\r\n"
          + "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n"
          + "Content-Type: text/plain\r\n\r\nForwarded, level " + i + ".\r\n--" + b + "\r\n"
          + "Content-Type: message/rfc822\r\n\r\n" + inner + "\r\n--" + b + "--\r\n";
    }
    Files.writeString(out, inner, StandardCharsets.US_ASCII);
    return out;
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      entry(z, name, content);
    }
    return bos.toByteArray();
  }

  private static void entry(ZipOutputStream z, String name, byte[] b) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(b);
    z.closeEntry();
  }

  // ---- PDFs by hand ----

  private static final String FONT = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";

  /** A minimal PDF writer: numbered objects and a classic cross-reference table. */
  private static final class Pdf {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Long> offsets = new ArrayList<>();

    Pdf() {
      raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    void raw(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    void obj(int n, String body) {
      mark(n);
      raw(n + " 0 obj\n" + body + "\nendobj\n");
    }

    void stream(int n, String dict, byte[] data) {
      mark(n);
      raw(n + " 0 obj\n<<" + dict + "/Length " + data.length + ">>\nstream\n");
      out.writeBytes(data);
      raw("\nendstream\nendobj\n");
    }

    private void mark(int n) {
      while (offsets.size() < n) offsets.add(-1L);
      offsets.set(n - 1, (long) out.size());
    }

    Path write(Path file, int root) throws IOException {
      long xref = out.size();
      raw("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
      for (long o : offsets) raw(o < 0 ? "0000000000 65535 f \n" : String.format("%010d 00000 n \n", o));
      raw("trailer\n<</Size " + (offsets.size() + 1) + "/Root " + root + " 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
      Files.write(file, out.toByteArray());
      return file;
    }
  }

  private static byte[] deflated(byte[] unit, long times) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(bos, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
      for (long i = 0; i < times; i++) d.write(unit);
    }
    return bos.toByteArray();
  }

  /**
   * A PDF of {@code pages} pages whose page objects are packed into compressed object streams behind a
   * cross-reference stream: a page tree far larger than the file.
   */
  public static Path manyPages(Path file, int pages) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
    int firstPage = 5;
    int perStream = 10_000;
    int streams = (pages + perStream - 1) / perStream;
    int firstStream = firstPage + pages;
    int xrefObj = firstStream + streams;
    long[] offset = new long[xrefObj + 1];
    int[] inStream = new int[xrefObj + 1];
    int[] index = new int[xrefObj + 1];
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) kids.append(firstPage + i).append(" 0 R ");
    byte[] content = "BT /F1 12 Tf 72 720 Td (SAMPLE: a page of a very long document.) Tj ET"
        .getBytes(StandardCharsets.ISO_8859_1);
    String[] plain = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Count " + pages + "/Kids[" + kids + "]>>",
        null, FONT};
    for (int i = 1; i <= 4; i++) {
      offset[i] = out.size();
      if (i == 3) {
        out.writeBytes(("3 0 obj\n<</Length " + content.length + ">>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(content);
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
      } else {
        out.writeBytes((i + " 0 obj\n" + plain[i - 1] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    String page = "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 3 0 R/Resources<</Font<</F1 4 0 R>>>>>>";
    for (int s = 0; s < streams; s++) {
      int from = s * perStream;
      int to = Math.min(pages, from + perStream);
      StringBuilder header = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (int i = from; i < to; i++) {
        int num = firstPage + i;
        header.append(num).append(' ').append(body.length()).append(' ');
        body.append(page).append('\n');
        inStream[num] = firstStream + s;
        index[num] = i - from;
      }
      byte[] data = deflated((header + body.toString()).getBytes(StandardCharsets.ISO_8859_1), 1);
      int num = firstStream + s;
      offset[num] = out.size();
      out.writeBytes((num + " 0 obj\n<</Type/ObjStm/N " + (to - from) + "/First " + header.length()
          + "/Filter/FlateDecode/Length " + data.length + ">>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(data);
      out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    offset[xrefObj] = out.size();
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    for (int i = 0; i <= xrefObj; i++) {
      if (i == 0) {
        x.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
      } else if (inStream[i] != 0) {
        x.write(2);
        int4(x, inStream[i]);
        x.write(index[i] >> 8);
        x.write(index[i]);
      } else {
        x.write(1);
        int4(x, (int) offset[i]);
        x.write(0);
        x.write(0);
      }
    }
    byte[] xd = deflated(x.toByteArray(), 1);
    out.writeBytes((xrefObj + " 0 obj\n<</Type/XRef/Size " + (xrefObj + 1) + "/W[1 4 2]/Root 1 0 R/Filter/FlateDecode"
        + "/Length " + xd.length + ">>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(xd);
    out.writeBytes(("\nendstream\nendobj\nstartxref\n" + offset[xrefObj] + "\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(file, out.toByteArray());
    return file;
  }

  private static void int4(ByteArrayOutputStream x, int v) {
    x.write(v >>> 24);
    x.write(v >>> 16);
    x.write(v >>> 8);
    x.write(v);
  }

  /** One page whose compressed drawing instructions show a short text {@code times} times. */
  public static Path textOpsPage(Path file, long times) throws IOException {
    Pdf pdf = new Pdf();
    pdf.obj(1, "<</Type/Catalog/Pages 2 0 R>>");
    pdf.obj(2, "<</Type/Pages/Count 1/Kids[3 0 R]>>");
    pdf.obj(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>");
    pdf.stream(4, "/Filter/FlateDecode", deflated("BT /F1 12 Tf 72 720 Td (Recommendation repeated) Tj ET\n"
        .getBytes(StandardCharsets.ISO_8859_1), times));
    pdf.obj(5, FONT);
    return pdf.write(file, 1);
  }

  /**
   * "Billion laughs" in drawing instructions: a form that draws a form {@code fan} times, {@code levels} deep.
   * A few KB, nothing to detect as a loop, and a parser busy for ever.
   */
  public static Path drawingLoop(Path file, int levels, int fan) throws IOException {
    Pdf pdf = new Pdf();
    pdf.obj(1, "<</Type/Catalog/Pages 2 0 R>>");
    pdf.obj(2, "<</Type/Pages/Count 1/Kids[3 0 R]>>");
    pdf.obj(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        + "/Resources<</Font<</F1 5 0 R>>/XObject<</X 6 0 R>>>>>>");
    pdf.stream(4, "", "/X Do".getBytes(StandardCharsets.ISO_8859_1));
    pdf.obj(5, FONT);
    for (int l = 0; l < levels; l++) {
      int n = 6 + l;
      String body = l == levels - 1 ? "BT /F1 12 Tf 72 700 Td (laugh) Tj ET" : "/X Do\n".repeat(fan);
      String resources = l == levels - 1 ? "/Font<</F1 5 0 R>>" : "/XObject<</X " + (n + 1) + " 0 R>>";
      pdf.stream(n, "/Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<<" + resources + ">>",
          body.getBytes(StandardCharsets.ISO_8859_1));
    }
    return pdf.write(file, 1);
  }

  /**
   * Pages of a browser's print: a heading, a footer whose two fields are drawn right to left on one line ("Page 1 of
   * 3" at the right, then the site's name at the left, which PDF text extraction glues together), then the body, so
   * that the footer sits in the middle of the page's text, not at an edge.
   */
  public static Path browserPrint(Path file, String site, String... bodies) throws IOException {
    Pdf pdf = new Pdf();
    pdf.obj(1, "<</Type/Catalog/Pages 2 0 R>>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < bodies.length; i++) kids.append(4 + 2 * i).append(" 0 R ");
    pdf.obj(2, "<</Type/Pages/Count " + bodies.length + "/Kids[" + kids + "]>>");
    pdf.obj(3, FONT);
    for (int i = 0; i < bodies.length; i++) {
      int page = 4 + 2 * i;
      pdf.obj(page, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents " + (page + 1)
          + " 0 R/Resources<</Font<</F1 3 0 R>>>>>>");
      String content = "BT /F1 14 Tf 54 740 Td (SAMPLE survey, part " + (i + 1) + ") Tj ET\n"
          + "BT /F1 8 Tf 486 10 Td (Page " + (i + 1) + " of " + bodies.length + ") Tj ET\n"
          + "BT /F1 8 Tf 54 10 Td (" + site + ") Tj ET\n"
          + "BT /F1 11 Tf 54 700 Td (" + bodies[i] + ") Tj ET\n"
          + "BT /F1 11 Tf 54 680 Td (Answers were collected from every force.) Tj ET\n";
      pdf.stream(page + 1, "", content.getBytes(StandardCharsets.ISO_8859_1));
    }
    return pdf.write(file, 1);
  }
}

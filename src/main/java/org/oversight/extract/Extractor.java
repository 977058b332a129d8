package org.oversight.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;
import org.xml.sax.SAXException;

/**
 * Reads a file and returns its cleaned text in passages. The format is detected from the bytes by Tika, whatever the
 * extension says; PDF text is kept per page; web pages are reduced to their main content; the documents inside an
 * archive or a message are documents of their own. What one file may become is bounded ({@link ExtractionLimits}):
 * past a limit the file is refused with one line. Files that are not documents (images without OCR, fonts,
 * programs, audio, data and code) are refused as such, to be counted apart. One instance serves a whole run and may
 * be shared by threads.
 */
public final class Extractor {
  /** Files larger than this are refused unless the caller sets another limit. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /** Metadata key: how many pages of a PDF gave no text (scans when OCR is not installed). */
  public static final String PAGES_WITHOUT_TEXT = "pages_without_text";
  /** Metadata key: what a reader should know of how the file was read (a web page saved as a .pdf). */
  public static final String NOTE = "note";
  private static final Set<String> DOCUMENT_EXTENSIONS =
      Set.of("pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "pptx", "ppt");
  /** Web pages larger than this are read in a worker process, not in the run's own memory. */
  private static final long IN_PROCESS_HTML_BYTES = 10L << 20;

  private final long maxBytes;
  private final ExtractionLimits limits;

  public Extractor() {
    this(DEFAULT_MAX_BYTES);
  }

  public Extractor(long maxBytes) {
    this(maxBytes, ExtractionLimits.defaults());
  }

  public Extractor(long maxBytes, ExtractionLimits limits) {
    this.maxBytes = maxBytes;
    this.limits = limits;
  }

  /** The limits this extractor applies. */
  public ExtractionLimits limits() {
    return limits;
  }

  /** Identifies a file by the SHA-256 of its bytes (read as a stream, whatever its size), refusing it by size. */
  public Loaded load(Path path) throws ExtractionException {
    try {
      long size = Files.size(path);
      if (size == 0) throw new ExtractionException(FailureKind.EMPTY, "empty file (0 bytes)");
      if (size > maxBytes) {
        throw new ExtractionException(FailureKind.TOO_LARGE,
            "file too large: " + size + " bytes, limit " + maxBytes);
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long read = 0;
      try (InputStream in = Files.newInputStream(path)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          sha.update(buf, 0, n);
          read += n;
        }
      }
      return new Loaded(new SourceFile(path, HexFormat.of().formatHex(sha.digest()), read));
    } catch (IOException e) {
      throw new ExtractionException(FailureKind.UNREADABLE, "cannot read file: " + ioReason(e), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads and extracts a file in one step. */
  public ExtractedDocument extract(Path path) throws ExtractionException {
    return extract(load(path));
  }

  /** Extracts a loaded file: the file's own document, or for an archive the first document inside it. */
  public ExtractedDocument extract(Loaded file) throws ExtractionException {
    return extractAll(file).documents().get(0);
  }

  /** Extracts a loaded file: its own document, and a document for each one inside an archive or a message. */
  public Extraction extractAll(Loaded file) throws ExtractionException {
    return extractAll(file, null);
  }

  /** Extracts a loaded file whose type is already known ({@link #detect}); {@code known} null detects it. */
  public Extraction extractAll(Loaded file, Detected known) throws ExtractionException {
    Detected detected = known != null ? known : detect(file);
    if (detected.notADocument() != null) {
      throw new ExtractionException(FailureKind.NOT_A_DOCUMENT, "not a document: " + detected.notADocument());
    }
    String extension = extension(file.source().path());
    if (detected.format().equals("html")) {
      // a page saved under a document's name (from a browser, or an error page a crawl kept): read as the page it is
      String note = DOCUMENT_EXTENSIONS.contains(extension)
          ? "a web page saved as ." + extension + "; read as a web page" : null;
      return new Extraction(List.of(html(file, detected.type(), note)), List.of());
    }
    if (detected.type().getSubtype().endsWith("xml")) {
      int depth;
      try (InputStream in = Files.newInputStream(file.source().path())) {
        depth = XmlDepth.measure(in, PageCollector.MAX_DEPTH);
      } catch (IOException e) {
        throw new ExtractionException(FailureKind.UNREADABLE, "cannot read file: " + ioReason(e), e);
      }
      if (depth > PageCollector.MAX_DEPTH) {
        throw new ExtractionException(FailureKind.TOO_DEEP,
            "refused: xml nests more than " + PageCollector.MAX_DEPTH + " levels deep");
      }
    }
    if (detected.format().equals("pdf")) {
      String why = PdfPrecheck.refusal(file.source().path(), limits);
      if (why != null) throw new ExtractionException(FailureKind.TOO_LARGE, "refused: " + why);
    }
    return Parse.run(file, detected, limits);
  }

  /**
   * What a file is, from its bytes (and its name when the bytes say only "text"), before any parsing.
   *
   * @throws ExtractionException for bytes of no known format
   */
  public Detected detect(Loaded file) throws ExtractionException {
    Path path = file.source().path();
    Detector detector = Parse.detector();
    try (TikaInputStream in = TikaInputStream.get(path)) {
      if (opensAsPdf(in)) {
        return new Detected(PDF, Formats.shortName(PDF), Formats.notADocument(PDF, Ocr.available()),
            file.source().size());
      }
      MediaType type = detector.detect(in, new Metadata());
      if (type.equals(MediaType.OCTET_STREAM)) {
        throw new ExtractionException(FailureKind.UNRECOGNISED,
            "unrecognised binary content (not a document format, whatever its name says)");
      }
      if (type.getBaseType().toString().equals("message/rfc822") && TEXT_EXTENSIONS.contains(extension(path))) {
        // a letter saved as text that opens with "From:" and "To:" lines looks like mail to the detector; read as
        // mail, those lines (who wrote, to whom, when) would become metadata and leave the text
        type = MediaType.TEXT_PLAIN;
      }
      if (type.equals(MediaType.TEXT_PLAIN) && !extension(path).equals("txt")) {
        // the bytes say only "text": the name may tell a more specific text format (csv, markdown ...); a .txt name
        // says plain text too, so it is not asked
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        try (TikaInputStream again = TikaInputStream.get(path)) {
          MediaType byName = detector.detect(again, named);
          // a text format (csv, markdown ...), or text that is data or code by its name (.json, .java ...)
          if (byName.getType().equals("text") || Formats.notADocument(byName, true) != null) type = byName;
        }
      }
      return new Detected(type, Formats.shortName(type), Formats.notADocument(type, Ocr.available()),
          file.source().size());
    } catch (IOException e) {
      throw new ExtractionException(FailureKind.UNREADABLE, "cannot detect type: " + ioReason(e), e);
    }
  }

  private static final MediaType PDF = MediaType.application("pdf");
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Whether a file opens with a PDF header: a PDF to Tika's detector too (every one of the 209 such files of Tika's
   * and PDFBox's test sets), told here from five bytes instead of Tika's whole table of magic numbers (about a
   * millisecond a file, most of a short PDF's detection). A PDF whose header comes later is left to Tika.
   */
  private static boolean opensAsPdf(TikaInputStream in) throws IOException {
    byte[] head = new byte[PDF_MAGIC.length];
    in.mark(head.length);
    try {
      return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, PDF_MAGIC);
    } finally {
      in.reset(); // the detector reads from the start
    }
  }

  private ExtractedDocument html(Loaded file, MediaType type, String note) throws ExtractionException {
    try {
      String charset = type.getParameters().get("charset");
      org.jsoup.nodes.Document page = Jsoup.parse(file.source().path().toFile(), charset);
      int depth = HtmlContent.depth(page);
      if (depth > HtmlContent.MAX_DEPTH) {
        throw new ExtractionException(FailureKind.TOO_DEEP,
            "refused: html nests " + depth + " levels deep (limit " + HtmlContent.MAX_DEPTH + ")");
      }
      HtmlContent content = HtmlContent.parse(page);
      String text = String.join("\n\n", content.blocks);
      if (text.length() > limits.maxCharacters()) {
        throw new ExtractionException(FailureKind.TOO_LARGE, String.format(
            "too large once extracted: more than %,d characters of text", limits.maxCharacters()));
      }
      List<Passage> passages = TextCleaner.clean(List.of(text), false);
      if (passages.isEmpty()) throw new ExtractionException(FailureKind.NO_TEXT, "no text found in html page");
      Map<String, String> metadata = new LinkedHashMap<>(content.metadata);
      if (note != null) metadata.put(NOTE, note);
      return new ExtractedDocument(file.source(), type.getBaseType().toString(), "html", content.title, metadata, 0,
          passages);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(FailureKind.UNPARSEABLE, "html could not be parsed: " + oneLine(e), e);
    }
  }

  /** File name extensions that say a file is plain text, whatever its first lines look like. */
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");

  /** Names of software that fill in a file's "author" property (generator-names.txt), lower-cased. */
  private static final Set<String> GENERATORS = org.oversight.domain.Resources
      .lines(Extractor.class, "generator-names.txt").stream().map(s -> s.toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  /** The file's author property, unless it names the software that wrote the file ("Apache POI"). */
  static String author(String creator) {
    return creator == null || GENERATORS.contains(creator.strip().toLowerCase(Locale.ROOT)) ? null : creator;
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The reason of an I/O error in words: the JDK's messages for these are only the path. */
  static String ioReason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file";
    return oneLine(e);
  }

  /** The innermost cause's message, on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }

  /** A file identified by its bytes, ready for extraction. */
  public record Loaded(SourceFile source) {}

  /**
   * What a file is.
   *
   * @param type the media type detected from the bytes
   * @param format its short name (pdf, docx, html, text ...)
   * @param notADocument why it is not a document (a font, audio ...), or null when it is one
   * @param size its size in bytes
   */
  public record Detected(MediaType type, String format, String notADocument, long size) {
    /**
     * Whether the run's own process may read it: plain text (streamed under the character limit) and web pages of
     * modest size (jsoup, under the nesting limit). Every other parser is large, third-party and fed by files no one
     * checked, so it runs in a worker process that may die without ending the run.
     */
    public boolean safeInProcess() {
      return format.equals("text") || format.equals("html") && size <= IN_PROCESS_HTML_BYTES;
    }
  }

  /** Failures of files inside an archive or message, reported with their container. */
  static Failure inside(Path container, String name, FailureKind kind, String reason) {
    return new Failure(container, kind, "inside it, " + name + ": " + reason);
  }

  static List<Passage> renumber(List<Passage> first, List<Passage> then) {
    List<Passage> out = new ArrayList<>(first);
    for (Passage p : then) out.add(new Passage(out.size(), p.page(), p.text()));
    return out;
  }

  static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) map.put(key, value.strip());
  }

  /** Catches everything a parser may throw for a bad file, as a failure of that file. */
  static ExtractionException parserFailure(String format, Throwable e) {
    if (e instanceof EncryptedDocumentException) {
      return new ExtractionException(FailureKind.ENCRYPTED, "encrypted " + format
          + " (a password is needed to read it)", e);
    }
    String why = oneLine(e);
    String lower = why.toLowerCase(Locale.ROOT);
    if (lower.contains("decryption material") || lower.contains("password")) {
      return new ExtractionException(FailureKind.ENCRYPTED, "encrypted " + format
          + " (a password or certificate is needed to read it)", e);
    }
    if (lower.matches(".*(zip bomb|nesting|nest too deep|too deep|max depth).*")) {
      return new ExtractionException(lower.contains("bomb") ? FailureKind.BOMB : FailureKind.TOO_DEEP,
          "refused: " + format + " expands far beyond its size or nests too deeply (" + why + ")", e);
    }
    if (e instanceof TikaException || e instanceof SAXException || e instanceof IOException
        || e instanceof RuntimeException) {
      return new ExtractionException(FailureKind.UNPARSEABLE, format + " could not be parsed: " + why, e);
    }
    return new ExtractionException(FailureKind.INTERNAL, "internal error: " + why, e);
  }
}

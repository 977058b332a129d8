package org.oversight.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.jsoup.Jsoup;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.FailureKind;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;
import org.xml.sax.SAXException;

/**
 * Reads a file and returns its cleaned text in passages. The format is detected from the bytes by Tika, whatever the
 * extension says; PDF text is kept per page; web pages are reduced to their main content. One instance serves a whole
 * run and may be shared by threads.
 */
public final class Extractor {
  /** Files larger than this are refused unless the caller sets another limit. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  /** Metadata key: how many pages of a PDF gave no text (scans when OCR is not installed). */
  public static final String PAGES_WITHOUT_TEXT = "pages_without_text";
  private static final java.util.Set<String> DOCUMENT_EXTENSIONS =
      java.util.Set.of("pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "pptx", "ppt");

  private final AutoDetectParser parser = new AutoDetectParser();
  private final Detector detector = parser.getDetector();
  private final long maxBytes;

  public Extractor() {
    this(DEFAULT_MAX_BYTES);
  }

  public Extractor(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads a file and identifies it by the SHA-256 of its bytes. */
  public Loaded load(Path path) throws ExtractionException {
    try {
      long size = Files.size(path);
      if (size == 0) throw new ExtractionException(FailureKind.EMPTY, "empty file (0 bytes)");
      if (size > maxBytes) {
        throw new ExtractionException(FailureKind.TOO_LARGE,
            "file too large: " + size + " bytes, limit " + maxBytes);
      }
      byte[] bytes = Files.readAllBytes(path);
      return new Loaded(new SourceFile(path, SourceFile.idOf(bytes), bytes.length), bytes);
    } catch (IOException e) {
      throw new ExtractionException(FailureKind.UNREADABLE, "cannot read file: " + e.getMessage(), e);
    }
  }

  /** Reads and extracts a file in one step. */
  public ExtractedDocument extract(Path path) throws ExtractionException {
    return extract(load(path));
  }

  /** Extracts the text of a loaded file. */
  public ExtractedDocument extract(Loaded file) throws ExtractionException {
    MediaType type = detect(file);
    String format = Formats.shortName(type);
    String extension = extension(file.source().path());
    if (format.equals("html") && DOCUMENT_EXTENSIONS.contains(extension)) {
      // what a crawl saves when a server answers a document's address with a page: an error or a login page
      throw new ExtractionException(FailureKind.WEB_PAGE_AS_DOCUMENT,
          "a web page saved as ." + extension + " (an error page?), not a document");
    }
    if (format.equals("html")) {
      return html(file, type);
    }
    if (type.getSubtype().endsWith("xml") && XmlDepth.measure(file.bytes(), PageCollector.MAX_DEPTH)
        > PageCollector.MAX_DEPTH) {
      throw new ExtractionException(FailureKind.TOO_DEEP,
          "refused: xml nests more than " + PageCollector.MAX_DEPTH + " levels deep");
    }
    Metadata metadata = new Metadata();
    PageCollector pages = new PageCollector();
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    try (InputStream in = new ByteArrayInputStream(file.bytes())) {
      metadata.set(Metadata.CONTENT_TYPE, type.toString());
      parser.parse(in, pages, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException(FailureKind.ENCRYPTED, "encrypted " + format
          + " (a password is needed to read it)", e);
    } catch (TikaException | SAXException | IOException | RuntimeException e) {
      String why = oneLine(e);
      String lower = why.toLowerCase(java.util.Locale.ROOT);
      if (lower.matches(".*(zip bomb|nesting|nest too deep|too deep|max depth).*")) {
        throw new ExtractionException(lower.contains("bomb") ? FailureKind.BOMB : FailureKind.TOO_DEEP,
            "refused: " + format + " expands far beyond its size or nests too deeply (" + why + ")", e);
      }
      throw new ExtractionException(FailureKind.UNPARSEABLE, format + " could not be parsed: " + why, e);
    } catch (StackOverflowError e) {
      throw new ExtractionException(FailureKind.TOO_DEEP, "refused: " + format + " nests too deeply to parse", e);
    }
    List<Passage> passages = TextCleaner.clean(pages.pages(), pages.paged());
    if (passages.isEmpty()) {
      throw new ExtractionException(FailureKind.NO_TEXT, "no text found in " + format + (pages.paged()
          ? " (scanned pages without a text layer need OCR" + (Ocr.available() ? ", which found nothing)"
              : ": install Tesseract)") : ""));
    }
    int pageCount = pages.paged() ? pages.pages().size() : 0;
    Map<String, String> selected = selectedMetadata(metadata);
    if (pages.paged()) {
      long blank = pages.pages().stream().filter(String::isBlank).count();
      if (blank > 0) selected.put(PAGES_WITHOUT_TEXT, String.valueOf(blank));
    }
    return new ExtractedDocument(file.source(), type.getBaseType().toString(), format,
        blankToNull(metadata.get(TikaCoreProperties.TITLE)), selected, pageCount, passages);
  }

  private ExtractedDocument html(Loaded file, MediaType type) throws ExtractionException {
    try (InputStream in = new ByteArrayInputStream(file.bytes())) {
      String charset = type.getParameters().get("charset");
      org.jsoup.nodes.Document page = Jsoup.parse(in, charset, "");
      int depth = HtmlContent.depth(page);
      if (depth > HtmlContent.MAX_DEPTH) {
        throw new ExtractionException(FailureKind.TOO_DEEP,
            "refused: html nests " + depth + " levels deep (limit " + HtmlContent.MAX_DEPTH
            + ")");
      }
      HtmlContent content = HtmlContent.parse(page);
      List<Passage> passages = TextCleaner.clean(List.of(String.join("\n\n", content.blocks)), false);
      if (passages.isEmpty()) throw new ExtractionException(FailureKind.NO_TEXT, "no text found in html page");
      return new ExtractedDocument(file.source(), type.getBaseType().toString(), "html", content.title,
          content.metadata, 0, passages);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException(FailureKind.UNPARSEABLE, "html could not be parsed: " + oneLine(e), e);
    }
  }

  private MediaType detect(Loaded file) throws ExtractionException {
    try (InputStream in = new ByteArrayInputStream(file.bytes())) {
      MediaType byContent = detector.detect(in, new Metadata());
      if (byContent.equals(MediaType.OCTET_STREAM)) {
        throw new ExtractionException(FailureKind.UNRECOGNISED,
            "unrecognised binary content (not a document format, whatever its name says)");
      }
      if (!byContent.equals(MediaType.TEXT_PLAIN)) {
        return byContent;
      }
      // the bytes say only "text": the name may tell a more specific text format (csv, markdown ...)
      Metadata named = new Metadata();
      named.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.source().path().getFileName().toString());
      MediaType byName = detector.detect(new ByteArrayInputStream(file.bytes()), named);
      return byName.getType().equals("text") ? byName : byContent;
    } catch (IOException e) {
      throw new ExtractionException(FailureKind.UNREADABLE, "cannot detect type: " + e.getMessage(), e);
    }
  }

  /** Names of software that fill in a file's "author" property (generator-names.txt), lower-cased. */
  private static final java.util.Set<String> GENERATORS = org.oversight.domain.Resources
      .lines(Extractor.class, "generator-names.txt").stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static Map<String, String> selectedMetadata(Metadata md) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "created", md.get(TikaCoreProperties.CREATED));
    put(out, "modified", md.get(TikaCoreProperties.MODIFIED));
    String author = md.get(TikaCoreProperties.CREATOR);
    if (author != null && !GENERATORS.contains(author.strip().toLowerCase(java.util.Locale.ROOT))) {
      put(out, "author", author); // the software that wrote a file is not its author ("Apache POI")
    }
    put(out, "encoding", md.get(Metadata.CONTENT_ENCODING));
    return out;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) map.put(key, value.strip());
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }


  private static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }

  /** A file's bytes with its identity, read once and handed to extraction. */
  public record Loaded(SourceFile source, byte[] bytes) {}
}

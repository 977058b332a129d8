package org.oversight.extract;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.DigestingParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.digestutils.CommonsDigesterFactory;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Failure;
import org.oversight.model.FailureKind;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One Tika parse of a file under a {@link Budget}: the file and every file embedded in it each arrive as their own
 * part (Tika's {@link RecursiveParserWrapper}), so that what is embedded is never silently dropped, and a limit passed
 * anywhere ends the whole parse. The parts are then assembled into documents: each document inside an archive or a
 * message is one of its own; what other files embed joins their own text.
 */
final class Parse {
  private static final String SHA256 = "X-TIKA:digest:SHA256";
  /** One parser per JVM: building one takes most of a second; parsing with it is thread-safe. */
  private static final AutoDetectParser PARSER = parser();

  private Parse() {}

  static Detector detector() {
    return PARSER.getDetector();
  }

  private static AutoDetectParser parser() {
    AutoDetectParser parser = new AutoDetectParser();
    AutoDetectParserConfig config = new AutoDetectParserConfig();
    // Tika's own guards, set explicitly: past a million characters, output may be at most 100 times the input;
    // markup nests at most 100 deep; archive entries at most 10 deep (the embedded-depth limit is stricter)
    config.setOutputThreshold(1_000_000L);
    config.setMaximumCompressionRatio(100L);
    config.setMaximumDepth(100);
    config.setMaximumPackageEntryDepth(10);
    parser.setAutoDetectParserConfig(config);
    return parser;
  }

  /** The parser, also taking the SHA-256 of each embedded file: its identity as a document of its own. */
  private static Parser digesting() {
    CommonsDigesterFactory digests = new CommonsDigesterFactory();
    digests.setAlgorithmString("sha256");
    return new DigestingParser(PARSER, digests.build(), true);
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    // an empty attachment or archive entry is nothing, not a failure
    context.set(ZeroByteFileException.IgnoreZeroByteFileException.class,
        ZeroByteFileException.IGNORE_ZERO_BYTE_FILE_EXCEPTION);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractBookmarksText(false); // the outline is not the text of any page
    pdf.setCatchIntermediateIOExceptions(true);
    pdf.setMaxMainMemoryBytes(64L << 20); // PDFBox's scratch space past this goes to a temporary file
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    // stream a Word or PowerPoint file's XML instead of building it whole in memory first
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  static Extraction run(Extractor.Loaded file, Extractor.Detected detected, ExtractionLimits limits)
      throws ExtractionException {
    Budget budget = new Budget(limits);
    Parts parts = new Parts(budget);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, detected.type().toString());
    if (detected.type().getType().equals("text")) {
      // the type was decided with the file's name (a letter saved as .txt that opens "From: ... To: ..."): the
      // parser must not take it for mail again and move those lines out of the text
      metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, detected.type().toString());
    }
    try (TikaInputStream in = TikaInputStream.get(file.source().path())) {
      new RecursiveParserWrapper(digesting(), true).parse(in, parts, metadata, context());
    } catch (Exception e) {
      if (budget.refusal() != null) throw refused(budget.refusal());
      throw Extractor.parserFailure(detected.format(), e);
    } catch (StackOverflowError e) {
      throw new ExtractionException(FailureKind.TOO_DEEP, "refused: " + detected.format()
          + " nests too deeply to parse", e);
    }
    if (budget.refusal() != null) throw refused(budget.refusal());
    return assemble(file.source(), detected, parts.parts);
  }

  private static ExtractionException refused(Budget.Refused r) {
    return new ExtractionException(r.kind(), r.getMessage());
  }

  /** One document of the parse: the file itself ({@code /}) or a file embedded in it. */
  private record Part(String path, String type, PageCollector text, Metadata metadata) {
    boolean container() {
      return Formats.isContainer(type);
    }

    String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    String parent() {
      int slash = path.lastIndexOf('/');
      return slash <= 0 ? "/" : path.substring(0, slash);
    }
  }

  private static Extraction assemble(SourceFile source, Extractor.Detected detected, List<Part> parts)
      throws ExtractionException {
    Map<String, Part> byPath = new LinkedHashMap<>();
    for (Part p : parts) byPath.put(p.path(), p);
    Part root = parts.get(0);
    // each part joins the document of the nearest part above it that is not an archive or a message
    Map<String, List<Part>> documents = new LinkedHashMap<>();
    documents.put("/", new ArrayList<>());
    for (Part p : parts) documents.computeIfAbsent(owner(p, byPath), k -> new ArrayList<>()).add(p);

    List<ExtractedDocument> out = new ArrayList<>();
    List<Failure> inside = new ArrayList<>();
    for (Map.Entry<String, List<Part>> e : documents.entrySet()) {
      Part head = byPath.get(e.getKey());
      if (Formats.isArchive(head.type())) continue; // its text is the list of what it holds
      ExtractedDocument doc = document(source, detected, head, e.getValue());
      if (doc != null) out.add(doc);
    }
    for (Part p : parts) {
      String error = p.metadata().get(TikaCoreProperties.EMBEDDED_EXCEPTION);
      if (error != null && !p.path().equals("/") && byPath.get(p.parent()) != null
          && byPath.get(p.parent()).container()
          && Formats.notADocument(MediaType.parse(p.type()), Ocr.available()) == null) {
        String format = Formats.shortName(MediaType.parse(p.type()));
        String firstLine = error.lines().findFirst().orElse("").replaceFirst("^[\\w.$]+(Exception|Error):\\s*", "");
        boolean encrypted = error.contains("EncryptedDocumentException");
        inside.add(Extractor.inside(source.path(), p.path().substring(1),
            encrypted ? FailureKind.ENCRYPTED : FailureKind.UNPARSEABLE,
            encrypted ? "encrypted " + format + " (a password is needed to read it)"
                : format + " could not be parsed: " + firstLine.strip()));
      }
    }
    if (out.isEmpty()) {
      PageCollector text = root.text();
      if (root.container()) {
        throw new ExtractionException(FailureKind.NO_TEXT, "no text found in " + detected.format()
            + " or in the " + (parts.size() - 1) + " files inside it");
      }
      if (detected.type().getType().equals("image")) {
        // a photograph or a logo: not a document of this corpus, whatever OCR was asked to find in it
        throw new ExtractionException(FailureKind.NOT_A_DOCUMENT, "not a document: image without text (OCR found none)");
      }
      throw new ExtractionException(FailureKind.NO_TEXT, "no text found in " + detected.format()
          + (text.paged() && detected.format().equals("pdf")
          ? " (scanned pages without a text layer need OCR" + (Ocr.available() ? ", which found nothing)"
              : ": install Tesseract)") : ""));
    }
    return new Extraction(out, inside);
  }

  /** The path of the document a part belongs to: its own inside an archive or a message, else its parent's. */
  private static String owner(Part p, Map<String, Part> byPath) {
    if (p.path().equals("/")) return "/";
    Part parent = byPath.get(p.parent());
    if (parent == null || parent.container()) return p.path();
    return owner(parent, byPath);
  }

  /** One document from its head part and the parts embedded in it, or null when they hold no text. */
  private static ExtractedDocument document(SourceFile source, Extractor.Detected detected, Part head,
      List<Part> members) {
    boolean paged = head.text().paged();
    List<String> pages = paged ? head.text().pages() : List.of(head.text().unpaged());
    List<Passage> passages = TextCleaner.clean(pages, paged);
    StringBuilder rest = new StringBuilder(paged ? head.text().unpaged() : "");
    for (Part m : members) {
      if (m == head) continue;
      rest.append("\n\n");
      for (String page : m.text().pages()) rest.append(page).append("\n\n");
      rest.append(m.text().unpaged());
    }
    if (!rest.toString().isBlank()) passages = Extractor.renumber(passages, TextCleaner.clean(List.of(rest.toString()),
        false));
    if (passages.isEmpty()) return null;
    Metadata md = head.metadata();
    Map<String, String> selected = new LinkedHashMap<>();
    Extractor.putIfPresent(selected, "created", md.get(TikaCoreProperties.CREATED));
    Extractor.putIfPresent(selected, "modified", md.get(TikaCoreProperties.MODIFIED));
    Extractor.putIfPresent(selected, "author", Extractor.author(md.get(TikaCoreProperties.CREATOR)));
    Extractor.putIfPresent(selected, "encoding", md.get(Metadata.CONTENT_ENCODING));
    if (paged) {
      long blank = pages.stream().filter(String::isBlank).count();
      if (blank > 0) selected.put(Extractor.PAGES_WITHOUT_TEXT, String.valueOf(blank));
    }
    String title = md.get(TikaCoreProperties.TITLE);
    title = title == null || title.isBlank() ? null : title.strip();
    if (head.path().equals("/")) {
      return new ExtractedDocument(source, detected.type().getBaseType().toString(), detected.format(), title,
          selected, paged ? pages.size() : 0, passages);
    }
    selected.put(ExtractedDocument.EMBEDDED_PATH, head.path());
    MediaType type = MediaType.parse(head.type() == null ? "application/octet-stream" : head.type());
    String digest = md.get(SHA256);
    String id = digest != null && digest.matches("[0-9a-fA-F]{64}") ? digest.toLowerCase(Locale.ROOT)
        : sha256(source.id() + head.path());
    String length = md.get(Metadata.CONTENT_LENGTH);
    long size = length != null && length.matches("\\d{1,18}") ? Long.parseLong(length) : 0;
    return new ExtractedDocument(new SourceFile(source.path(), id, size), type.getBaseType().toString(),
        Formats.shortName(type), title, selected, paged ? pages.size() : 0, passages);
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Receives each part of the parse with its own collector, charging embedded files to the budget. */
  private static final class Parts extends AbstractRecursiveParserWrapperHandler {
    private final Budget budget;
    private final List<Part> parts = new ArrayList<>();
    private int depth;

    Parts(Budget budget) {
      super(new Collectors(budget));
      this.budget = budget;
    }

    @Override
    public void startEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
      super.startEmbeddedDocument(handler, metadata);
      budget.embedded(++depth);
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws SAXException {
      super.endEmbeddedDocument(handler, metadata);
      depth--;
      String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
      parts.add(new Part(path == null ? "/embedded-" + parts.size() : path, metadata.get(Metadata.CONTENT_TYPE),
          (PageCollector) handler, metadata));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws SAXException {
      super.endDocument(handler, metadata);
      parts.add(0, new Part("/", metadata.get(Metadata.CONTENT_TYPE), (PageCollector) handler, metadata));
    }
  }

  /** A new page collector for each part, all charging one budget. */
  private record Collectors(Budget budget) implements ContentHandlerFactory {
    @Override
    public ContentHandler getNewContentHandler() {
      return new PageCollector(budget);
    }

    @Override
    public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
      throw new UnsupportedOperationException("text is collected, not written");
    }
  }
}

package org.oversight.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.oversight.domain.Resources;

/**
 * Short, stable names for the media types the tool reads, as shown in search hits and used in filters; which types
 * are not documents at all ({@code non-documents.tsv}), and which hold other files ({@code containers.txt}).
 */
final class Formats {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/x-tika-msoffice", "doc"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("text/plain", "text"),
      Map.entry("text/markdown", "text"),
      Map.entry("text/x-web-markdown", "text"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
      Map.entry("application/vnd.ms-powerpoint", "ppt"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
      Map.entry("message/rfc822", "email"),
      Map.entry("application/vnd.ms-outlook", "email"),
      Map.entry("application/zip", "zip"),
      Map.entry("application/epub+zip", "epub"));

  private static final Map<String, String> NOT_DOCUMENTS = load();
  /** Media type of each container to "archive" or "message". */
  private static final Map<String, String> CONTAINERS = Resources.lines(Formats.class, "containers.txt").stream()
      .map(l -> l.split("\t")).collect(Collectors.toUnmodifiableMap(c -> c[0].strip(), c -> c[1].strip()));

  private Formats() {}

  static String shortName(MediaType type) {
    String name = NAMES.get(type.getBaseType().toString());
    if (name != null) return name;
    if (type.getType().equals("text")) return "text";
    return CONTAINERS.containsKey(type.getBaseType().toString())
        ? type.getSubtype().replaceFirst("^(x-|vnd\\.)", "") : "other";
  }

  /**
   * Why a file of this type is not a document (audio, a font, a program, a data or code file, an image when there is
   * no OCR), or null when it is one.
   */
  static String notADocument(MediaType type, boolean ocr) {
    String base = type.getBaseType().toString();
    if (type.getType().equals("image")) return ocr ? null : "image (no OCR)";
    for (Map.Entry<String, String> e : NOT_DOCUMENTS.entrySet()) {
      String pattern = e.getKey();
      boolean prefix = pattern.endsWith("/") || pattern.endsWith("*");
      String stem = pattern.endsWith("*") ? pattern.substring(0, pattern.length() - 1) : pattern;
      if (prefix ? base.startsWith(stem) : base.equals(pattern)) return e.getValue();
    }
    return null;
  }

  /** Whether files of this type hold other files, each a document of its own: archives and mail. */
  static boolean isContainer(String mediaType) {
    return mediaType != null && CONTAINERS.containsKey(MediaType.parse(mediaType).getBaseType().toString());
  }

  /** Whether files of this type are archives, whose own text (a list of entries) is not a document. */
  static boolean isArchive(String mediaType) {
    return mediaType != null && "archive".equals(CONTAINERS.get(MediaType.parse(mediaType).getBaseType().toString()));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Resources.lines(Formats.class, "non-documents.tsv");
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length != 2) throw new IllegalStateException("non-documents.tsv: expected type<TAB>reason: " + line);
      out.put(cols[0].strip(), cols[1].strip());
    }
    return out;
  }
}

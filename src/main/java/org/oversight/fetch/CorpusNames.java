package org.oversight.fetch;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/**
 * Safe file names from addresses: only letters, digits, '-', '_' and '.', never '..', never a path separator, at most
 * 80 characters; the extension from what the bytes are, not from what the address claims. Content-Disposition is
 * never used.
 */
final class CorpusNames {
  private static final Map<String, String> EXTENSIONS = Map.of(
      "application/pdf", "pdf",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
      "application/msword", "doc",
      "application/x-tika-msoffice", "doc",
      "application/vnd.oasis.opendocument.text", "odt",
      "application/rtf", "rtf",
      "text/html", "html",
      "application/xhtml+xml", "html",
      "text/plain", "txt");

  private CorpusNames() {}

  static String host(URI uri) {
    String h = uri.getHost() == null ? "unknown-host" : uri.getHost().toLowerCase(Locale.ROOT);
    if (uri.getPort() > 0) h = h + "_" + uri.getPort();
    return safe(h, "unknown-host");
  }

  /** The last segment of the path, decoded, without its extension, made safe; "index" for a folder address. */
  static String base(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    String last = path.substring(path.lastIndexOf('/') + 1);
    last = URLDecoder.decode(last, StandardCharsets.UTF_8);
    int dot = last.lastIndexOf('.');
    if (dot > 0) last = last.substring(0, dot);
    if (uri.getRawQuery() != null) last = last + "_" + Integer.toHexString(uri.getRawQuery().hashCode());
    return safe(last, "index");
  }

  /** Whether bytes of this type are a document for the corpus (PDF, Word, OpenDocument, RTF), not a web page. */
  static boolean isDocument(MediaType type) {
    String t = type.getBaseType().toString();
    return (EXTENSIONS.containsKey(t) && !t.contains("html") && !t.equals("text/plain"))
        || t.equals("application/x-tika-ooxml") || t.startsWith("application/vnd.oasis.opendocument")
        || t.startsWith("application/vnd.openxmlformats-officedocument");
  }

  static String extension(MediaType type, URI uri) {
    String ext = EXTENSIONS.get(type.getBaseType().toString());
    if (ext != null) return ext;
    String path = uri.getPath() == null ? "" : uri.getPath();
    int dot = path.lastIndexOf('.');
    String fromUrl = dot >= 0 ? safe(path.substring(dot + 1).toLowerCase(Locale.ROOT), "bin") : "bin";
    return fromUrl.length() <= 5 ? fromUrl : "bin";
  }

  private static String safe(String s, String fallback) {
    String t = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[.-]+|[.-]+$", "");
    if (t.length() > 80) t = t.substring(0, 80);
    return t.isEmpty() ? fallback : t;
  }
}

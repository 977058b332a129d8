package org.oversight.extract;

import java.util.Map;
import org.apache.tika.mime.MediaType;

/** Short, stable names for the media types the tool reads, as shown in search hits and used in filters. */
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
      Map.entry("text/x-web-markdown", "text"));

  private Formats() {}

  static String shortName(MediaType type) {
    String name = NAMES.get(type.getBaseType().toString());
    if (name != null) return name;
    return type.getType().equals("text") ? "text" : "other";
  }
}

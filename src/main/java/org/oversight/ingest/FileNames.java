package org.oversight.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's identity and its name for people. On Linux a name is bytes: two names that differ only in bytes that are not
 * UTF-8 print alike ({@code caf\uFFFD.txt}), so a path's text cannot be its identity. Its {@code file:} URI keeps every
 * byte, and opens the same file again in any locale.
 */
public final class FileNames {
  private FileNames() {}

  /** The identity of a file: its absolute, normalised {@code file:} URI. */
  public static String identity(Path file) {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /** The identity of a folder, ending in {@code /}, so that it prefixes the identities of the files under it. */
  public static String folderIdentity(Path folder) {
    String id = identity(folder);
    return id.endsWith("/") ? id : id + "/";
  }

  /** The file an identity names. */
  public static Path path(String identity) {
    return Path.of(URI.create(identity));
  }

  /**
   * A path as one line for people: UTF-8 where its bytes are UTF-8, {@code \xE9} where they are not, and line breaks,
   * tabs and other control characters escaped, so that a failure line stays one line whatever the name holds.
   */
  public static String display(Path file) {
    String raw = file.toAbsolutePath().toUri().getRawPath();
    if (raw.length() > 1 && raw.endsWith("/")) raw = raw.substring(0, raw.length() - 1); // a folder's URI
    if (!file.isAbsolute()) {
      // a path given relative to the working folder is shown as given
      String here = Path.of("").toAbsolutePath().toUri().getRawPath();
      if (raw.startsWith(here)) raw = raw.substring(here.length());
    }
    byte[] bytes = unescape(raw);
    StringBuilder out = new StringBuilder();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < bytes.length) {
      int len = sequenceLength(bytes[i]);
      String s = null;
      if (len > 0 && i + len <= bytes.length) {
        try {
          s = utf8.decode(ByteBuffer.wrap(bytes, i, len)).toString();
        } catch (CharacterCodingException e) {
          s = null;
        }
      }
      if (s == null) {
        out.append(String.format("\\x%02X", bytes[i] & 0xff));
        i++;
        continue;
      }
      s.codePoints().forEach(c -> out.append(escaped(c)));
      i += len;
    }
    return out.toString();
  }

  /** The file an identity names, as one line for people. */
  public static String display(String identity) {
    return display(path(identity));
  }

  private static String escaped(int c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\\' -> "\\\\";
      default -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? String.format("\\u%04X", c)
          : new String(Character.toChars(c));
    };
  }

  private static int sequenceLength(byte b) {
    int u = b & 0xff;
    if (u < 0x80) return 1;
    if (u >= 0xC2 && u <= 0xDF) return 2;
    if (u >= 0xE0 && u <= 0xEF) return 3;
    if (u >= 0xF0 && u <= 0xF4) return 4;
    return -1;
  }

  private static byte[] unescape(String rawPath) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < rawPath.length(); i++) {
      char c = rawPath.charAt(i);
      if (c == '%' && i + 2 < rawPath.length()) {
        out.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}

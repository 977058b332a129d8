package org.oversight.fetch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.model.Json;

/**
 * {@code corpus/manifest.jsonl}: one line per document address. Each fetch is appended as it completes, so a crawl
 * killed half-way keeps what it fetched; on load, a later line for an address wins; at the end of a run the file is
 * rewritten with one line per address, atomically.
 */
public final class Manifest {
  private final Path file;
  private final Map<String, ManifestEntry> byUrl = new LinkedHashMap<>();
  private final Map<String, ManifestEntry> fileIndex = new java.util.HashMap<>();

  private Manifest(Path file) {
    this.file = file;
  }

  public static Manifest load(Path corpus) throws IOException {
    Manifest m = new Manifest(corpus.resolve("manifest.jsonl"));
    if (Files.exists(m.file)) {
      for (String line : Files.readAllLines(m.file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        try {
          ManifestEntry e = Json.MAPPER.readValue(line, ManifestEntry.class);
          m.byUrl.put(e.url(), e);
        } catch (IOException e) {
          // a line cut short by a killed run: the document is fetched again
        }
      }
    }
    return m;
  }

  /**
   * The manifest entry of a file in a corpus, found by walking up from the file to the folder holding
   * {@code manifest.jsonl}; null when the file did not come from a fetch.
   */
  public static ManifestEntry describing(Path file, Map<Path, Manifest> cache) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("manifest.jsonl"))) {
        Manifest m = cache.get(dir);
        if (m == null) {
          m = load(dir);
          cache.put(dir, m);
        }
        return m.byFile(dir.relativize(abs).toString());
      }
    }
    return null;
  }

  /** The entry that stored this file (relative to the corpus), the address it was first fetched from. */
  synchronized ManifestEntry byFile(String file) {
    if (fileIndex.isEmpty()) {
      for (ManifestEntry e : byUrl.values()) {
        if (e.file() != null) fileIndex.putIfAbsent(e.file(), e);
      }
    }
    return fileIndex.get(file);
  }

  public synchronized ManifestEntry get(String url) {
    return byUrl.get(url);
  }

  /** The entry already holding these bytes, if any. */
  public synchronized ManifestEntry bySha(String sha256) {
    for (ManifestEntry e : byUrl.values()) {
      if (sha256.equals(e.sha256()) && e.file() != null) return e;
    }
    return null;
  }

  /** Records an entry and appends it to the file at once. */
  public synchronized void put(ManifestEntry e) throws IOException {
    byUrl.put(e.url(), e);
    fileIndex.clear();
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      w.write(Json.MAPPER.writeValueAsString(e));
      w.newLine();
    }
  }

  public synchronized Collection<ManifestEntry> entries() {
    return List.copyOf(byUrl.values());
  }

  /** Rewrites the file with one line per address. */
  public synchronized void compact() throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling("manifest.jsonl.tmp");
    List<String> lines = new ArrayList<>();
    for (ManifestEntry e : byUrl.values()) lines.add(Json.MAPPER.writeValueAsString(e));
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

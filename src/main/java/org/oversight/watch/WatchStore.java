package org.oversight.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.oversight.model.Json;
import org.oversight.query.QueryException;

/**
 * The saved searches of one index and the matches they found, in one JSON file beside the index folder:
 * {@code index.watch.json} for {@code index}. Beside, not inside, so that Lucene never meets a file it does not know
 * and the searches outlive an index deleted to be built again. Every change is written to a temporary file in the
 * same folder and moved over the old one in one step, so a reader sees the old contents or the new, never half; a
 * lock file ({@code index.watch.json.lock}) keeps two processes from changing it at once.
 */
public final class WatchStore {
  /** The store's format; raised when it changes. */
  static final int VERSION = 1;

  /** One process-wide lock: a JVM may not hold two file locks on one file. */
  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private final Path file;

  /** The file's contents. */
  record Contents(int version, List<SavedSearch> searches, List<Match> matches) {
    Contents {
      searches = searches == null ? new ArrayList<>() : new ArrayList<>(searches);
      matches = matches == null ? new ArrayList<>() : new ArrayList<>(matches);
    }
  }

  /** A change to the contents, returning what the caller wants to know of it. */
  interface Change<T> {
    T apply(Contents contents) throws QueryException;
  }

  /** The store in {@code file}; it is created by the first change. */
  public WatchStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** The store beside an index folder: {@code <index>.watch.json}. */
  public static WatchStore beside(Path index) {
    Path abs = index.toAbsolutePath().normalize();
    if (abs.getParent() == null) {
      throw new IllegalArgumentException("an index at " + abs + " has no folder beside it for its saved searches");
    }
    return new WatchStore(abs.resolveSibling(abs.getFileName() + ".watch.json"));
  }

  public Path file() {
    return file;
  }

  /** The saved searches, in the order they were saved. */
  public List<SavedSearch> searches() throws IOException {
    return List.copyOf(read().searches());
  }

  /** The saved search of this name, if any. */
  public Optional<SavedSearch> search(String name) throws IOException {
    return read().searches().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Saves a search.
   *
   * @throws QueryException when one of that name is saved already
   */
  public void add(SavedSearch search) throws QueryException, IOException {
    change(c -> {
      if (c.searches().stream().anyMatch(s -> s.name().equals(search.name()))) {
        throw new QueryException("a saved search called " + search.name() + " exists; remove it first "
            + "(oversight watch remove " + search.name() + ")");
      }
      c.searches().add(search);
      return null;
    });
  }

  /**
   * Removes a saved search and the matches it found.
   *
   * @return how many matches were dropped with it
   * @throws QueryException when no saved search has that name
   */
  public int remove(String name) throws QueryException, IOException {
    return change(c -> {
      if (!c.searches().removeIf(s -> s.name().equals(name))) throw unknown(name);
      int before = c.matches().size();
      c.matches().removeIf(m -> m.search().equals(name));
      return before - c.matches().size();
    });
  }

  /**
   * The matches found, oldest first: all of them, or one saved search's, found at or after {@code since}.
   *
   * @param name a saved search, or null for all
   * @param since earliest time found, or null
   * @throws QueryException when no saved search has that name
   */
  public List<Match> matches(String name, Instant since) throws QueryException, IOException {
    Contents c = read();
    if (name != null && c.searches().stream().noneMatch(s -> s.name().equals(name))) throw unknown(name);
    return c.matches().stream()
        .filter(m -> name == null || m.search().equals(name))
        .filter(m -> since == null || !Instant.parse(m.found()).isBefore(since))
        .sorted(Comparator.comparing(m -> Instant.parse(m.found())))
        .toList();
  }

  /**
   * A saved search with how many documents it has matched and when it last found one.
   *
   * @param lastFound ISO instant, or null when it has found nothing
   */
  public record Summary(SavedSearch search, int matches, String lastFound) {}

  /** Every saved search with its matches counted, in the order they were saved. */
  public List<Summary> summaries() throws IOException {
    Contents c = read();
    List<Summary> out = new ArrayList<>();
    for (SavedSearch s : c.searches()) {
      List<Match> mine = c.matches().stream().filter(m -> m.search().equals(s.name())).toList();
      out.add(new Summary(s, mine.size(), mine.stream().map(Match::found).max(Comparator.comparing(Instant::parse))
          .orElse(null)));
    }
    return out;
  }

  /**
   * Records matches; a document a saved search has matched before is not recorded again.
   *
   * @return the matches that are new, in the order given
   */
  public List<Match> record(List<Match> found) throws IOException {
    if (found.isEmpty()) return List.of();
    try {
      return change(c -> {
        Set<String> known = new HashSet<>();
        for (Match m : c.matches()) known.add(m.search() + '\t' + m.id());
        List<Match> fresh = new ArrayList<>();
        for (Match m : found) {
          if (known.add(m.search() + '\t' + m.id())) fresh.add(m);
        }
        c.matches().addAll(fresh);
        return fresh;
      });
    } catch (QueryException e) {
      throw new IllegalStateException(e); // recording refuses nothing
    }
  }

  private static QueryException unknown(String name) {
    return new QueryException("no saved search called " + name + "; 'oversight watch list' shows them");
  }

  /** Reads the store; an absent file is an empty store. */
  Contents read() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new Contents(VERSION, List.of(), List.of());
    }
    Contents c;
    try {
      c = Json.MAPPER.readValue(bytes, Contents.class);
    } catch (JsonProcessingException e) {
      throw new IOException("saved searches in " + file + " cannot be read (" + e.getOriginalMessage()
          .replaceAll("\\s+", " ") + "); mend or remove the file");
    }
    if (c.version() > VERSION) {
      throw new IOException("saved searches in " + file + " were written by a newer oversight (store version "
          + c.version() + "; this build reads " + VERSION + ")");
    }
    return c;
  }

  /** Reads, changes and writes the store under the lock; nothing is written when the change refuses. */
  <T> T change(Change<T> change) throws QueryException, IOException {
    Files.createDirectories(file.getParent());
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    IN_PROCESS.lock();
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = ch.lock()) {
      Contents c = read();
      T result = change.apply(c);
      byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(new Contents(VERSION, c.searches(), c.matches()));
      writeAtomically(file, out -> out.write(json));
      return result;
    } finally {
      IN_PROCESS.unlock();
    }
  }

  /** Writes what a writer writes. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a file so that it holds its old contents or the new, whatever happens: the new contents go to a
   * temporary file in the same folder, flushed to disk, then moved over the old file in one step.
   */
  static void writeAtomically(Path target, Content content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        content.writeTo(out);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

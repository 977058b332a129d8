package org.oversight.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.oversight.query.Exporter;
import org.oversight.query.Filter;
import org.oversight.query.QueryException;
import org.oversight.query.Searcher;

/**
 * The index as a long-running server sees it: the last commit, looked for again at most once a second, so that each
 * new commit of {@code ingest} or {@code update} shows without a restart. Requests lease a view; a view whose commit
 * has been superseded stays open until its last lease ends (Lucene's {@link ReaderManager} counts them).
 */
final class LiveIndex implements Closeable {
  private final Directory dir;
  private final ReaderManager readers;
  private final long checkEveryNanos;
  private final AtomicLong lastCheck = new AtomicLong(System.nanoTime());
  private volatile View current;

  private LiveIndex(Directory dir, ReaderManager readers, Duration checkEvery) {
    this.dir = dir;
    this.readers = readers;
    this.checkEveryNanos = checkEvery.toNanos();
  }

  /**
   * Opens the index in {@code path}, after the checks every command makes.
   *
   * @throws org.oversight.index.NoIndexException when there is no index
   * @throws org.oversight.index.IndexLayoutException when another build's layout made it
   */
  static LiveIndex open(Path path, Duration checkEvery) throws IOException {
    Searcher.open(path).close();
    Directory dir = FSDirectory.open(path);
    try {
      return new LiveIndex(dir, new ReaderManager(dir), checkEvery);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** The current view, to be closed when the request is done with it. */
  Lease lease() throws IOException {
    long last = lastCheck.get();
    long now = System.nanoTime();
    if (now - last >= checkEveryNanos && lastCheck.compareAndSet(last, now)) readers.maybeRefresh();
    DirectoryReader reader = readers.acquire();
    View v = current;
    if (v == null || v.reader != reader) {
      v = new View(reader);
      current = v;
    }
    return new Lease(v);
  }

  @Override
  public void close() throws IOException {
    readers.close();
    dir.close();
  }

  /** A view of the index in use by a request. */
  final class Lease implements AutoCloseable {
    private final View view;

    private Lease(View view) {
      this.view = view;
    }

    Searcher searcher() {
      return view.searcher;
    }

    /**
     * A view of the whole corpus (the reports list, the forces) worked out once per commit: it cannot change
     * until the next one, and costs more the larger the corpus.
     */
    @SuppressWarnings("unchecked")
    <T> T perCommit(String key, Work<T> work) throws IOException, QueryException {
      Object known = view.perCommit.get(key);
      if (known != null) return (T) known;
      T made = work.run();
      view.perCommit.putIfAbsent(key, made);
      return made;
    }

    /** The ids of the documents with this file name (usually one), for links from rows that name only a file. */
    List<String> idsOf(String file) throws IOException {
      return view.idsByFile().getOrDefault(file, List.of());
    }

    @Override
    public void close() throws IOException {
      readers.release(view.reader);
    }
  }

  /** Work on the index that may fail as reading or querying it may. */
  interface Work<T> {
    T run() throws IOException, QueryException;
  }

  /** One commit of the index, with what the server has worked out from it. */
  private static final class View {
    final DirectoryReader reader;
    final Searcher searcher;
    final Map<String, Object> perCommit = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Map<String, List<String>> idsByFile;

    View(DirectoryReader reader) {
      this.reader = reader;
      this.searcher = Searcher.over(reader);
    }

    Map<String, List<String>> idsByFile() throws IOException {
      Map<String, List<String>> ids = idsByFile;
      if (ids != null) return ids;
      Map<String, List<String>> built = new HashMap<>();
      try {
        searcher.exporter().export(Exporter.Level.document, Filter.NONE, row -> built
            .computeIfAbsent((String) row.get("file"), f -> new ArrayList<>()).add((String) row.get("id")));
      } catch (QueryException e) {
        throw new IllegalStateException("no filter cannot be wrong", e);
      }
      idsByFile = built;
      return built;
    }
  }
}

package org.oversight.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work over items on a fixed number of threads, its outcomes handed back on the calling thread in the items' order:
 * the one parallel loop of ingest, {@code extract} and {@code eval}.
 */
public final class Parallel {
  /** The work for one item. */
  public interface Work<T, R> {
    R apply(T item) throws Exception;
  }

  /** Receives each item's result, or the exception its work threw, in the items' order. */
  public interface Sink<T, R> {
    void accept(T item, R result, Exception failure) throws IOException;
  }

  private Parallel() {}

  /**
   * Runs {@code work} over the items on {@code threads} threads and hands each outcome to {@code sink}.
   *
   * @throws InterruptedException when the calling thread is interrupted; the work still running is abandoned
   */
  public static <T, R> void map(List<T> items, int threads, Work<T, R> work, Sink<T, R> sink)
      throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(1, items.size()))));
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
      for (int i = 0; i < items.size(); i++) {
        R result = null;
        Exception failure = null;
        try {
          result = futures.get(i).get();
        } catch (ExecutionException e) {
          failure = e.getCause() instanceof Exception x ? x : new IllegalStateException(e.getCause());
        }
        sink.accept(items.get(i), result, failure);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

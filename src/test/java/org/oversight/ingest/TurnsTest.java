package org.oversight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oversight.annotate.SharedAnnotator;

/**
 * A run's turns: a run of n threads works on at most n files at once in its own process, and has twice as many
 * threads when files may be read in worker processes, so that one can annotate while another waits on a worker.
 */
class TurnsTest {
  private static DocumentPipeline pipeline(Isolation.Mode mode, int threads) {
    return new DocumentPipeline(DocumentPipeline.Limits.defaults(), SharedAnnotator::get,
        new Isolation(mode, 256, null), threads);
  }

  @Test
  void aRunThatMayUseWorkersHasAThreadToWaitOnThemBesideEachTurn() {
    try (DocumentPipeline withWorkers = pipeline(Isolation.Mode.RISKY_FORMATS, 2);
        DocumentPipeline inProcess = pipeline(Isolation.Mode.NONE, 2)) {
      assertThat(withWorkers.threadsFor(2)).isEqualTo(4);
      assertThat(inProcess.threadsFor(2)).isEqualTo(2);
    }
  }

  @Test
  void noMoreThreadsWorkAtOnceThanThereAreTurns() throws Exception {
    for (int turns : new int[] {1, 2}) {
      try (DocumentPipeline p = pipeline(Isolation.Mode.RISKY_FORMATS, turns)) {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(p.threadsFor(turns));
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          done.add(pool.submit(() -> p.inTurn(() -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            Thread.sleep(20);
            now.decrementAndGet();
            return 1;
          })));
        }
        for (Future<Integer> f : done) f.get();
        pool.shutdown();
        assertThat(most.get()).as("%d turns", turns).isEqualTo(turns);
      }
    }
  }
}

package org.oversight.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.oversight.domain.Forces;
import org.oversight.extract.Extractor;
import org.oversight.index.CorpusIndex;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.DocType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.model.Person;
import org.oversight.model.Recommendation;
import org.oversight.model.SourceFile;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;
import org.oversight.query.Searcher;

/**
 * Measures {@code compare} and {@code reports} on a large index: documents with the sample corpus's passages and
 * tags set as the annotator would (a report per hundred documents, a response per force and report, dates spread
 * around the 56 days), written straight to the index so that building 5,000 documents takes seconds, not the
 * minutes language processing would.
 */
public final class CrossForceBenchmark {
  private final PrintWriter out;

  public CrossForceBenchmark(PrintWriter out) {
    this.out = out;
  }

  public Path build(Path samples, Path index, int docs, int passagesPerDoc) throws Exception {
    List<String> pool = new ArrayList<>();
    Extractor extractor = new Extractor();
    try (var s = Files.list(samples)) {
      for (Path f : s.sorted().toList()) {
        extractor.extract(f).passages().forEach(p -> pool.add(p.text()));
      }
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (int j = 0; j < pool.size(); j++) {
      if (pool.get(j).startsWith("Recommendation ")) {
        recommendations.add(new Recommendation(pool.get(j), j, "chief constables", null, null));
      }
    }
    List<String> forces = Forces.standard().territorial();
    int reports = Math.max(1, docs / forces.size());
    Random random = new Random(42);
    IngestBenchmark.deleteTree(index);
    long t0 = System.nanoTime();
    try (CorpusIndex idx = CorpusIndex.open(index)) {
      for (int i = 0; i < docs; i++) {
        int report = i % reports;
        String force = forces.get((i / reports) % forces.size());
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(report * 37L);
        boolean isReport = i < reports;
        LocalDate date = isReport ? published : published.plusDays(20 + random.nextInt(60));
        List<Passage> passages = new ArrayList<>();
        for (int j = 0; j < passagesPerDoc; j++) {
          passages.add(new Passage(j, 1 + j / 4, pool.get((i * 7 + j) % pool.size())));
        }
        SourceFile src = new SourceFile(Path.of("synthetic-" + i + ".pdf"), String.format("%064x", i), 1000);
        ExtractedDocument doc = new ExtractedDocument(src, "application/pdf", "pdf", null, Map.of(),
            passagesPerDoc / 4, passages);
        String title = "Synthetic report " + report + ": an inspection of topic " + report;
        Tags tags = new Tags(isReport ? DocType.HMICFRS_REPORT : DocType.PCC_RESPONSE, List.of(force),
            isReport ? null : force, date.toString(), title, isReport ? null : published.toString(),
            isReport ? null : new Person("Commissioner of " + force, "Police and Crime Commissioner", force),
            List.of(), isReport ? recommendations : List.of(), List.of(),
            isReport ? null : Timeliness.of(published, date));
        idx.put(new AnnotatedDocument(doc, List.of(), tags, 0), "/synthetic/" + i);
      }
      idx.commit();
    }
    out.printf("built a synthetic index of %d documents, %d passages, %d reports (%d recommendations each) in "
        + "%.1f s%n", docs, docs * passagesPerDoc, reports, recommendations.size(), (System.nanoTime() - t0) / 1e9);
    out.flush();
    return index;
  }

  public void measure(Path index, int rounds, int coldRuns) throws Exception {
    long[] compare = new long[rounds];
    long[] reports = new long[rounds];
    long[] ledger = new long[rounds];
    try (Searcher s = Searcher.open(index)) {
      for (int i = 0; i < 30; i++) {
        s.crossForce().compare("Synthetic report " + i + ":", null);
        s.crossForce().reports();
        s.ledgers().ledger("Synthetic report " + i + ":");
      }
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        s.crossForce().compare("Synthetic report " + (i % 100) + ":", null);
        compare[i] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        s.crossForce().reports();
        reports[i] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        s.ledgers().ledger("Synthetic report " + (i % 100) + ":");
        ledger[i] = System.nanoTime() - t0;
      }
      long t0 = System.nanoTime();
      int overdue = s.ledgers().overdue(LocalDate.of(2030, 1, 1)).rows().size();
      out.printf("overdue over every report (%d rows): %.0f ms%n", overdue, (System.nanoTime() - t0) / 1e6);
    }
    print("compare", compare);
    print("reports", reports);
    print("ledger", ledger);
    for (List<String> args : List.of(List.of("compare", "--report", "Synthetic report 7:"), List.of("reports"),
        List.of("ledger", "--report", "Synthetic report 7:"))) {
      double[] t = QueryBenchmark.cold(args, index, coldRuns);
      out.printf("cold %s (new JVM): median %.2f s, max %.2f s (target < 2 s)%n", args.get(0), t[0], t[1]);
    }
    out.flush();
  }

  private void print(String what, long[] ns) {
    long[] sorted = ns.clone();
    Arrays.sort(sorted);
    out.printf("warm %s (%d runs): p50 %.1f ms, p99 %.1f ms (target < 50 ms)%n", what, sorted.length,
        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
  }
}

package org.oversight.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Precision and recall of {@link RecommendationMatcher} on the labelled set (src/test/resources/org/oversight/ledger),
 * counted two ways: per (recommendation, passage) pair, and per ledger cell (does the response address the
 * recommendation, and is the passage cited first one that does). Then a leave-one-report-out check of the threshold:
 * for each report, the threshold that does best on the other reports, measured on that report.
 *
 * <p>Run from an IDE, or:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.oversight.query.RecommendationMatcherBenchmark
 * </pre>
 * Arguments: {@code --errors} lists every wrong pair with the words it shares with the recommendation; {@code
 * --exclude REPORT} leaves a report out entirely (to keep a held-out report unseen while tuning).
 */
public final class RecommendationMatcherBenchmark {
  /** Counts of one evaluation. */
  record Counts(int pairTp, int pairFp, int pairFn, int cellTp, int cellFp, int cellFn, int citedRight) {
    double pairPrecision() {
      return ratio(pairTp, pairTp + pairFp);
    }

    double pairRecall() {
      return ratio(pairTp, pairTp + pairFn);
    }

    double pairF1() {
      double p = pairPrecision();
      double r = pairRecall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double cellPrecision() {
      return ratio(cellTp, cellTp + cellFp);
    }

    double cellRecall() {
      return ratio(cellTp, cellTp + cellFn);
    }

    Counts plus(Counts o) {
      return new Counts(pairTp + o.pairTp, pairFp + o.pairFp, pairFn + o.pairFn, cellTp + o.cellTp,
          cellFp + o.cellFp, cellFn + o.cellFn, citedRight + o.citedRight);
    }

    static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);
  }

  private RecommendationMatcherBenchmark() {}

  public static void main(String[] args) {
    boolean errors = List.of(args).contains("--errors");
    String exclude = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--exclude")) exclude = args[i + 1];
    }
    LedgerData data = LedgerData.load();
    String ex = exclude;
    Predicate<LedgerData.Response> all = r -> !r.report().equals(ex);
    long t0 = System.nanoTime();
    Counts c = evaluate(data, new RecommendationMatcher(), all, errors);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(Locale.ROOT, "labelled set: %d responses, %d reports%s%n",
        data.responses.stream().filter(all).count(), data.recommendations.keySet().stream()
            .filter(r -> !r.equals(ex)).count(), ex == null ? "" : " (" + ex + " left out)");
    long t1 = System.nanoTime();
    int runs = 5;
    for (int i = 0; i < runs; i++) evaluate(data, new RecommendationMatcher(), all, false);
    double warm = (System.nanoTime() - t1) / 1e6 / runs / data.responses.stream().filter(all).count();
    System.out.printf(Locale.ROOT, "default threshold %.2f, relative %.2f (first run %d ms; warm %.2f ms a response)%n",
        RecommendationMatcher.THRESHOLD, RecommendationMatcher.RELATIVE, ms, warm);
    print("all", c);
    System.out.println();
    System.out.println("per report:");
    for (String report : data.recommendations.keySet()) {
      if (report.equals(exclude)) continue;
      print("  " + report, evaluate(data, new RecommendationMatcher(), r -> r.report().equals(report), false));
    }
    System.out.println();
    System.out.println("threshold sweep (all reports):");
    for (double t : grid()) {
      if (Math.round(t * 100) % 5 != 0) continue;
      print(String.format(Locale.ROOT, "  threshold %.2f", t),
          evaluate(data, new RecommendationMatcher(t, RecommendationMatcher.RELATIVE), all, false));
    }
    System.out.println();
    System.out.println("leave one report out (threshold chosen on the others by pair F1):");
    Counts held = leaveOneOut(data, exclude, List.of(RecommendationMatcher.RELATIVE));
    print("  held-out total", held);
    System.out.println();
    System.out.println("leave one report out, threshold and relative share both chosen on the others:");
    print("  held-out total", leaveOneOut(data, exclude, List.of(0.4, 0.5, 0.6, 0.7, 0.8)));
    System.out.printf(Locale.ROOT, "%n%d pairs: %d positive, %d negative%n", c.pairTp + c.pairFn
        + negatives(data, all), c.pairTp + c.pairFn, negatives(data, all));
  }

  private static Counts leaveOneOut(LedgerData data, String exclude, List<Double> relatives) {
    Counts held = Counts.ZERO;
    for (String report : data.recommendations.keySet()) {
      if (report.equals(exclude)) continue;
      double bestT = 0;
      double bestR = 0;
      double bestF = -1;
      for (double rel : relatives) {
        for (double t : grid()) {
          double f = evaluate(data, new RecommendationMatcher(t, rel),
              r -> !r.report().equals(report) && !r.report().equals(exclude), false).pairF1();
          if (f > bestF + 1e-9) {
            bestF = f;
            bestT = t;
            bestR = rel;
          }
        }
      }
      Counts h = evaluate(data, new RecommendationMatcher(bestT, bestR), r -> r.report().equals(report), false);
      print(String.format(Locale.ROOT, "  %s (threshold %.2f, relative %.1f)", report, bestT, bestR), h);
      held = held.plus(h);
    }
    return held;
  }

  private static List<Double> grid() {
    List<Double> out = new ArrayList<>();
    for (int i = 10; i <= 60; i += 1) out.add(i / 100.0);
    return out;
  }

  private static int negatives(LedgerData data, Predicate<LedgerData.Response> which) {
    int n = 0;
    for (LedgerData.Response r : data.responses) {
      if (!which.test(r)) continue;
      int recs = data.recommendations.get(r.report()).size();
      for (Set<Integer> g : r.gold()) n += recs - g.size();
    }
    return n;
  }

  static Counts evaluate(LedgerData data, RecommendationMatcher matcher, Predicate<LedgerData.Response> which,
      boolean printErrors) {
    Counts total = Counts.ZERO;
    for (LedgerData.Response r : data.responses) {
      if (!which.test(r)) continue;
      List<RecommendationMatcher.Numbered> recs = data.recommendations.get(r.report());
      List<RecommendationMatcher.Cell> cells = matcher.match(recs, r.passages());
      int ptp = 0;
      int pfp = 0;
      int pfn = 0;
      int ctp = 0;
      int cfp = 0;
      int cfn = 0;
      int cited = 0;
      for (RecommendationMatcher.Cell cell : cells) {
        int number = cell.recommendation().number();
        Set<Integer> gold = new TreeSet<>();
        for (int p = 0; p < r.gold().size(); p++) {
          if (r.gold().get(p).contains(number)) gold.add(p);
        }
        Set<Integer> predicted = new TreeSet<>();
        Map<Integer, RecommendationMatcher.Citation> byPassage = new LinkedHashMap<>();
        for (RecommendationMatcher.Citation c : cell.citations()) {
          predicted.add(c.passage());
          byPassage.put(c.passage(), c);
        }
        for (int p : predicted) {
          if (gold.contains(p)) {
            ptp++;
          } else {
            pfp++;
            if (printErrors) error("FP", r, number, p, byPassage.get(p), cell.recommendation());
          }
        }
        for (int p : gold) {
          if (!predicted.contains(p)) {
            pfn++;
            if (printErrors) error("FN", r, number, p, null, cell.recommendation());
          }
        }
        boolean addressed = cell.status() == RecommendationMatcher.Status.ADDRESSED;
        if (addressed && !gold.isEmpty()) {
          ctp++;
          if (gold.contains(cell.best().passage())) cited++;
        } else if (addressed) {
          cfp++;
        } else if (!gold.isEmpty()) {
          cfn++;
        }
      }
      total = total.plus(new Counts(ptp, pfp, pfn, ctp, cfp, cfn, cited));
    }
    return total;
  }

  private static void error(String what, LedgerData.Response r, int number, int passage,
      RecommendationMatcher.Citation c, RecommendationMatcher.Numbered rec) {
    String text = r.passages().get(passage).text().replaceAll("\\s+", " ");
    Set<String> common = new TreeSet<>(RecommendationMatcher.terms(rec.text()));
    common.retainAll(RecommendationMatcher.terms(text));
    System.out.printf(Locale.ROOT, "%s %s rec %d passage %d [%s]%s: %s%n    shared words: %s%n", what, r.id(),
        number, passage, r.kinds().get(passage),
        c == null ? "" : String.format(Locale.ROOT, " %.2f %s", c.score(), c.how()),
        text.length() > 110 ? text.substring(0, 110) + "..." : text, common);
  }

  private static void print(String label, Counts c) {
    System.out.printf(Locale.ROOT,
        "%-44s pairs P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | cells P %.3f R %.3f (tp %d fp %d fn %d), "
            + "first citation right %d/%d%n",
        label, c.pairPrecision(), c.pairRecall(), c.pairF1(), c.pairTp, c.pairFp, c.pairFn, c.cellPrecision(),
        c.cellRecall(), c.cellTp, c.cellFp, c.cellFn, c.citedRight, c.cellTp);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }
}

package org.oversight.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extraction records against hand annotations with the matching rules of {@code shared/eval/score.py}: names
 * by first initial and surname (titles and post-nominals ignored), roles after normalising "Her/His Majesty's",
 * PCC/PFCC/HMI and a trailing "for <area>", report titles by word overlap, recommendations by word coverage, ratings by
 * (force, grade). Records are JSON objects keyed by the file's base name.
 */
public final class Scorer {
  private static final Set<String> TITLES = Set.of("sir", "dame", "dr", "mr", "mrs", "ms", "miss", "rt", "hon",
      "the", "right", "honourable", "qpm", "obe", "cbe", "mbe", "kbe", "dbe", "kpm", "dl", "jp", "mp", "qc", "kc",
      "lord", "lady", "baroness", "chief", "constable", "commissioner", "hmi", "cc", "dcc", "acc", "pcc", "pfcc",
      "inspector", "superintendent", "detective", "deputy", "assistant", "mayor", "councillor", "cllr", "professor",
      "prof");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  static final List<String> ACCURACY = List.of("doc_type", "primary_force", "document_date", "report_title",
      "report_date", "author_name", "author_role", "people_role");
  static final List<String> SETS = List.of("forces", "people", "recommendations", "ratings");

  /** Per-field figures: accuracy fields have {@code accuracy}; set fields precision, recall, F1 and counts. */
  public record Field(String name, Double accuracy, int n, Double precision, Double recall, Double f1, int tp, int fp,
      int fn) {
    /** The figure a threshold applies to: accuracy or F1; null when nothing was scored. */
    public Double value() {
      return accuracy != null ? accuracy : f1;
    }
  }

  /**
   * The whole score: fields in a fixed order, every miss (one line each), the fields again for the documents of each
   * kind (by the gold {@code doc_type}), and how the gold kinds were predicted (gold kind → predicted kind → count).
   */
  public record Score(int documents, int missingOutput, List<Field> fields, List<String> misses,
      Map<String, List<Field>> byType, Map<String, Map<String, Integer>> confusion) {
    /** The figure of one field (accuracy or F1), or null when it was not scored. */
    public Double value(String field) {
      for (Field f : fields) {
        if (f.name().equals(field)) return f.value();
      }
      return null;
    }
  }

  /** The kinds of document in the order tables show them. */
  public static final List<String> TYPES = List.of("pcc_response", "hmicfrs_report", "hmicfrs_letter",
      "news_article", "other");

  private final Map<String, int[]> acc = new LinkedHashMap<>();
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();

  private Scorer() {
    ACCURACY.forEach(k -> acc.put(k, new int[2]));
    SETS.forEach(k -> counts.put(k, new int[3]));
  }

  /** Scores predictions (by base file name) against gold records. */
  public static Score score(List<JsonNode> gold, Map<String, JsonNode> predicted) {
    Score all = scoreOnly(gold, predicted);
    Map<String, List<Field>> byType = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    List<String> types = new ArrayList<>(TYPES);
    for (JsonNode g : gold) {
      String t = text(g, "doc_type");
      if (t != null && !types.contains(t)) types.add(t);
    }
    for (String type : types) {
      List<JsonNode> ofType = gold.stream().filter(g -> type.equals(text(g, "doc_type"))).toList();
      if (ofType.isEmpty()) continue;
      byType.put(type, scoreOnly(ofType, predicted).fields());
      Map<String, Integer> row = new LinkedHashMap<>();
      for (JsonNode g : ofType) {
        JsonNode p = predicted.get(base(g.path("file").asText()));
        String got = p == null || text(p, "doc_type") == null ? "(none)" : text(p, "doc_type");
        row.merge(got, 1, Integer::sum);
      }
      confusion.put(type, row);
    }
    return new Score(all.documents(), all.missingOutput(), all.fields(), all.misses(), byType, confusion);
  }

  private static Score scoreOnly(List<JsonNode> gold, Map<String, JsonNode> predicted) {
    Scorer s = new Scorer();
    int missing = 0;
    for (JsonNode g : gold) {
      String file = base(g.path("file").asText());
      JsonNode p = predicted.get(file);
      if (p == null) {
        missing++;
        s.misses.add(file + ": no output for this document");
        p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
      s.document(file, g, p);
    }
    List<Field> fields = new ArrayList<>();
    s.acc.forEach((k, v) -> fields.add(new Field(k, v[1] == 0 ? null : round((double) v[0] / v[1]), v[1], null,
        null, null, 0, 0, 0)));
    s.counts.forEach((k, v) -> fields.add(prf(k, v[0], v[1], v[2])));
    return new Score(gold.size(), missing, fields, s.misses, Map.of(), Map.of());
  }

  private void document(String f, JsonNode g, JsonNode p) {
    check("doc_type", text(p, "doc_type") != null && text(p, "doc_type").equals(text(g, "doc_type")), f,
        text(g, "doc_type"), text(p, "doc_type"));
    check("primary_force", normForce(text(p, "primary_force")).equals(normForce(text(g, "primary_force"))), f,
        text(g, "primary_force"), text(p, "primary_force"));
    String pd = blankToNull(text(p, "document_date"));
    check("document_date", java.util.Objects.equals(pd, text(g, "document_date")), f, text(g, "document_date"), pd);
    check("report_title", titleMatch(text(p, "report_title"), text(g, "report_title")), f, text(g, "report_title"),
        text(p, "report_title"));
    String gr = text(g, "report_date");
    if (gr != null && !gr.isEmpty()) {
      String prd = text(p, "report_date") == null ? "" : text(p, "report_date");
      check("report_date", prd.substring(0, Math.min(prd.length(), gr.length())).equals(gr), f, gr, prd);
    }
    JsonNode ga = g.path("author");
    JsonNode pa = p.path("author");
    if (text(ga, "name") != null) {
      check("author_name", java.util.Objects.equals(normName(text(pa, "name")), normName(text(ga, "name"))), f,
          text(ga, "name"), text(pa, "name"));
    }
    if (text(ga, "role") != null) {
      check("author_role", java.util.Objects.equals(normRole(text(pa, "role")), normRole(text(ga, "role"))), f,
          text(ga, "role"), text(pa, "role"));
    }
    forces(f, g, p);
    people(f, g, p);
    recommendations(f, g, p);
    ratings(f, g, p);
  }

  private void forces(String f, JsonNode g, JsonNode p) {
    Set<String> gf = new HashSet<>();
    Set<String> pf = new HashSet<>();
    g.path("forces").forEach(x -> gf.add(normForce(x.asText())));
    p.path("forces").forEach(x -> pf.add(normForce(x.asText())));
    add("forces", gf, pf);
    if (!gf.equals(pf)) misses.add(f + ": forces: missing=" + minus(gf, pf) + " extra=" + minus(pf, gf));
  }

  private void people(String f, JsonNode g, JsonNode p) {
    Map<List<String>, JsonNode> gp = new LinkedHashMap<>();
    for (JsonNode x : g.path("people")) {
      List<String> k = normName(text(x, "name"));
      if (k != null) gp.put(k, x);
    }
    Map<List<String>, JsonNode> pp = new LinkedHashMap<>();
    for (JsonNode x : p.path("people")) {
      List<String> k = normName(x.isTextual() ? x.asText() : text(x, "name"));
      if (k != null) pp.putIfAbsent(k, x);
    }
    add("people", gp.keySet(), pp.keySet());
    if (!gp.keySet().equals(pp.keySet())) {
      List<String> missing = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      minus(gp.keySet(), pp.keySet()).forEach(k -> missing.add(text(gp.get(k), "name")));
      minus(pp.keySet(), gp.keySet()).forEach(k -> extra.add(pp.get(k).isTextual() ? pp.get(k).asText()
          : text(pp.get(k), "name")));
      misses.add(f + ": people: missing=" + missing + " extra=" + extra);
    }
    for (List<String> k : gp.keySet()) {
      if (!pp.containsKey(k) || text(gp.get(k), "role") == null) continue;
      String role = text(pp.get(k), "role");
      check("people_role", java.util.Objects.equals(normRole(role), normRole(text(gp.get(k), "role"))), f,
          text(gp.get(k), "name") + ": " + text(gp.get(k), "role"), role);
    }
  }

  private void recommendations(String f, JsonNode g, JsonNode p) {
    List<String> grs = new ArrayList<>();
    g.path("recommendations").forEach(x -> grs.add(x.isTextual() ? x.asText() : text(x, "text")));
    List<String> prs = new ArrayList<>();
    for (JsonNode x : p.path("recommendations")) {
      String t = x.isTextual() ? x.asText() : text(x, "text");
      if (t != null && !t.isEmpty()) prs.add(t);
    }
    Set<Integer> used = new HashSet<>();
    int tp = 0;
    for (String gr : grs) {
      Set<String> gw = new HashSet<>(words(gr));
      List<Integer> parts = new ArrayList<>();
      for (int i = 0; i < prs.size(); i++) {
        if (!used.contains(i) && recPart(prs.get(i), gr)) parts.add(i);
      }
      Set<String> covered = new HashSet<>();
      for (int i : parts) {
        Set<String> w = new HashSet<>(words(prs.get(i)));
        w.retainAll(gw);
        covered.addAll(w);
      }
      if (!gw.isEmpty() && (double) covered.size() / gw.size() >= 0.7) {
        used.addAll(parts);
        tp++;
      } else {
        misses.add(f + ": recommendation missed: '" + cut(gr) + "'");
      }
    }
    int fp = 0;
    for (int i = 0; i < prs.size(); i++) {
      if (!used.contains(i)) {
        fp++;
        misses.add(f + ": recommendation extra: '" + cut(prs.get(i)) + "'");
      }
    }
    int[] c = counts.get("recommendations");
    c[0] += tp;
    c[1] += fp;
    c[2] += grs.size() - tp;
  }

  private void ratings(String f, JsonNode g, JsonNode p) {
    Set<String> gk = ratingKeys(g);
    Set<String> pk = ratingKeys(p);
    add("ratings", gk, pk);
    if (!gk.equals(pk)) misses.add(f + ": ratings: missing=" + minus(gk, pk) + " extra=" + minus(pk, gk));
  }

  private static Set<String> ratingKeys(JsonNode rec) {
    Set<String> out = new HashSet<>();
    for (JsonNode r : rec.path("ratings")) {
      if (!r.isObject()) continue;
      String force = text(r, "force") != null ? text(r, "force") : text(r, "subject");
      String grade = text(r, "grade") == null ? "" : text(r, "grade").toLowerCase(Locale.ROOT);
      out.add(normForce(force) + "|" + grade);
    }
    return out;
  }

  private <T> void add(String field, Set<T> gold, Set<T> pred) {
    int[] c = counts.get(field);
    Set<T> both = new HashSet<>(gold);
    both.retainAll(pred);
    c[0] += both.size();
    c[1] += pred.size() - both.size();
    c[2] += gold.size() - both.size();
  }

  private void check(String key, boolean ok, String f, String gold, String got) {
    int[] a = acc.get(key);
    if (ok) a[0]++;
    a[1]++;
    if (!ok) misses.add(f + ": " + key + ": gold=" + quote(gold) + " got=" + quote(got));
  }

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** First initial and surname, titles left out: ["m", "cunningham"]; null when nothing is left. */
  static List<String> normName(String s) {
    List<String> toks = new ArrayList<>();
    for (String w : words(s)) {
      if (!TITLES.contains(w)) toks.add(w);
    }
    if (toks.isEmpty()) return null;
    return toks.size() > 1 ? List.of(toks.get(0).substring(0, 1), toks.get(toks.size() - 1))
        : List.of("", toks.get(0));
  }

  static String normRole(String s) {
    String t = String.join(" ", words(s));
    if (t.isEmpty()) return null;
    t = t.replaceAll("\\b(her|his) majesty s\\b", "hm");
    t = t.replaceAll("\\bhmi\\b", "hm inspector of constabulary");
    t = t.replaceAll("\\bpfcc\\b", "police fire and crime commissioner");
    t = t.replaceAll("\\bpcc\\b", "police and crime commissioner");
    t = t.replaceAll("\\bfor [a-z ]+$", "").strip();
    t = t.replaceAll(" and fire (and )?rescue services$", "");
    return t;
  }

  static String normForce(String s) {
    return String.join(" ", words(s));
  }

  static boolean titleMatch(String a, String b) {
    boolean ea = a == null || a.isEmpty();
    boolean eb = b == null || b.isEmpty();
    if (ea && eb) return true;
    if (ea || eb) return false;
    Set<String> ta = new HashSet<>(words(a));
    Set<String> tb = new HashSet<>(words(b));
    if (ta.isEmpty() || tb.isEmpty()) return false;
    Set<String> inter = new HashSet<>(ta);
    inter.retainAll(tb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    return (double) inter.size() / union.size() >= 0.6 || (double) inter.size() / Math.min(ta.size(), tb.size()) >= 0.9;
  }

  /** A predicted passage is part of a gold one when most of its words are gold words. */
  static boolean recPart(String pred, String gold) {
    Set<String> p = new HashSet<>(words(pred));
    Set<String> g = new HashSet<>(words(gold));
    if (p.isEmpty()) return false;
    Set<String> in = new HashSet<>(p);
    in.retainAll(g);
    return (double) in.size() / p.size() >= 0.6;
  }

  private static Field prf(String name, int tp, int fp, int fn) {
    double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
    double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new Field(name, null, tp + fn, round(p), round(r), round(f), tp, fp, fn);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static String base(String name) {
    String[] parts = (name == null ? "" : name).split("[\\\\/]");
    return parts[parts.length - 1];
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static <T> List<T> minus(Set<T> a, Set<T> b) {
    List<T> out = new ArrayList<>();
    for (T x : a) {
      if (!b.contains(x)) out.add(x);
    }
    return out;
  }

  private static String quote(String s) {
    return s == null ? "None" : "'" + s + "'";
  }

  private static String cut(String s) {
    return s.length() <= 90 ? s : s.substring(0, 90);
  }

}

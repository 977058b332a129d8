package org.oversight.annotate;

import org.oversight.domain.Forces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.Rating;

/**
 * Graded judgements on the inspectorate's scale (outstanding, good, adequate, requires improvement, inadequate),
 * with the force graded and what was graded. A grade counts only where a grading word or a rating frame surrounds it
 * ("was graded good", "gave the force an overall rating of 'good'", "requires improvement in ..."): "effective" or
 * "a good inspection" are not grades. "The force" and "it" are the document's force.
 */
final class RatingTagger {
  private static final String Q = "[\u2018\u2019'\"\u201c\u201d]?";
  private static final String GRADE = "(?<grade>outstanding|good|adequate|requires improvement|requiring improvement"
      + "|require improvement|inadequate)";
  private static final String SUBJECT = "(?<subject>(?:the |its |a )?force|it|[A-Z][\\w&'-]*(?: (?:and |& )?[A-Z][\\w&'-]*)*)";
  private static final List<Pattern> FRAMES = List.of(
      Pattern.compile(SUBJECT + "(?:'s [\\w -]{1,40})? (?:was|is|has been|were|had been|to be) (?:again |once again |also )?"
          + "(?:adjudged|judged|graded|rated|assessed|found|considered) (?:to be |as |to )?(?:an? )?" + Q + GRADE + Q
          + "(?: force)?(?<area> (?:at|in|for|when it came to|on) [^.;,]{3,120}?(?=[.;,]| by | but | and (?:was|is|has)|$))?"),
      Pattern.compile("(?:graded|rated|judged|assessed) " + SUBJECT + " (?:as |to be )?(?:an? )?" + Q + GRADE + Q
          + "(?<area> (?:at|in|for|on) [^.;,]{3,120}?(?=[.;,]| by | but | and (?:was|is|has)|$))?"),
      Pattern.compile("(?:gave|give|gives|awarded|given) " + SUBJECT + " (?:an? )?(?:overall )?(?:rating|grade|grading|"
          + "judgment|judgement) of " + Q + GRADE + Q + "(?<area> (?:at|in|for|when it came to|on) [^.;,]{3,120}?(?=[.;,]| by | but | and (?:was|is|has)|$))?"),
      Pattern.compile(SUBJECT + " (?<grade>requires improvement|require improvement)"
          + "(?<area> (?:at|in|for|on) [^.;,]{3,120}?(?=[.;,]| by | but | and (?:was|is|has)|$))?"));

  /** A rating with the evidence for it. */
  record Found(Rating rating, org.oversight.model.Evidence evidence) {}

  List<Found> tag(DocText doc, Forces forces, String primaryForce) {
    List<Found> out = new ArrayList<>();
    for (Rating r : tag(doc.sentences, forces, primaryForce)) {
      out.add(new Found(r, new org.oversight.model.Evidence("ratings", r.force() + ": " + r.grade(), -1, 0, r.area(),
          "a grading frame")));
    }
    return out;
  }

  List<Rating> tag(List<NlpPipeline.Sentence> sentences, Forces forces, String primaryForce) {
    Map<String, Rating> out = new LinkedHashMap<>();
    for (NlpPipeline.Sentence s : sentences) {
      String text = s.text();
      for (Pattern p : FRAMES) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          String grade = grade(m);
          String force = force(m.group("subject"), text.substring(0, m.start("subject")), forces, primaryForce);
          if (force == null) continue;
          String area = m.group("area") == null ? "overall" : m.group("area").strip()
              .replaceFirst("^(at|in|for|when it came to|on) ", "");
          out.putIfAbsent(force + "|" + grade, new Rating(force, area, grade));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private static String grade(Matcher m) {
    String g = m.group("grade").toLowerCase(Locale.ROOT);
    return g.contains("improvement") ? "requires improvement" : g;
  }

  /** The force a subject phrase names: a force's name, or "the force"/"it" for the force just named or the document's. */
  private static String force(String subject, String before, Forces forces, String primaryForce) {
    List<Forces.Hit> named = forces.find(subject);
    if (!named.isEmpty()) return named.get(named.size() - 1).force();
    String s = subject.toLowerCase(Locale.ROOT);
    if (s.endsWith("force") || s.equals("it")) {
      List<Forces.Hit> earlier = forces.find(before);
      return earlier.isEmpty() ? primaryForce : earlier.get(earlier.size() - 1).force();
    }
    return null;
  }
}

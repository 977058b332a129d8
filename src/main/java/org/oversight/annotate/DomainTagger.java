package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.domain.Forces;
import org.oversight.model.DocType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.PageEvidence;
import org.oversight.model.Person;
import org.oversight.model.Rating;
import org.oversight.model.Recommendation;
import org.oversight.model.Tags;
import org.oversight.model.Timeliness;

/**
 * The domain rules over a document's text, sentences and CoreNLP entities: what kind of paper it is, which forces it
 * speaks about and which one principally, who is named and who signed, its own date, the report it is about, the
 * recommendations it states and the grades it reports.
 */
final class DomainTagger {
  private final DocTypeClassifier types = new DocTypeClassifier();
  private final Forces forces = Forces.standard();
  private final DateTagger dates = new DateTagger();
  private final PeopleTagger people = new PeopleTagger();
  private final ReportTagger reports = new ReportTagger();
  private final RecommendationTagger recommendations = new RecommendationTagger();
  private final RatingTagger ratings = new RatingTagger();

  Tags tag(ExtractedDocument doc, List<Mention> entities, List<NlpPipeline.Sentence> sentences) {
    String text = doc.text();
    List<Line> lines = Line.of(doc.passages());
    List<Mention> mentions = entities;
    DocType type = types.classify(text);
    List<Forces.Hit> hits = forces.find(text);
    String primary = primaryForce(hits, lines, text);
    PeopleTagger.Result found = people.tag(lines, mentions, type, primary);
    Person author = found.author();
    if (author != null && author.organisation() != null) {
      // a commissioner's area names the force the document is about
      List<Forces.Hit> area = forces.find(author.organisation() + " Police");
      if (!area.isEmpty() && (primary == null || !forces.find(author.organisation()).isEmpty()
          || type == DocType.PCC_RESPONSE)) {
        primary = area.get(0).force();
      }
    }
    Map<String, String> evidence = doc.metadata();
    String pageForce = evidence.get(PageEvidence.FORCE);
    if (pageForce != null) primary = pageForce; // the link that led to the document named its force
    List<String> named = new ArrayList<>();
    for (Forces.Hit h : hits) {
      if (!named.contains(h.force())) named.add(h.force());
    }
    if (primary != null && !named.contains(primary)) named.add(0, primary);
    String documentDate = dates.documentDate(lines, mentions, type, doc.metadata().get("published"));
    ReportTagger.Report report = reports.tag(lines, sentences, mentions, type, doc.title(), documentDate);
    String pageReport = evidence.get(PageEvidence.REPORT_TITLE);
    String pageDate = evidence.get(PageEvidence.PUBLICATION_DATE);
    if (pageReport != null && type != DocType.NEWS_ARTICLE && type != DocType.OTHER) {
      // a publication page's heading is the report's title, its "Published on" the report's date
      report = new ReportTagger.Report(pageReport, pageDate != null ? pageDate : report == null ? null
          : report.date());
    } else if (report != null && pageDate != null && report.date() == null) {
      report = new ReportTagger.Report(report.title(), pageDate);
    }
    if (type == DocType.HMICFRS_REPORT && documentDate == null && pageDate != null) documentDate = pageDate;
    String reportDate = report == null ? null : report.date();
    List<Recommendation> recs = new ArrayList<>();
    for (Recommendation r : recommendations.tag(sentences, doc.passages(), forces)) {
      recs.add(new Recommendation(r.text(), r.passage(), r.addressee(), r.deadline(),
          RecommendationTagger.due(r.deadline(), mentions, reportDate)));
    }
    List<Rating> grades = ratings.tag(sentences, forces, primary);
    return new Tags(type, named, primary, documentDate, report == null ? null : report.title(), reportDate, author,
        found.people(), recs, grades, timeliness(type, reportDate, documentDate));
  }

  /** A response's timeliness as the response itself states the report's date (section 55's count). */
  private static Timeliness timeliness(DocType type, String reportDate, String documentDate) {
    return type == DocType.PCC_RESPONSE ? Timeliness.of(reportDate, documentDate) : null;
  }

  /**
   * The force a document is principally about: the one its opening lines name, else the one it names most when
   * that one clearly leads; null for a national document that names many forces alike.
   */
  private String primaryForce(List<Forces.Hit> hits, List<Line> lines, String text) {
    if (hits.isEmpty()) return null;
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Forces.Hit h : hits) counts.merge(h.force(), 1, Integer::sum);
    int headEnd = 0;
    for (Line l : lines.subList(0, Math.min(4, lines.size()))) headEnd += l.text().length() + 2;
    List<String> inHead = new ArrayList<>();
    for (Forces.Hit h : hits) {
      if (h.start() < headEnd && !inHead.contains(h.force())) inHead.add(h.force());
    }
    if (inHead.size() == 1) return inHead.get(0);
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    if (ranked.size() == 1) return ranked.get(0).getKey();
    int first = ranked.get(0).getValue();
    int second = ranked.get(1).getValue();
    return first >= 2 * second ? ranked.get(0).getKey() : null;
  }
}

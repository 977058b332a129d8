package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.domain.Forces;
import org.oversight.model.DocType;
import org.oversight.model.Evidence;
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
 * speaks about and which one principally, who is named and who wrote it, its own date, the report it is about, the
 * recommendations it states and the grades it reports; each with the line it was read from.
 */
final class DomainTagger {
  private final DocTypeClassifier types = new DocTypeClassifier();
  private final Forces forces = Forces.standard();
  private final ForceTagger forceTagger = new ForceTagger();
  private final Attributions attributions = new Attributions();
  private final DateTagger dates = new DateTagger();
  private final PeopleTagger people = new PeopleTagger();
  private final ReportTagger reports = new ReportTagger();
  private final RecommendationTagger recommendations = new RecommendationTagger();
  private final RatingTagger ratings = new RatingTagger();

  /** The document as the rules read it, the speakers found in it and the features its kind is decided on. */
  record Reading(DocText doc, List<Attributions.Attribution> speakers, List<DocTypeClassifier.Fired> features) {}

  Reading read(ExtractedDocument source, List<Mention> entities, List<NlpPipeline.Sentence> sentences) {
    List<Line> lines = Line.of(source.passages());
    DocText doc = new DocText(source, lines, sentences, entities);
    List<Attributions.Attribution> speakers = attributions.find(doc);
    PeopleTagger.Signer signer = people.signer(doc);
    return new Reading(doc, speakers, types.features(doc, speakers, signer == null ? null : signer.voice(),
        signer == null ? null : signer.line()));
  }

  Tags tag(ExtractedDocument source, List<Mention> entities, List<NlpPipeline.Sentence> sentences) {
    Reading r = read(source, entities, sentences);
    DocText doc = r.doc();
    List<Evidence> evidence = new ArrayList<>();
    DocTypeClassifier.Decision decision = types.classify(r.features());
    DocType type = decision.type();
    evidence.addAll(types.evidence(doc, decision));

    ForceTagger.Result found = forceTagger.find(doc);
    ForceTagger.Found primaryFound = ForceTagger.primary(found, doc,
        type == DocType.NEWS_ARTICLE || type == DocType.HMICFRS_REPORT || type == DocType.OTHER);
    String primary = primaryFound == null ? null : primaryFound.force();
    Evidence primaryEvidence = primaryFound == null ? null : ForceTagger.evidence(doc, "primary_force", primaryFound);

    PeopleTagger.Result named = people.tag(doc, r.speakers(), type, primary);
    Person author = named.author();
    if (named.authorEvidence() != null) evidence.add(named.authorEvidence());
    evidence.addAll(named.peopleEvidence());
    if (author != null && author.organisation() != null) {
      // a commissioner's area names the force the document is about
      List<Forces.Hit> area = forces.find(author.organisation() + " Police");
      if (!area.isEmpty() && (primary == null || !forces.find(author.organisation()).isEmpty()
          || type == DocType.PCC_RESPONSE) && !area.get(0).force().equals(primary)) {
        primary = area.get(0).force();
        primaryEvidence = named.authorEvidence() == null ? null : new Evidence("primary_force", primary,
            named.authorEvidence().passage(), named.authorEvidence().page(), named.authorEvidence().quote(),
            "the author's area");
      }
    }
    Map<String, String> page = source.metadata();
    String pageForce = page.get(PageEvidence.FORCE);
    if (pageForce != null) {
      // the link that led to the document named its force
      primary = pageForce;
      primaryEvidence = new Evidence("primary_force", primary, -1, 0, page.getOrDefault(PageEvidence.LINK_TEXT, ""),
          "the link the document was found by");
    }
    List<String> forceNames = new ArrayList<>();
    for (ForceTagger.Found f : found.first()) {
      forceNames.add(f.force());
    }
    if (primary != null && !forceNames.contains(primary)) forceNames.add(0, primary);
    if (primaryEvidence != null) evidence.add(primaryEvidence);
    for (ForceTagger.Found f : found.first()) evidence.add(ForceTagger.evidence(doc, "forces", f));

    DateTagger.Dated own = dates.documentDate(doc, type, page.get("published"));
    String documentDate = own == null ? null : own.date();
    ReportTagger.Report report = reports.tag(doc, type, source.title(), documentDate, primary);
    String pageReport = page.get(PageEvidence.REPORT_TITLE);
    String pageDate = page.get(PageEvidence.PUBLICATION_DATE);
    if (pageReport != null && type != DocType.NEWS_ARTICLE && type != DocType.OTHER) {
      // a publication page's heading is the report's title, its "Published on" the report's date
      Evidence linked = new Evidence("report_title", pageReport, -1, 0, pageReport, "the publication page's heading");
      report = new ReportTagger.Report(pageReport, pageDate != null ? pageDate : report == null ? null
          : report.date(), linked, pageDate != null ? new Evidence("report_date", pageDate, -1, 0, pageDate,
              "the publication page's date") : report == null ? null : report.dateEvidence());
    } else if (report != null && pageDate != null && report.date() == null) {
      report = new ReportTagger.Report(report.title(), pageDate, report.titleEvidence(),
          new Evidence("report_date", pageDate, -1, 0, pageDate, "the publication page's date"));
    }
    if (type == DocType.HMICFRS_REPORT && documentDate == null && pageDate != null) {
      documentDate = pageDate;
      own = new DateTagger.Dated(pageDate, new Evidence("document_date", pageDate, -1, 0, pageDate,
          "the publication page's date"));
    }
    if (own != null) evidence.add(own.evidence());
    String reportDate = report == null ? null : report.date();
    if (report != null) {
      if (report.titleEvidence() != null) evidence.add(report.titleEvidence());
      if (report.dateEvidence() != null && reportDate != null) evidence.add(report.dateEvidence());
    }
    List<Recommendation> recs = new ArrayList<>();
    for (RecommendationTagger.Found f : recommendations.tag(doc, forces)) {
      Recommendation rec = f.recommendation();
      recs.add(new Recommendation(rec.text(), rec.passage(), rec.addressee(), rec.deadline(),
          RecommendationTagger.due(rec.deadline(), doc.mentions, reportDate)));
      evidence.add(f.evidence());
    }
    List<Recommendation> areas = new ArrayList<>();
    for (RecommendationTagger.Found f : recommendations.areas(doc, forces)) {
      areas.add(f.recommendation());
      evidence.add(f.evidence());
    }
    List<Rating> grades = new ArrayList<>();
    for (RatingTagger.Found f : ratings.tag(doc, primary)) {
      grades.add(f.rating());
      evidence.add(f.evidence());
    }
    return new Tags(type, forceNames, primary, documentDate, report == null ? null : report.title(), reportDate,
        author, named.people(), recs, grades, areas, timeliness(type, reportDate, documentDate), evidence);
  }

  /** A response's timeliness as the response itself states the report's date (section 55's count). */
  private static Timeliness timeliness(DocType type, String reportDate, String documentDate) {
    return type == DocType.PCC_RESPONSE ? Timeliness.of(reportDate, documentDate) : null;
  }
}

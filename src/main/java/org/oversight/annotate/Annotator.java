package org.oversight.annotate;

import java.util.List;
import org.oversight.model.AnnotatedDocument;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.Tags;

/**
 * The annotation stage: CoreNLP's entities plus the domain rules, for one document at a time. Build one per run
 * (it loads the language models) and share it between worker threads.
 */
public final class Annotator {
  private static Annotator shared;

  private final NlpPipeline nlp;
  private final DomainTagger tagger = new DomainTagger();

  public Annotator() {
    this(new NlpPipeline());
  }

  public Annotator(NlpPipeline nlp) {
    this.nlp = nlp;
  }

  /** The annotator of this JVM, built on first use: the models are loaded once however many runs share them. */
  public static synchronized Annotator shared() {
    if (shared == null) shared = new Annotator();
    return shared;
  }

  /** The language pipeline this annotator runs. */
  public NlpPipeline pipeline() {
    return nlp;
  }

  public AnnotatedDocument annotate(ExtractedDocument doc) {
    String stated = doc.metadata().get("published");
    String docDate = stated != null && stated.matches("\\d{4}-\\d{2}-\\d{2}.*") ? stated.substring(0, 10) : null;
    NlpPipeline.Result found = nlp.annotate(doc, docDate);
    List<Mention> mentions = NumericDates.added(found.mentions(), doc.passages());
    Tags tags = tagger.tag(doc, mentions, found.sentences());
    return new AnnotatedDocument(doc, mentions, tags, found.tokens());
  }
}

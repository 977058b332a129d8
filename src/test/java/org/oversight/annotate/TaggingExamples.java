package org.oversight.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Passage;
import org.oversight.model.SourceFile;
import org.oversight.model.Tags;

/** Runs the whole annotation stage (real CoreNLP models, domain rules) on a text written as passages. */
final class TaggingExamples {
  private TaggingExamples() {}

  /** Passages are separated by blank lines; single line breaks stay inside a passage. */
  static Tags tag(String text) {
    return tag(text, Map.of());
  }

  static Tags tag(String text, Map<String, String> metadata) {
    List<Passage> passages = new ArrayList<>();
    for (String p : text.strip().split("\n\\s*\n")) passages.add(new Passage(passages.size(), 0, p.strip()));
    ExtractedDocument doc = new ExtractedDocument(new SourceFile(Path.of("example.txt"), "0".repeat(64), 1),
        "text/plain", "text", null, metadata, 0, passages);
    return Annotator.shared().annotate(doc).tags();
  }
}

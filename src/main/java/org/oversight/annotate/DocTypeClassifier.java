package org.oversight.annotate;

import org.oversight.domain.Resources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.model.DocType;

/**
 * Tells what kind of paper a text is from layout and wording cues (a letter's salutation, a response heading, a
 * news byline), weighted and summed. The cue list is {@code doc-type-cues.txt}.
 */
final class DocTypeClassifier {
  private record Cue(DocType type, int weight, Pattern pattern) {}

  private final List<Cue> cues = new ArrayList<>();

  DocTypeClassifier() {
    for (String line : Resources.lines(DocTypeClassifier.class, "doc-type-cues.txt")) {
      String[] cols = line.split("\t", 3);
      cues.add(new Cue(DocType.parse(cols[0]), Integer.parseInt(cols[1]),
          Pattern.compile(cols[2], Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE)));
    }
  }

  DocType classify(String text) {
    Map<DocType, Integer> score = new EnumMap<>(DocType.class);
    for (Cue c : cues) {
      if (c.pattern.matcher(text).find()) score.merge(c.type, c.weight, Integer::sum);
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(DocType.OTHER);
  }
}

package org.oversight.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.ExtractedDocument;
import org.oversight.model.Mention;
import org.oversight.model.Passage;
import org.oversight.model.Person;
import org.oversight.model.Tags;

/**
 * Domain rules over the extracted text and CoreNLP's entities: document type, forces, people and the document's own
 * date. This is the first cut; report titles, authors, recommendations and ratings are the domain-tagging issue's.
 */
final class DomainTagger {
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A date standing on its own line near the top, or after "Published"/"Sent on", is the document's own. */
  private static final Pattern DATE_LINE_CUE = Pattern.compile("(?i)^(published( on)?:?|sent on:?|date:?|updated)?\\s*$");

  private final DocTypeClassifier types = new DocTypeClassifier();
  private final Forces forces = Forces.standard();

  Tags tag(ExtractedDocument doc, List<Mention> mentions) {
    String text = doc.text();
    DocType type = types.classify(text);
    Map<String, Integer> named = forces.count(text);
    String primary = named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
    return new Tags(type, new ArrayList<>(named.keySet()), primary, documentDate(doc, mentions), null, null, null,
        people(mentions), List.of(), List.of());
  }

  /** The first full date that stands alone on a short line of the first passages, or the page's stated date. */
  static String documentDate(ExtractedDocument doc, List<Mention> mentions) {
    String stated = doc.metadata().get("published");
    if (stated != null && stated.length() >= 10 && FULL_DATE.matcher(stated.substring(0, 10)).matches()) {
      return stated.substring(0, 10);
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.DATE || m.normalized() == null || !FULL_DATE.matcher(m.normalized()).matches()
          || m.passage() > 12) {
        continue;
      }
      Passage p = doc.passages().get(m.passage());
      for (String line : p.text().split("\n")) {
        int at = line.indexOf(m.text());
        if (at >= 0 && DATE_LINE_CUE.matcher(line.substring(0, at)).matches() && line.length() <= m.text().length() + 40) {
          return m.normalized();
        }
      }
    }
    return null;
  }

  /** Named people, once each, longest form of a name first seen. */
  static List<Person> people(List<Mention> mentions) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON) continue;
      String name = m.text();
      String[] words = name.split("\\s+");
      String key = words[words.length - 1].toLowerCase();
      byKey.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
    }
    return byKey.values().stream().filter(n -> n.contains(" ")).map(n -> new Person(n, null, null)).toList();
  }

}

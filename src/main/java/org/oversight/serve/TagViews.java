package org.oversight.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.oversight.model.Json;
import org.oversight.model.Tags;
import org.oversight.query.DocumentDetail;
import org.oversight.serve.Views.Evidence;
import org.oversight.serve.Views.Fact;
import org.oversight.serve.Views.Tag;
import org.oversight.serve.Views.TagValue;

/**
 * A document's tags as the page lists them, each value with the passage it came from. Read from the tags' JSON form
 * rather than field by field, so that a tag added to {@link Tags} shows with no change here: a value that names a
 * {@code passage} links to it and quotes it; entries of an {@code evidence} list ({@code field, value, passage,
 * page, quote, rule}) are shown under the tag and value they support.
 */
final class TagViews {
  private static final String EVIDENCE = "evidence";

  private TagViews() {}

  static List<Tag> of(DocumentDetail d) {
    return of(Json.MAPPER.valueToTree(d.record().tags()), d.passages());
  }

  static List<Tag> of(JsonNode tags, List<DocumentDetail.PassageView> passages) {
    List<JsonNode> evidence = new ArrayList<>();
    tags.path(EVIDENCE).forEach(evidence::add);
    List<Tag> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = tags.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (!f.getKey().equals(EVIDENCE)) out.add(tag(f.getKey(), f.getValue(), evidence, passages));
    }
    return out;
  }

  private static Tag tag(String name, JsonNode value, List<JsonNode> evidence, List<DocumentDetail.PassageView> ps) {
    List<JsonNode> forTag = evidence.stream().filter(e -> name.equals(e.path("field").asText())).toList();
    List<JsonNode> unused = new ArrayList<>(forTag);
    List<TagValue> values = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode item : value) values.add(value(item, forTag, unused, ps));
      if (values.isEmpty()) values.add(new TagValue("none found", List.of(), List.of()));
    } else if (value.isNull() || value.isMissingNode()) {
      String missing = name.endsWith("date") ? Words.date(null) : name.equals("timeliness") ? "not measured"
          : "not found";
      values.add(new TagValue(missing, List.of(), List.of()));
    } else {
      TagValue v = value(value, forTag, unused, ps);
      // a tag with one value: all its evidence is for that value
      List<Evidence> all = new ArrayList<>(v.evidence());
      unused.forEach(e -> all.add(evidence(e, ps)));
      unused.clear();
      values.add(new TagValue(v.text(), v.details(), all));
    }
    return new Tag(name.replace('_', ' '), values, unused.stream().map(e -> evidence(e, ps)).toList());
  }

  /** A value, its details, the passage it names, and the evidence entries that name it or that passage. */
  private static TagValue value(JsonNode v, List<JsonNode> forTag, List<JsonNode> unused,
      List<DocumentDetail.PassageView> ps) {
    String text = summary(v);
    List<Fact> details = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    int passage = -1;
    if (v.isObject()) {
      passage = v.path("passage").asInt(-1);
      Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String k = f.getKey();
        if (f.getValue().isValueNode() && !f.getValue().isNull() && !k.equals("passage") && !k.equals("page")
            && !shownIn(text, f.getValue().asText())) {
          details.add(new Fact(k.replace('_', ' '), f.getValue().asText(), null));
        }
      }
    }
    boolean quoted = false;
    for (JsonNode e : forTag) {
      String supports = e.path("value").asText(null);
      boolean same = supports != null && (supports.equals(text) || supports.equals(v.path("name").asText(null))
          || supports.equals(v.path("text").asText(null)));
      boolean samePassage = passage >= 0 && e.path("passage").asInt(-2) == passage;
      if ((same || samePassage) && unused.remove(e)) {
        evidence.add(evidence(e, ps));
        quoted |= samePassage;
      }
    }
    // the passage a value names, unless an evidence entry already quotes it with its rule
    if (passage >= 0 && !quoted) evidence.add(0, passageEvidence(passage, ps));
    return new TagValue(text, details, evidence);
  }

  /** Whether a detail is already said by the summary (a person's role in "name (role, organisation)"). */
  private static boolean shownIn(String summary, String detail) {
    return summary.equals(detail) || detail.length() >= 3 && summary.contains(detail);
  }

  /** A value in words: a person as "name (role, organisation)", a recommendation by its text, a scalar as is. */
  private static String summary(JsonNode v) {
    if (!v.isObject()) return v.asText();
    if (v.hasNonNull("name")) {
      List<String> more = new ArrayList<>();
      for (String k : List.of("role", "organisation")) {
        if (v.hasNonNull(k)) more.add(v.get(k).asText());
      }
      return v.get("name").asText() + (more.isEmpty() ? "" : " (" + String.join(", ", more) + ")");
    }
    if (v.hasNonNull("text")) return v.get("text").asText();
    if (v.hasNonNull("grade")) {
      return (v.hasNonNull("force") ? v.get("force").asText() + ": " : "") + v.get("grade").asText()
          + (v.hasNonNull("area") ? " (" + v.get("area").asText() + ")" : "");
    }
    if (v.hasNonNull("days")) {
      return "day " + v.get("days").asText() + " of 56" + (v.path("within_deadline").asBoolean(true) ? ""
          : ", " + v.path("days_late").asText() + " days late");
    }
    List<String> parts = new ArrayList<>();
    v.fields().forEachRemaining(f -> {
      if (f.getValue().isValueNode() && !f.getValue().isNull()) parts.add(f.getKey() + " " + f.getValue().asText());
    });
    return String.join("; ", parts);
  }

  private static Evidence passageEvidence(int passage, List<DocumentDetail.PassageView> ps) {
    DocumentDetail.PassageView p = passage < ps.size() && ps.get(passage).passage() == passage ? ps.get(passage)
        : ps.stream().filter(x -> x.passage() == passage).findFirst().orElse(null);
    if (p == null) return new Evidence(null, null, "passage " + passage, null);
    return new Evidence(shorten(p.text()), null, where(passage, p.page()), "#" + Links.passageAnchor(passage));
  }

  private static Evidence evidence(JsonNode e, List<DocumentDetail.PassageView> ps) {
    int passage = e.path("passage").asInt(-1);
    String quote = e.hasNonNull("quote") ? shorten(e.get("quote").asText()) : null;
    String rule = e.hasNonNull("rule") ? e.get("rule").asText() : null;
    if (passage < 0) return new Evidence(quote, rule, "not in the text", null);
    int page = e.path("page").asInt(0);
    if (quote == null) {
      Evidence p = passageEvidence(passage, ps);
      return new Evidence(p.quote(), rule, p.where(), p.href());
    }
    return new Evidence(quote, rule, where(passage, page), "#" + Links.passageAnchor(passage));
  }

  private static String where(int passage, int page) {
    return "passage " + passage + (page > 0 ? ", page " + page : "");
  }

  private static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 400 ? t : t.substring(0, 400) + " …";
  }
}

package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;
import org.oversight.model.Passage;

/**
 * Dates written as numbers ("02/10/2017", "2.10.2017"), which CoreNLP leaves untagged, read the British way (day
 * first) and added to the date mentions, so that every stage sees them as dates.
 */
final class NumericDates {
  private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

  private NumericDates() {}

  /** The mentions found, followed by the numeric dates of each passage. */
  static List<Mention> added(List<Mention> found, List<Passage> passages) {
    List<Mention> out = new ArrayList<>(found);
    for (Passage p : passages) {
      Matcher m = NUMERIC_DATE.matcher(p.text());
      while (m.find()) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) continue;
        String iso = String.format("%s-%02d-%02d", m.group(3), month, day);
        out.add(new Mention(EntityType.DATE, m.group(), iso, p.ordinal()));
      }
    }
    return out;
  }
}

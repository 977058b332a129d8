package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import org.oversight.model.Passage;

/** One line of a document (a passage, or one short line of a letter head or signature block), with its page. */
record Line(int index, int passage, int page, String text) {
  Line(int index, int passage, String text) {
    this(index, passage, 0, text);
  }

  static List<Line> of(List<Passage> passages) {
    List<Line> lines = new ArrayList<>();
    for (Passage p : passages) {
      for (String l : p.text().split("\n")) {
        String t = l.strip();
        if (!t.isEmpty()) lines.add(new Line(lines.size(), p.ordinal(), p.page(), t));
      }
    }
    return lines;
  }
}

package org.oversight.annotate;

import org.oversight.domain.Forces;
import org.oversight.domain.Resources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Mention;
import org.oversight.model.Person;

/**
 * Finds the people a document names, with their roles and organisations, and its author. Names come from CoreNLP
 * and from the places this genre puts them: after a title ("Chief Constable Peter Goodman QPM", "HMI Mike
 * Cunningham"), above a title in an address or signature block, after "Copied to:" or "c.c.", in front of
 * "Dear Home Secretary". The author is the typed name under the closing, not the signature image's description nor
 * an OCR-garbled rendering of the signature.
 */
final class PeopleTagger {
  private static final Pattern CLOSING = Pattern.compile(
      "(?i)^(yours (sincerely|faithfully|truly|ever)|kind regards|best regards|with best wishes|best wishes|regards)\\W*$");
  private static final Pattern RENDERING = Pattern.compile(
      "(?i)\\bsignature\\b|appearing to read|^\\[?(image|signed)\\b|^/s/");
  private static final Pattern PURE_NAME = Pattern.compile(
      "^(?:(?:copied to|copy to|c\\.? ?c\\.?|cc|to|from|signed)\\s*:?\\s*)?(" + Names.NAME.pattern() + ")\\W*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COPIED = Pattern.compile(
      "(?i)^(?:copied to|copy to|c\\.\\s?c\\.?|cc)\\s*:?\\s*");
  private static final Pattern SALUTATION = Pattern.compile("(?i)^dear\\s+(.+?)[,.]?$");
  private static final Pattern CONTACT = Pattern.compile(
      "contact (" + Names.NAME.pattern() + ") (?:at|on|via) [\\w.]+@([\\w.]+)");
  private static final Pattern LEADING_NAME = Pattern.compile("^(" + Names.NAME.pattern() + ")");
  private static final Pattern TRAILING_NAME = Pattern.compile("(" + Names.NAME.pattern() + ")\\s*,?\\s*(?:the\\s+)?$");
  private static final Set<String> NOT_NAME_WORDS = new HashSet<>(Resources.lines(PeopleTagger.class, "not-name-words.txt"));

  private static final Pattern BYLINE = Pattern.compile("^(?:By|Author:|Written by)\\s+(" + Names.NAME.pattern() + ")");
  /** A signature line is short; a role and a name inside a longer sentence do not make its author. */
  private static final int SIGNATURE_LINE = 100;

  private final Roles roles = Roles.STANDARD;
  private final Forces forces = Forces.standard();

  /** People found, in order of first appearance, and the author (null when the document shows none). */
  record Result(List<Person> people, Person author) {}

  /** A name seen somewhere, with what that place says of it. */
  private record Seen(String name, Roles.Role role, String organisation, int line) {}

  Result tag(List<Line> lines, List<Mention> mentions, DocType type, String primaryForce) {
    List<Seen> seen = new ArrayList<>();
    Set<Integer> renderings = new HashSet<>();
    for (Line l : lines) {
      if (RENDERING.matcher(l.text()).find()) renderings.add(l.index());
    }
    Signed signed = author(lines, renderings, type, primaryForce);
    Person author = signed == null ? null : signed.person();
    if (signed != null && signed.closing() >= 0) {
      // what stands between the closing and the typed name is the signature itself, often garbled by OCR
      for (int i = signed.closing() + 1; i < signed.line(); i++) renderings.add(i);
    }
    for (Line l : lines) {
      if (renderings.contains(l.index())) continue;
      titled(l, lines, primaryForce, seen);
      Matcher copied = COPIED.matcher(l.text());
      if (copied.find()) addPure(l.text(), null, null, l.index(), seen);
      Matcher contact = CONTACT.matcher(l.text());
      while (contact.find()) {
        seen.add(new Seen(contact.group(1), null, contact.group(2).contains("hmic") ? "HMICFRS" : null, l.index()));
      }
    }
    salutation(lines, seen, renderings);
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        int line = lineOf(lines, m);
        if (!renderings.contains(line)) seen.add(new Seen(m.text(), null, null, line));
      }
    }
    if (author != null && author.name() != null) {
      seen.add(new Seen(author.name(), null, author.organisation(), -1));
    }
    return new Result(merge(seen, author), author);
  }

  /** Names standing next to a role title: after it on the line, before it, or on the line above it. */
  private void titled(Line l, List<Line> lines, String primaryForce, List<Seen> seen) {
    String text = l.text();
    for (Roles.Found f : roles.find(text)) {
      String org = organisation(f, text, lines, l.index(), primaryForce);
      Matcher after = LEADING_NAME.matcher(text.substring(f.end()).replaceFirst("^\\s*,?\\s*", ""));
      if (after.find()) seen.add(new Seen(trimToName(after.group(1)), f.role(), org, l.index()));
      String before = text.substring(0, f.start());
      List<Forces.Hit> place = forces.find(before);
      int cut = before.length();
      for (Forces.Hit h : place) {
        if (before.substring(h.end()).isBlank()) cut = h.start();
      }
      before = stripTrailingArea(before.substring(0, cut));
      Matcher pre = TRAILING_NAME.matcher(before);
      if (pre.find()) seen.add(new Seen(pre.group(1), f.role(), org, l.index()));
      if (f.start() == 0 && l.index() > 0) {
        // a role opening its line names the person on the line above (address and signature blocks)
        Line above = lines.get(l.index() - 1);
        addPure(above.text(), f.role(), org, above.index(), seen);
      }
    }
  }

  /** "Alison Farrow Cumbria Constabulary" ends where the organisation begins: "Alison Farrow". */
  private String trimToName(String candidate) {
    String[] words = candidate.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      List<Forces.Hit> hits = forces.find(rest + " Police");
      if (NOT_NAME_WORDS.contains(words[i]) || (!hits.isEmpty() && hits.get(0).start() == 0)) {
        return String.join(" ", List.of(words).subList(0, i));
      }
    }
    return candidate;
  }

  /** "Stephen Mold Northamptonshire " loses the area that prefixes the title: "Stephen Mold". */
  private String stripTrailingArea(String before) {
    String[] words = before.strip().split("\\s+");
    int k = trailingAreaWords(words);
    return k == 0 ? before : String.join(" ", List.of(words).subList(0, words.length - k)) + " ";
  }

  /** How many of the last words name a force area ("Gwent", "Avon and Somerset", "Kent's"); 0 if none do. */
  private int trailingAreaWords(String[] words) {
    for (int k = Math.min(5, words.length); k >= 1; k--) {
      String tail = String.join(" ", List.of(words).subList(words.length - k, words.length)).replaceAll("'s$", "");
      String probe = tail + " Police";
      List<Forces.Hit> hits = forces.find(probe);
      if (hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == probe.length()) return k;
    }
    return 0;
  }

  private String trailingArea(String before) {
    String[] words = before.strip().split("\\s+");
    int k = trailingAreaWords(words);
    return k == 0 ? null : String.join(" ", List.of(words).subList(words.length - k, words.length))
        .replaceAll("'s$", "");
  }

  private static void addPure(String text, Roles.Role role, String org, int line, List<Seen> seen) {
    Matcher m = PURE_NAME.matcher(text.strip());
    if (m.matches()) seen.add(new Seen(m.group(1), role, org, line));
  }

  /** "Dear Home Secretary" gives its role to a name without one in the address block above it. */
  private void salutation(List<Line> lines, List<Seen> seen, Set<Integer> renderings) {
    for (Line l : lines) {
      Matcher m = SALUTATION.matcher(l.text());
      if (!m.matches()) continue;
      Roles.Found f = roles.first(m.group(1));
      if (f == null || f.start() != 0) return;
      for (Line above : lines.subList(0, l.index())) {
        if (renderings.contains(above.index()) || roles.first(above.text()) != null) continue;
        Matcher name = LEADING_NAME.matcher(above.text().replaceFirst("^(?:The\\s+)?(?:Rt\\.?\\s+Hon\\.?\\s+)?", ""));
        if (name.find() && Names.isFullName(Names.clean(name.group(1))) && usable(Names.clean(name.group(1)))) {
          seen.add(new Seen(name.group(1), f.role(), f.role().organisation(), above.index()));
          return;
        }
      }
      return;
    }
  }

  /** The author, the line of the typed name, and the closing line above it (-1 when there is none). */
  private record Signed(Person person, int line, int closing) {}

  /**
   * The typed name under the closing: a name with its role (on its line or the next) first, a bare name only when
   * no line has both; or, for a commissioner's response without a signature, the role alone.
   */
  private Signed author(List<Line> lines, Set<Integer> renderings, DocType type, String primaryForce) {
    if (type == DocType.NEWS_ARTICLE || type == DocType.HMICFRS_REPORT) {
      for (Line l : lines.subList(0, Math.min(12, lines.size()))) {
        Matcher by = BYLINE.matcher(l.text());
        if (by.find() && usable(Names.clean(by.group(1)))) return new Signed(person(by.group(1), null, null), -1, -1);
      }
      return null;
    }
    int closing = -1;
    for (Line l : lines) {
      if (CLOSING.matcher(l.text()).matches()) closing = l.index();
    }
    int from = closing >= 0 ? closing + 1 : Math.max(0, lines.size() - 4);
    Signed bare = null;
    for (int i = from; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (renderings.contains(i) || l.text().length() > SIGNATURE_LINE) continue;
      Roles.Found f = roles.first(l.text());
      if (f != null && f.start() > 0) {
        List<Seen> here = new ArrayList<>();
        titled(l, lines, primaryForce, here);
        for (Seen s : here) {
          if (s.line() == i && s.role() == f.role()) {
            return new Signed(person(s.name(), f.role(), s.organisation()), i, closing);
          }
        }
      }
      Matcher pure = PURE_NAME.matcher(l.text());
      if (pure.matches() && usable(Names.clean(pure.group(1)))) {
        Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        Roles.Found r = next == null ? null : roles.first(next.text());
        if (r != null && r.start() == 0) {
          Person p = person(pure.group(1), r.role(), organisation(r, next.text(), lines, next.index(), primaryForce));
          return new Signed(p, i, closing);
        }
        if (closing >= 0 && bare == null) bare = new Signed(person(pure.group(1), null, null), i, closing);
      }
    }
    if (bare != null) return bare;
    if (type == DocType.PCC_RESPONSE) {
      for (Line l : lines) {
        Roles.Found f = roles.first(l.text());
        if (f != null && "area".equals(f.role().organisation())) {
          return new Signed(new Person(null, f.role().name(), null), -1, -1);
        }
      }
    }
    return null;
  }

  private static Person person(String raw, Roles.Role role, String org) {
    return new Person(Names.clean(raw), role == null ? null : role.name(), org);
  }

  /** What organisation a role's holder belongs to: the area after "for", the force named nearby, or the role's own. */
  private String organisation(Roles.Found f, String text, List<Line> lines, int line, String primaryForce) {
    String org = f.role().organisation();
    if (org == null) return null;
    if (org.equals("area")) {
      Matcher m = Pattern.compile("^\\s+(?:for|of)\\s+(?:the\\s+)?([A-Z][\\w'-]*(?:,?\\s+(?:and\\s+|&\\s+)?[A-Z][\\w'-]*)*)")
          .matcher(text.substring(f.end()));
      if (m.find()) return m.group(1);
      String area = trailingArea(text.substring(0, f.start()));
      return area != null ? area : primaryForce;
    }
    if (org.equals("force")) {
      List<Forces.Hit> near = forces.find(text.substring(f.end()));
      if (near.isEmpty() && line + 1 < lines.size()) near = forces.find(lines.get(line + 1).text());
      return near.isEmpty() ? primaryForce : near.get(0).force();
    }
    return org;
  }

  private static int lineOf(List<Line> lines, Mention m) {
    for (Line l : lines) {
      if (l.passage() == m.passage() && l.text().contains(m.text())) return l.index();
    }
    return -1;
  }

  private static boolean usable(String name) {
    if (name == null) return false;
    for (String w : name.split("\\s+")) {
      if (NOT_NAME_WORDS.contains(w) || NOT_NAME_WORDS.contains(w.replaceAll("'s$", ""))) return false;
      if (!Character.isUpperCase(w.charAt(0))) return false;
    }
    return true;
  }

  /** Merges variants of one name (first initial and surname; a surname alone joins the one full name it fits). */
  private List<Person> merge(List<Seen> seen, Person author) {
    Map<String, Person> byKey = new LinkedHashMap<>();
    List<String> surnamesOnly = new ArrayList<>();
    for (Seen s : seen) {
      String name = Names.clean(s.name());
      if (!usable(name) || !forces.find(name).isEmpty()) continue;
      if (!Names.isFullName(name)) {
        surnamesOnly.add(name);
        continue;
      }
      String key = Names.key(name);
      Person old = byKey.get(key);
      String role = s.role() == null ? null : s.role().name();
      if (old == null) {
        byKey.put(key, new Person(name, role, s.organisation()));
      } else {
        String longer = name.length() > old.name().length() && !name.contains(".") ? name : old.name();
        byKey.put(key, new Person(longer, old.role() != null ? old.role() : role,
            old.organisation() != null ? old.organisation() : s.organisation()));
      }
    }
    if (author != null && author.name() != null && byKey.containsKey(Names.key(author.name()))) {
      Person p = byKey.get(Names.key(author.name()));
      byKey.put(Names.key(author.name()), new Person(author.name(),
          author.role() != null ? author.role() : p.role(), p.organisation() != null ? p.organisation()
              : author.organisation()));
    }
    return new ArrayList<>(byKey.values());
  }
}

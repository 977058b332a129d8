package org.oversight.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.domain.Forces;
import org.oversight.domain.Resources;
import org.oversight.model.DocType;
import org.oversight.model.EntityType;
import org.oversight.model.Evidence;
import org.oversight.model.Mention;
import org.oversight.model.Person;

/**
 * Finds the people a document names, with their roles and organisations, and its author. Names come from CoreNLP
 * and from the places this genre puts them: after a title ("Chief Constable Peter Goodman QPM", "HMI Mike
 * Cunningham"), above or beside a title in an address or signature block, after "Copied to:" or "Cc:", in front of
 * "Dear Home Secretary", in a statement ("Norfolk Police and Crime Commissioner, Asha Varma, said"). The
 * author depends on the kind of paper: the signer of a letter (the typed name under the closing or the "From" block,
 * not the signature image's description), the byline of a news article, the commissioner speaking in a response, the
 * inspector signing a report's summary, the chief officer or national lead making a statement.
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
  private static final Pattern FROM_LABEL = Pattern.compile("(?i)^from\\s*:?\\s*(.*)$");
  private static final Pattern SALUTATION = Pattern.compile("(?i)^dear\\s+(.+?)[,.]?$");
  private static final Pattern CONTACT = Pattern.compile(
      "contact (" + Names.NAME.pattern() + ") (?:at|on|via) [\\w.]+@([\\w.]+)");
  private static final Pattern LEADING_NAME = Pattern.compile("^(" + Names.NAME.pattern() + ")");
  private static final Pattern LEADING_SURNAME = Pattern.compile("^(" + Names.WORD + ")(?=\\s+[a-z(\u201c\"'\u2018]|[,.;:]|$)");
  private static final Pattern TRAILING_NAME = Pattern.compile("(" + Names.NAME.pattern() + ")\\s*,?\\s*(?:the\\s+)?$");
  private static final Set<String> NOT_NAME_WORDS = new HashSet<>(Resources.lines(PeopleTagger.class, "not-name-words.txt"));

  private static final Pattern BYLINE = Pattern.compile(
      "^(By|Author:?|Written by|Words by)\\s+(" + Names.WORD + "(?:\\s+" + Names.WORD + "){1,2})(.*)$");
  /** Labels a web page glues to the byline before it: "Author: Rosa DelaneyPublished 14th Feb 2031". */
  private static final Pattern GLUED_LABEL = Pattern.compile("(?<=\\p{Ll})(?=(?:Published|Updated|Posted|Date)\\b)");
  /** A signature line is short; a role and a name inside a longer sentence do not make its author. */
  private static final int SIGNATURE_LINE = 100;

  private final Roles roles = Roles.STANDARD;
  private final Forces forces = Forces.standard();

  /**
   * People found, in order of first appearance, with the line each was read from (the line that gave the role, when
   * one did); and the author (null when the document shows none) with evidence.
   */
  record Result(List<Person> people, List<Evidence> peopleEvidence, Person author, Evidence authorEvidence) {}

  /** Who signed a letter or a statement (from its closing, its "From" block or a signature line), for its voice. */
  record Signer(Person person, String voice, Line line, int closing, String rule) {}

  /** A name seen somewhere, with what that place says of it. */
  private record Seen(String name, String role, String organisation, int line) {}

  static boolean notNameWord(String w) {
    String n = w.replace('\u2019', '\'');
    return NOT_NAME_WORDS.contains(n) || NOT_NAME_WORDS.contains(n.replaceAll("'s$", ""));
  }

  Result tag(DocText doc, List<Attributions.Attribution> speakers, DocType type, String primaryForce) {
    List<Line> lines = doc.lines;
    List<Seen> seen = new ArrayList<>();
    Set<Integer> renderings = new HashSet<>();
    for (Line l : lines) {
      if (RENDERING.matcher(l.text()).find()) renderings.add(l.index());
    }
    Signer signed = signer(doc, renderings, primaryForce);
    if (signed != null && signed.closing() >= 0) {
      // what stands between the closing and the typed name is the signature itself, often garbled by OCR
      for (int i = signed.closing() + 1; i < signed.line().index(); i++) renderings.add(i);
    }
    for (Line l : lines) {
      if (!renderings.contains(l.index())) titled(l, lines, primaryForce, seen, personNames(doc));
    }
    Authored authored = author(doc, withKnownRoles(speakers, seen), type, signed, primaryForce, seen);
    Person author = authored == null ? null : authored.person();
    for (Line l : lines) {
      if (renderings.contains(l.index())) continue;
      Matcher copied = COPIED.matcher(l.text());
      if (copied.find()) {
        for (String part : l.text().substring(copied.end()).split("\\s*(?:,|;|\\band\\b)\\s*")) {
          addPure(part, null, null, l.index(), seen);
        }
      }
      Matcher contact = CONTACT.matcher(l.text());
      while (contact.find()) {
        seen.add(new Seen(contact.group(1), null, contact.group(2).contains("hmic") ? "HMICFRS" : null, l.index()));
      }
      Matcher by = BYLINE.matcher(GLUED_LABEL.matcher(l.text()).replaceAll(" "));
      if (l.index() < 12 && by.matches()) {
        Person p = byline(by);
        if (p != null) seen.add(new Seen(p.name(), p.role(), null, l.index()));
      }
    }
    for (Attributions.Attribution a : speakers) {
      if (a.name() != null) seen.add(new Seen(a.name(), a.role(), a.organisation(), a.line().index()));
    }
    salutation(lines, seen, renderings);
    for (Mention m : doc.mentions) {
      if (m.type() == EntityType.PERSON) {
        int line = lineOf(lines, m);
        if (!renderings.contains(line)) seen.add(new Seen(m.text(), null, null, line));
      }
    }
    if (author != null && author.name() != null) {
      seen.add(new Seen(author.name(), author.role(), author.organisation(), -1));
    }
    Merged merged = merge(seen, author);
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < merged.people().size(); i++) {
      Person p = merged.people().get(i);
      Seen from = merged.sources().get(i);
      if (from.line() < 0 || from.line() >= lines.size()) continue; // the author's own, evidenced as the author
      evidence.add(doc.evidence("people", label(p), lines.get(from.line()),
          from.role() != null ? "named with the role '" + from.role() + "' (on this line or the next)"
              : "a name in the text"));
    }
    return new Result(merged.people(), evidence, author, authored == null ? null : authored.evidence());
  }

  /** People merged from what was seen of them, each with the sighting that gave its role (else its first). */
  private record Merged(List<Person> people, List<Seen> sources) {}

  /**
   * Speakers named without a title ("Mr Scott said") take the title the document gives them elsewhere ("Kent PCC
   * Asha Varma"), and with it their voice.
   */
  private List<Attributions.Attribution> withKnownRoles(List<Attributions.Attribution> speakers, List<Seen> titled) {
    List<Attributions.Attribution> out = new ArrayList<>();
    for (Attributions.Attribution a : speakers) {
      if (a.role() == null && a.name() != null) {
        String key = Names.isFullName(a.name()) ? Names.key(a.name()) : null;
        String surname = a.name().toLowerCase(java.util.Locale.ROOT);
        Seen known = null;
        for (Seen s : titled) {
          String n = Names.clean(s.name());
          if (s.role() == null || n == null) continue;
          if (key != null ? Names.key(n).equals(key) : Names.surname(n).equals(surname)) {
            known = s;
            break;
          }
        }
        if (known != null) {
          Roles.Found f = roles.first(known.role());
          a = new Attributions.Attribution(a.name().contains(" ") ? a.name() : Names.clean(known.name()), known.role(),
              known.organisation(), f == null ? a.voice() : f.role().voice(), a.line(), a.at(), a.rule());
        }
      }
      out.add(a);
    }
    return out;
  }

  /** Names standing next to a role title: after it on the line, before it, or on the line above it. */
  private void titled(Line l, List<Line> lines, String primaryForce, List<Seen> seen) {
    titled(l, lines, primaryForce, seen, null);
  }

  /** The names CoreNLP tagged as persons, for checking names read from headline-case lines. */
  private static Set<String> personNames(DocText doc) {
    Set<String> out = new HashSet<>();
    for (Mention m : doc.mentions) {
      if (m.type() == EntityType.PERSON) out.add(m.text());
    }
    return out;
  }

  /** A headline in title case ("Commissioner Welcomes Inspection Report"): capitals there do not make names. */
  private static boolean titleCase(String text) {
    String[] words = text.split("\\s+");
    int longWords = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.length() < 4) continue;
      longWords++;
      if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
    }
    return longWords >= 4 && capitalised >= 0.8 * longWords;
  }

  private void titled(Line l, List<Line> lines, String primaryForce, List<Seen> seen, Set<String> persons) {
    String text = l.text();
    boolean headline = persons != null && titleCase(text);
    for (Roles.Found f : roles.find(text)) {
      String org = organisation(f, text, lines, l.index(), primaryForce);
      String role = f.role().name();
      String rest = text.substring(f.end()).replaceFirst("^\\s*,?\\s*", "");
      Matcher after = LEADING_NAME.matcher(rest);
      if (after.find()) {
        String name = trimToName(after.group(1));
        if (!headline || persons.stream().anyMatch(p -> p.contains(Names.clean(name) == null ? name : Names.clean(name)))) {
          seen.add(new Seen(name, role, org, l.index()));
        }
      } else if (!headline) {
        Matcher surname = LEADING_SURNAME.matcher(rest);
        if (surname.find() && !notNameWord(surname.group(1)) && surname.group(1).length() > 2
            && !Attributions.isRolePhrase(surname.group(1))) {
          seen.add(new Seen(surname.group(1), role, org, l.index()));
        }
      }
      String before = text.substring(0, f.start());
      List<Forces.Hit> place = forces.find(before);
      int cut = before.length();
      for (Forces.Hit h : place) {
        if (before.substring(h.end()).isBlank()) cut = h.start();
      }
      before = stripTrailingArea(before.substring(0, cut));
      Matcher pre = TRAILING_NAME.matcher(before);
      if (pre.find()) seen.add(new Seen(pre.group(1), role, org, l.index()));
      if (f.start() == 0 && l.index() > 0 && text.length() <= 80
          && !text.matches("(?i).*\\b(response|responds|statement|report|inspection|says|said)\\b.*")) {
        // a role opening its line names the person on the line above (address and signature blocks)
        Line above = lines.get(l.index() - 1);
        addPure(above.text(), role, org, above.index(), seen);
      }
    }
  }

  /** "Alison Farrow Cumbria Constabulary" ends where the organisation begins: "Alison Farrow". */
  private String trimToName(String candidate) {
    String[] words = candidate.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String rest = String.join(" ", List.of(words).subList(i, words.length));
      List<Forces.Hit> hits = forces.find(rest + " Police");
      if (notNameWord(words[i]) || (!hits.isEmpty() && hits.get(0).start() == 0)) {
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
      String tail = String.join(" ", List.of(words).subList(words.length - k, words.length)).replaceAll("['\u2019]s$", "");
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
        .replaceAll("['\u2019]s$", "");
  }

  private static void addPure(String text, String role, String org, int line, List<Seen> seen) {
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
        // the addressee's name is styled as one ("The Rt Hon ...") or heads the lines that give the role or its office
        // ("Home Secretary", "Home Office"); a sender's address further up ("Sample House") is neither
        if (!ADDRESSED.matcher(above.text()).lookingAt() && !namesTheRole(lines, above.index() + 1, f)) continue;
        Matcher name = LEADING_NAME.matcher(above.text().replaceFirst("^(?:The\\s+)?(?:Rt\\.?\\s+Hon\\.?\\s+)?", ""));
        if (name.find() && Names.isFullName(Names.clean(name.group(1))) && usable(Names.clean(name.group(1)))) {
          seen.add(new Seen(name.group(1), f.role().name(), f.role().organisation(), above.index()));
          return;
        }
      }
      return;
    }
  }

  /** How letters address a minister or an office-holder by name. */
  private static final Pattern ADDRESSED = Pattern.compile("(?i)^\\W*(?:The\\s+)?(?:Rt\\.?\\s+Hon\\.?|Right Honourable)\\s+");

  /** Whether the line at {@code index} names the role or the organisation that holds it. */
  private static boolean namesTheRole(List<Line> lines, int index, Roles.Found f) {
    if (index >= lines.size()) return false;
    String next = lines.get(index).text().toLowerCase(java.util.Locale.ROOT);
    String role = f.role().name().toLowerCase(java.util.Locale.ROOT);
    String org = f.role().organisation() == null ? null : f.role().organisation().toLowerCase(java.util.Locale.ROOT);
    return next.contains(role) || org != null && next.contains(org);
  }

  /** The author and the evidence for it. */
  private record Authored(Person person, Evidence evidence) {}

  /** The author as the kind of paper has it. */
  private Authored author(DocText doc, List<Attributions.Attribution> speakers, DocType type, Signer signed,
      String primaryForce, List<Seen> titled) {
    switch (type) {
      case NEWS_ARTICLE -> {
        return byline(doc);
      }
      case HMICFRS_REPORT -> {
        if (signed != null && "hmi".equals(signed.voice())) return fromSigner(doc, signed);
        return null;
      }
      case HMICFRS_LETTER -> {
        if (signed != null) return fromSigner(doc, signed);
        for (Attributions.Attribution a : speakers) {
          if ("hmi".equals(a.voice()) && a.name() != null) return fromSpeaker(doc, a);
        }
        return null;
      }
      case PCC_RESPONSE -> {
        if (signed != null && signed.person().name() != null) return fromSigner(doc, signed);
        List<Attributions.Attribution> named = new ArrayList<>(speakers);
        named.sort((x, y) -> Boolean.compare(x.name() == null, y.name() == null));
        for (Attributions.Attribution a : named) {
          if ("pcc".equals(a.voice())) {
            if ("Commissioner".equals(a.role())) {
              Authored title = commissionerRole(doc);
              String full = title == null ? "Police and Crime Commissioner" : title.person().role();
              a = new Attributions.Attribution(a.name(), full, a.organisation(), a.voice(), a.line(), a.at(), a.rule());
            }
            return fromSpeaker(doc, a);
          }
        }
        if (signed != null) return fromSigner(doc, signed);
        for (Seen t : titled) {
          Roles.Found f = t.role() == null ? null : roles.first(t.role());
          String n = Names.clean(t.name());
          if (f != null && "pcc".equals(f.role().voice()) && !f.role().name().startsWith("Deputy")
              && !f.role().name().equals("Commissioner") && n != null && Names.isFullName(n) && usable(n)) {
            Person p = new Person(n, f.role().name(), t.organisation());
            Line at = t.line() >= 0 ? doc.lines.get(t.line()) : doc.lines.get(0);
            return new Authored(p, doc.evidence("author", label(p), at, "the commissioner named with their title"));
          }
        }
        return commissionerRole(doc);
      }
      default -> {
        if (signed != null) return fromSigner(doc, signed);
        for (Attributions.Attribution a : speakers) {
          if (a.name() != null && a.role() != null) return fromSpeaker(doc, a);
        }
        return null;
      }
    }
  }

  private static Authored fromSigner(DocText doc, Signer s) {
    return new Authored(s.person(), doc.evidence("author", label(s.person()), s.line(), s.rule()));
  }

  private static Authored fromSpeaker(DocText doc, Attributions.Attribution a) {
    Person p = new Person(a.name(), a.role(), a.organisation());
    return new Authored(p, doc.evidence("author", label(p), a.line(), a.at(), a.rule()));
  }

  private static String label(Person p) {
    if (p.name() == null) return p.role();
    return p.role() == null ? p.name() : p.name() + " (" + p.role() + ")";
  }

  /**
   * A response that names no signer: the commissioner's role as the text gives it, the most particular one when it
   * gives several ("Police, Fire and Crime Commissioner" over a headline's "Police and Crime Commissioner").
   */
  private Authored commissionerRole(DocText doc) {
    Authored best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Line l : doc.lines) {
      for (Roles.Found f : roles.find(l.text())) {
        String name = f.role().name();
        if (!"pcc".equals(f.role().voice()) || name.startsWith("Deputy") || name.equals("Commissioner")) continue;
        int rank = COMMISSIONER_RANK.indexOf(name.startsWith("Mayor") ? "Mayor" : name); // "Mayor of London" too
        if (rank < 0) rank = COMMISSIONER_RANK.size();
        if (rank < bestRank) {
          Person p = new Person(null, name, null);
          best = new Authored(p, doc.evidence("author", p.role(), l, f.start(),
              "a commissioner's response without a signature: the role it names"));
          bestRank = rank;
        }
      }
    }
    if (best != null) return best;
    for (Line l : doc.lines) {
      Matcher m = THE_COMMISSIONER.matcher(l.text());
      if (m.find()) {
        Person p = new Person(null, "Police and Crime Commissioner", null);
        return new Authored(p, doc.evidence("author", p.role(), l, m.start(),
            "a commissioner's response without a signature: 'the Commissioner'"));
      }
    }
    return null;
  }

  private static final List<String> COMMISSIONER_RANK = List.of("Police, Fire and Crime Commissioner",
      "Police, Crime and Victims' Commissioner", "Police and Crime Commissioner", "Mayor");
  private static final Pattern THE_COMMISSIONER = Pattern.compile("\\b(?:[Tt]he|[Oo]ur|[Yy]our) Commissioner\\b|\\bCommissioner['\u2019]s\\b");

  /** A news article's byline: "By Tom Ashby North of England editor", "Author: Rosa Delaney", "Kate Jones, Chief Reporter". */
  private Authored byline(DocText doc) {
    for (Line l : doc.head(12)) {
      Matcher by = BYLINE.matcher(GLUED_LABEL.matcher(l.text()).replaceAll(" "));
      if (by.matches()) {
        Person p = byline(by);
        if (p != null) return new Authored(p, doc.evidence("author", label(p), l, "byline '" + by.group(1) + "'"));
      }
      Matcher staff = STAFF_BYLINE.matcher(l.text());
      if (staff.matches() && usable(Names.clean(staff.group(1))) && Names.isFullName(Names.clean(staff.group(1)))) {
        Person p = new Person(Names.clean(staff.group(1)), staff.group(2).strip(), null);
        return new Authored(p, doc.evidence("author", label(p), l, "byline with the writer's title"));
      }
    }
    return null;
  }

  /** A byline without "By": a name and a journalist's title on a line of their own. */
  private static final Pattern STAFF_BYLINE = Pattern.compile("^(" + Names.NAME.pattern() + "),?\\s+((?:[\\p{L}'\u2019]+\\s+){0,4}"
      + "(?i:reporter|correspondent|editor|journalist|writer|columnist))$");

  private Person byline(Matcher by) {
    String name = by.group(2);
    String rest = by.group(3).strip();
    String[] words = name.split("\\s+");
    if (words.length == 3 && (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) || notNameWord(words[2])
        || Attributions.isRolePhrase(words[2] + " " + rest))) {
      // "Tom Ashby North of England editor", "Nadia Briggs Home Affairs Correspondent": the third word begins the role
      rest = (words[2] + " " + rest).strip();
      name = words[0] + " " + words[1];
    }
    name = Names.clean(name);
    if (name == null || !usable(name) || !Names.isFullName(name)) return null;
    String role = null;
    if (by.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("author")) role = "Author";
    else if (!rest.isEmpty() && rest.length() <= 60 && rest.matches("(?i)^[\\p{L} ,'’-]+$")
        && Attributions.isRolePhrase(rest)) {
      role = rest.replaceFirst("^[,\\s]+", "");
    }
    return new Person(name, role, null);
  }

  Signer signer(DocText doc) {
    Set<Integer> renderings = new HashSet<>();
    for (Line l : doc.lines) {
      if (RENDERING.matcher(l.text()).find()) renderings.add(l.index());
    }
    return signer(doc, renderings, null);
  }

  /**
   * Who signed: the "From" block of a letter-information header, else the typed name under the closing (a name
   * with its role on its line or the next first, a bare name only when no line has both), else a signature line
   * standing alone ("Colin Marsh, Her Majesty's Inspector of Constabulary"), else the sender in a letter head.
   */
  private Signer signer(DocText doc, Set<Integer> renderings, String primaryForce) {
    List<Line> lines = doc.lines;
    Signer from = fromBlock(lines, primaryForce);
    if (from != null) return from;
    int closing = -1;
    for (Line l : lines) {
      if (CLOSING.matcher(l.text()).matches()) closing = l.index();
    }
    if (closing >= 0) {
      Signer s = signatureFrom(lines, closing + 1, Math.min(lines.size(), closing + 8), renderings, primaryForce,
          closing, "signature block under '" + lines.get(closing).text() + "'");
      if (s != null) return s;
    }
    // a signature line standing alone: a name with an inspector's or a commissioner's title, no sentence around it
    for (Line l : lines) {
      if (l.text().length() > SIGNATURE_LINE || renderings.contains(l.index()) || l.text().endsWith(".")
          || COPIED.matcher(l.text()).find() || l.text().matches("(?i)^to\\b.*")) {
        continue;
      }
      Roles.Found f = roles.first(l.text());
      if (f == null || f.start() == 0 || !("hmi".equals(f.role().voice()) || "pcc".equals(f.role().voice()))) continue;
      String before = l.text().substring(0, f.start()).replaceFirst("[\\s,]+$", "");
      Matcher pure = PURE_NAME.matcher(stripTrailingArea(before).strip());
      if (pure.matches() && usable(Names.clean(pure.group(1))) && Names.isFullName(Names.clean(pure.group(1)))
          && (l.index() < 6 || l.text().substring(f.end()).isBlank() || l.text().substring(f.end()).matches("\\s+for\\s+.*"))) {
        Person p = person(pure.group(1), f.role(), organisation(f, l.text(), lines, l.index(), primaryForce));
        return new Signer(p, f.role().voice(), l, -1, "signature line '" + l.text() + "'");
      }
    }
    // a name on its own line with the title on the next (a report's foreword signed by its inspector)
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      Line next = lines.get(i + 1);
      if (renderings.contains(i) || l.text().length() > 60) continue;
      Matcher pure = PURE_NAME.matcher(l.text());
      Roles.Found r = roles.first(next.text());
      boolean titleLine = r != null && (r.start() == 0 || trailingAreaWords(next.text().substring(0, r.start())
          .strip().split("\\s+")) == next.text().substring(0, r.start()).strip().split("\\s+").length);
      if (pure.matches() && titleLine && ("hmi".equals(r.role().voice()) || "pcc".equals(r.role().voice())
          && !r.role().name().equals("Commissioner")) && next.text().length() <= SIGNATURE_LINE
          && usable(Names.clean(pure.group(1))) && Names.isFullName(Names.clean(pure.group(1)))) {
        Person p = person(pure.group(1), r.role(), organisation(r, next.text(), lines, next.index(), primaryForce));
        return new Signer(p, r.role().voice(), l, -1, "name above '" + next.text() + "'");
      }
    }
    return null;
  }

  /** "From" / name / title lines of a letter-information header, or "From: <name>". */
  private Signer fromBlock(List<Line> lines, String primaryForce) {
    for (Line l : lines.subList(0, Math.min(30, lines.size()))) {
      Matcher m = FROM_LABEL.matcher(l.text());
      if (!m.matches() || l.text().length() > 80) continue;
      String rest = m.group(1).strip();
      Line nameLine = l;
      String nameText = rest;
      if (rest.isEmpty()) {
        if (l.index() + 1 >= lines.size()) continue;
        nameLine = lines.get(l.index() + 1);
        nameText = nameLine.text();
      }
      Matcher pure = PURE_NAME.matcher(nameText);
      if (!pure.matches() || !usable(Names.clean(pure.group(1)))) continue;
      Line roleLine = nameLine.index() + 1 < lines.size() ? lines.get(nameLine.index() + 1) : null;
      Roles.Found r = roleLine == null ? null : roles.first(roleLine.text());
      Person p = r != null && r.start() == 0
          ? person(pure.group(1), r.role(), organisation(r, roleLine.text(), lines, roleLine.index(), primaryForce))
          : person(pure.group(1), null, null);
      return new Signer(p, r == null ? "other" : r.role().voice(), nameLine, -1, "'From' block of the letter information");
    }
    return null;
  }

  /** The typed name under a closing, between lines {@code from} and {@code to}. */
  private Signer signatureFrom(List<Line> lines, int from, int to, Set<Integer> renderings, String primaryForce,
      int closing, String rule) {
    Signer bare = null;
    for (int i = from; i < to; i++) {
      Line l = lines.get(i);
      if (renderings.contains(i) || l.text().length() > SIGNATURE_LINE) continue;
      Roles.Found f = roles.first(l.text());
      if (f != null && f.start() > 0) {
        List<Seen> here = new ArrayList<>();
        titled(l, lines, primaryForce, here);
        for (Seen s : here) {
          if (s.line() == i && s.role().equals(f.role().name()) && usable(Names.clean(s.name()))) {
            return new Signer(new Person(Names.clean(s.name()), f.role().name(), s.organisation()), f.role().voice(), l,
                closing, rule);
          }
        }
      }
      Matcher pure = PURE_NAME.matcher(l.text());
      if (pure.matches() && usable(Names.clean(pure.group(1)))) {
        Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        Roles.Found r = next == null ? null : roles.first(next.text());
        if (r != null && r.start() == 0) {
          Person p = person(pure.group(1), r.role(), organisation(r, next.text(), lines, next.index(), primaryForce));
          return new Signer(p, r.role().voice(), l, closing, rule);
        }
        if (bare == null) bare = new Signer(person(pure.group(1), null, null), "other", l, closing, rule);
      }
      if (f != null && f.start() == 0 && bare == null) {
        // a title without a name: "Police and Crime Commissioner for Kent"
        Line prev = lines.get(i - 1);
        if (prev.index() == closing || renderings.contains(prev.index())) {
          bare = new Signer(new Person(null, f.role().name(), null), f.role().voice(), l, closing, rule);
        }
      }
    }
    return bare;
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

  private boolean usable(String name) {
    if (name == null) return false;
    for (String w : name.split("\\s+")) {
      if (notNameWord(w)) return false;
      if (!Character.isUpperCase(w.charAt(0))) return false;
    }
    // "Dyfed-Powys Polic": a force's area is not a first name
    List<Forces.Hit> area = forces.findAreas(name);
    return area.isEmpty() || area.get(0).start() > 0;
  }

  /**
   * Merges variants of one name (first initial and surname; a surname alone joins the one full name it fits, and
   * stands alone only after a particular title, "HMI Skeer").
   */
  private Merged merge(List<Seen> seen, Person author) {
    Map<String, Person> byKey = new LinkedHashMap<>();
    Map<String, Seen> source = new HashMap<>();
    List<Seen> surnamesOnly = new ArrayList<>();
    for (Seen s : seen) {
      String name = Names.clean(s.name());
      // "Advertisement Hide Ad Mark Webster": page furniture read into a name falls away
      while (name != null && name.contains(" ") && notNameWord(name.substring(0, name.indexOf(' ')))) {
        name = name.substring(name.indexOf(' ') + 1);
      }
      if (!usable(name) || !forces.find(name).isEmpty()) continue;
      if (!Names.isFullName(name)) {
        surnamesOnly.add(new Seen(name, s.role(), s.organisation(), s.line()));
        continue;
      }
      String key = Names.key(name);
      Person old = byKey.get(key);
      String role = s.role();
      if (old == null) {
        byKey.put(key, new Person(name, role, s.organisation()));
        source.put(key, s);
      } else {
        if (old.role() == null && role != null) source.put(key, s);
        String longer = name.length() > old.name().length() && !name.contains(".") ? name : old.name();
        byKey.put(key, new Person(longer, old.role() != null ? old.role() : role,
            old.organisation() != null ? old.organisation() : s.organisation()));
      }
    }
    for (Seen s : surnamesOnly) {
      String surname = s.name().toLowerCase(java.util.Locale.ROOT);
      boolean known = byKey.keySet().stream().anyMatch(k -> k.endsWith(" " + surname));
      // a surname alone is a person only after a particular title ("HMI Skeer"), not "Mr Jones" nor "Commissioner Lee"
      if (!known && s.name().length() > 2 && s.role() != null && !s.role().equals("Commissioner")) {
        byKey.put(" " + surname, new Person(s.name(), s.role(), s.organisation()));
        source.put(" " + surname, s);
      }
    }
    if (author != null && author.name() != null && byKey.containsKey(Names.key(author.name()))) {
      Person p = byKey.get(Names.key(author.name()));
      byKey.put(Names.key(author.name()), new Person(author.name(),
          author.role() != null ? author.role() : p.role(), p.organisation() != null ? p.organisation()
              : author.organisation()));
    }
    // "Tom Ashby North": a name read past its end ("By Tom Ashby North of England editor") is the shorter one
    List<Person> all = new ArrayList<>(byKey.values());
    List<Person> out = new ArrayList<>();
    List<Seen> from = new ArrayList<>();
    for (Map.Entry<String, Person> e : byKey.entrySet()) {
      Person p = e.getValue();
      boolean readPastItsEnd = p.role() == null && all.stream().anyMatch(q -> q != p
          && p.name().startsWith(q.name() + " ") && p.name().split("\\s+").length == q.name().split("\\s+").length + 1);
      if (readPastItsEnd) continue;
      out.add(p);
      from.add(source.get(e.getKey()));
    }
    return new Merged(out, from);
  }
}

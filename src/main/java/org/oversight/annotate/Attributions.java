package org.oversight.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oversight.domain.Resources;

/**
 * Statements attributed to people: "HM Inspector of Constabulary Colin Marsh said:", "Norfolk Police and Crime
 * Commissioner, Asha Varma, said", "Hannah Reid, College of Policing CEO, said", "said the HM inspector
 * of constabulary, Grace Holloway", "Response by Dana Whitfield, Police, Fire and Crime Commissioner:". Each gives the
 * speaker's name (or null), role and the voice the role speaks in (a commissioner, a chief officer, the inspectorate,
 * a national body): who speaks tells what kind of paper it is and, outside the news, who its author is.
 */
final class Attributions {
  private static final String VERBS = "said|says|added|commented|stated|explained|continued|warned|wrote|"
      + "welcomed|responded|replied|(?:has|had|have)\\s+(?:today\\s+|now\\s+)?(?:responded|welcomed|issued|said|"
      + "commented|written|stated)|issued";
  private static final Pattern VERB = Pattern.compile("(?<![\\p{L}])(?:" + VERBS + ")(?![\\p{L}])");
  private static final Pattern RESPONSE_BY = Pattern.compile(
      "(?i)^(?:response|statement|comment|comments|a statement|letter)\\s+(?:by|from)\\s+(?-i:(" + Names.NAME.pattern()
          + "))\\s*,?\\s*([^:.]{0,80}?)\\s*[:.]?$");
  /** Role nouns that make an appositive a role: "chair of ...", "College of Policing CEO", "... lead for ...". */
  private static final Pattern ROLE_NOUN = Pattern.compile("(?i)\\b(" + String.join("|",
      Resources.lines(Attributions.class, "role-nouns.txt")) + ")\\b");
  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)(?:\\b(acting|temporary|interim|former|previous|then|outgoing|new)\\s+)+$");
  private static final Pattern NAME_AT_END = Pattern.compile("(" + Names.NAME.pattern() + ")\\s*,?\\s*$");
  private static final Pattern NAME_AT_START = Pattern.compile("^\\s*,?\\s*(" + Names.NAME.pattern() + ")");
  private static final Pattern RELATIVE = Pattern.compile(",\\s*(?:who|which|whose)\\b[^,]*,?\\s*$");
  private static final Pattern CLAUSE_START = Pattern.compile(".*(?:[.!?\u201c\u201d\"]\\s|:\\s|\\u2013\\s|\\s-\\s|^)");
  /** A role as written: words, no glued page furniture ("Hide AdChief Constable"). */
  private static final Pattern WRITTEN_ROLE = Pattern.compile("^(?!.*\\p{Ll}\\p{Lu})[\\p{L}'\u2019 ,.&()-]{2,120}$");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]{1,12}\\)");

  /** A statement attributed to someone: name may be null (a role alone), role as canonical or as written. */
  record Attribution(String name, String role, String organisation, String voice, Line line, int at, String rule) {}

  private final Roles roles = Roles.STANDARD;
  private final org.oversight.domain.Forces forces = org.oversight.domain.Forces.standard();

  List<Attribution> find(DocText doc) {
    List<Attribution> out = new ArrayList<>();
    for (Line l : doc.lines) {
      Matcher by = RESPONSE_BY.matcher(l.text());
      if (by.matches()) {
        Attribution a = make(by.group(1), by.group(2), l, 0, "'" + cut(l.text()) + "'");
        if (a != null) out.add(a);
      }
      Matcher v = VERB.matcher(l.text());
      while (v.find()) {
        Attribution a = before(l, v.start());
        if (a == null) a = after(l, v.end());
        if (a != null) out.add(a);
      }
    }
    return out;
  }

  /** "<role> <Name> said", "<Name>, <role>, said", "<Name> <role> said". */
  private Attribution before(Line l, int verb) {
    String window = l.text().substring(0, verb);
    Matcher c = CLAUSE_START.matcher(window);
    int from = c.lookingAt() ? c.end() : 0;
    window = window.substring(from);
    window = RELATIVE.matcher(window).replaceFirst("");
    window = PARENTHESES.matcher(window).replaceAll("");
    window = window.replaceFirst("[\\s,]+$", "");
    if (window.isBlank() || window.length() > 160) return null;
    String verbWord = l.text().substring(verb).split("\\s+")[0];
    // "<Name>, <role phrase>" : the appositive is the role as written
    int comma = window.lastIndexOf(',');
    if (comma > 0 && window.substring(comma + 1).strip().matches("(?i)^(?:for|of|at|from|in)\\s+.*")) {
      // "Jim Colwell, for Devon and Cornwall Police": the organisation, not a role
      window = window.substring(0, comma).replaceFirst("[\\s,]+$", "");
      comma = window.lastIndexOf(',');
    }
    if (comma > 0) {
      String head = window.substring(0, comma);
      String tail = window.substring(comma + 1).strip();
      int[] n = trailingName(head);
      if (n != null && isRolePhrase(tail) && plausibleName(head.substring(n[0], n[1]))) {
        return make(head.substring(n[0], n[1]), tail, l, from + n[0], "'" + cut(window) + " " + verbWord + "'");
      }
    }
    int[] n = trailingName(window);
    if (n == null || !plausibleName(window.substring(n[0], n[1]))) {
      // "The Police, Fire and Crime Commissioner has responded": a role without a name still has a voice
      String bare = window.replaceFirst("(?i)(?:\\s+(?:also|now|today|has|have|had|again|already|once again))+$", "");
      Roles.Found known = lastRole(bare);
      if (known == null || known.end() < bare.length() - 1) return null;
      String q = qualifier(bare.substring(0, known.start()));
      return make(null, (q.isEmpty() ? "" : q + " ") + bare.substring(known.start(), known.end()), l,
          from + known.start(), "'" + cut(window) + " " + verbWord + "'");
    }
    String name = window.substring(n[0], n[1]);
    String before = window.substring(0, n[0]);
    // "David Keane Police & Crime Commissioner said": a known role after the name
    Roles.Found last = lastRole(window);
    if (last != null && last.end() >= window.length() - 1 && last.start() > 0) {
      String nameBefore = window.substring(0, last.start());
      String trimmed = trimArea(nameBefore);
      int[] nb = trailingName(trimmed);
      if (nb != null && plausibleName(trimmed.substring(nb[0], nb[1]))) {
        return make(trimmed.substring(nb[0], nb[1]), window.substring(last.start()), l, from + nb[0],
            "'" + cut(window) + " " + verbWord + "'");
      }
    }
    String stripped = stripRole(name);
    String role = null;
    if (!stripped.equals(name)) {
      role = name.substring(0, name.length() - stripped.length()).strip();
      name = stripped;
    }
    if (role == null || before.strip().endsWith(",") || !before.isBlank()) {
      String pre = before.replaceFirst("[\\s,]+$", "");
      String known = rolePhraseAtEnd(pre);
      if (known != null) role = role == null ? known : known + " " + role;
    }
    if (!plausibleName(name)) return null;
    return make(name, role, l, from + n[0], "'" + cut(window) + " " + verbWord + "'");
  }

  /** "said the HM inspector of constabulary, Grace Holloway", "said Kent's Police and Crime Commissioner Asha Varma". */
  private Attribution after(Line l, int verbEnd) {
    String rest = l.text().substring(verbEnd);
    Matcher lead = Pattern.compile("^\\s+(?:the\\s+)?").matcher(rest);
    if (!lead.lookingAt()) return null;
    int from = lead.end();
    String clause = rest.substring(from).split("[.;:\u201c\"]", 2)[0];
    if (clause.length() > 140) clause = clause.substring(0, 140);
    Matcher n = NAME_ANYWHERE.matcher(clause);
    while (n.find()) {
      String role = clause.substring(0, n.start()).replaceFirst("[\\s,]+$", "");
      String name = n.group();
      // "Commissioner Asha Varma": the name starts after the last word of the role
      Matcher w = Pattern.compile("^(\\S+)\\s+").matcher(name);
      int shift = 0;
      while (w.find() && (PeopleTagger.notNameWord(w.group(1)) || Names.isLeadingWord(w.group(1)))) {
        shift += w.end();
        name = n.group().substring(shift);
        w = Pattern.compile("^(\\S+)\\s+").matcher(name);
      }
      if (shift > 0) role = clause.substring(0, n.start() + shift).replaceFirst("[\\s,]+$", "");
      if (role.length() >= 3 && isRolePhrase(role) && plausibleName(name)) {
        return make(name, role, l, verbEnd + from + n.start() + shift, "'" + cut(rest.strip()) + "'");
      }
    }
    return null;
  }

  private static final Pattern NAME_ANYWHERE = Pattern.compile(Names.NAME.pattern());

  /** The name ending a text, without leading words that cannot be part of a name ("Crime Commissioner Owen Pritchard"). */
  private static int[] trailingName(String text) {
    Matcher n = NAME_AT_END.matcher(text);
    if (!n.find()) return null;
    int start = n.start(1);
    int end = n.end(1);
    String name = text.substring(start, end);
    // "Chief Executive Jo Hall": the name begins after the title it swallowed
    List<Roles.Found> titles = Roles.STANDARD.find(name);
    if (!titles.isEmpty() && titles.get(titles.size() - 1).end() < name.length() - 1) {
      int cut = titles.get(titles.size() - 1).end();
      while (cut < name.length() && Character.isWhitespace(name.charAt(cut))) cut++;
      start += cut;
      name = text.substring(start, end);
    }
    Matcher w = Pattern.compile("^(\\S+)\\s+").matcher(name);
    while (w.find() && (PeopleTagger.notNameWord(w.group(1)) || Names.isLeadingWord(w.group(1))
        || ROLE_NOUN.matcher(w.group(1)).matches())) {
      start += w.end();
      name = text.substring(start, end);
      w = Pattern.compile("^(\\S+)\\s+").matcher(name);
    }
    return new int[] {start, end};
  }

  /** The role phrase that ends a text ("Norfolk Police and Crime Commissioner", "Chief Constable"), or null. */
  private String rolePhraseAtEnd(String text) {
    Roles.Found f = lastRole(text);
    if (f != null && (f.end() >= text.length() - 1
        || text.substring(f.end()).matches("^\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019 &-]{2,40}$"))) {
      String q = qualifier(text.substring(0, f.start()));
      return (q.isEmpty() ? "" : q + " ") + text.substring(f.start(), f.end());
    }
    // a role as written: "National Police Chiefs' Council lead for Child Protection"
    String[] words = text.strip().split("\\s+");
    if (words.length >= 2 && words.length <= 10 && ROLE_NOUN.matcher(text).find()
        && Character.isUpperCase(text.strip().codePointAt(0)) && !text.contains(",")) {
      return text.strip();
    }
    return null;
  }

  private Roles.Found lastRole(String text) {
    List<Roles.Found> all = roles.find(text);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** Qualifiers standing before a role: "Acting", "Temporary", "former". */
  private static String qualifier(String before) {
    Matcher m = QUALIFIER.matcher(before);
    return m.find() ? m.group().strip() : "";
  }

  /** A name that swallowed its title ("Chief Constable Sarah Crew") loses it: "Sarah Crew". */
  private String stripRole(String name) {
    List<Roles.Found> found = roles.find(name);
    if (found.isEmpty()) return name;
    Roles.Found f = found.get(found.size() - 1);
    String rest = name.substring(f.end()).strip();
    return rest.isEmpty() ? name : rest;
  }

  /** "Stephen Mold Northamptonshire" stops where the area begins. */
  private String trimArea(String before) {
    String s = before.replaceFirst("[\\s,]+$", "");
    String[] w = s.split("\\s+");
    for (int k = Math.min(4, w.length - 1); k >= 1; k--) {
      String tail = String.join(" ", java.util.Arrays.asList(w).subList(w.length - k, w.length)).replaceAll("['’]s$", "");
      List<org.oversight.domain.Forces.Hit> h = forces.find(tail + " Police");
      if (h.size() == 1 && h.get(0).start() == 0 && h.get(0).end() == tail.length() + 7) {
        return String.join(" ", java.util.Arrays.asList(w).subList(0, w.length - k));
      }
    }
    return s;
  }

  static boolean isRolePhrase(String s) {
    String t = s.strip();
    return !t.isEmpty() && t.split("\\s+").length <= 10 && (ROLE_NOUN.matcher(t).find()
        || Roles.STANDARD.first(t) != null);
  }

  private static boolean plausibleName(String raw) {
    String n = Names.clean(raw);
    if (n == null) return false;
    for (String w : n.split("\\s+")) {
      if (PeopleTagger.notNameWord(w)) return false;
    }
    // "North Yorkshire's": a force's area is not a name
    List<org.oversight.domain.Forces.Hit> area = org.oversight.domain.Forces.standard().findAreas(n);
    return area.isEmpty() || area.get(0).start() > 0;
  }

  /** An attribution from a name and a role phrase as written (either may be null). */
  private Attribution make(String rawName, String rolePhrase, Line l, int at, String rule) {
    String name = rawName == null ? null : Names.clean(stripRole(rawName));
    if (name != null && !plausibleName(name)) name = null;
    String role = null;
    String org = null;
    String voice = "other";
    if (rolePhrase != null && !rolePhrase.isBlank()) {
      String phrase = rolePhrase.strip().replaceFirst("^(?i)the\\s+", "").replaceFirst("[\\s,:]+$", "")
          .replaceFirst("^(?:the\\s+)?\\p{Lu}[\\p{L} ]*['\u2019]s\\s+(?=.*\\b(?i:" + "lead|chair|head|director|officer)\\b)", "");
      Roles.Found f = roles.first(phrase);
      String q = f == null ? "" : qualifier(phrase.substring(0, f.start()));
      // "Chief Constable of Kent" is a chief constable; "chief executive of the College of Policing" is as written
      boolean placeOnly = f != null && ("area".equals(f.role().organisation()) || "force".equals(f.role().organisation())
          || f.role().organisation() != null && !f.role().organisation().equals("-"));
      boolean whole = f != null && (placeOnly ? phrase.substring(f.end()).replaceFirst("^\\s+(?:for|of)\\s+.*$", "")
          : phrase.substring(f.end())).isBlank()
          && (f.start() == 0 || !q.isEmpty() || isAreaPrefix(phrase.substring(0, f.start())));
      if (f != null) {
        voice = f.role().voice();
        org = organisation(f, phrase);
      }
      if (whole || (f != null && !WRITTEN_ROLE.matcher(phrase).matches())) {
        role = (q.isEmpty() ? "" : capitalise(q) + " ") + f.role().name();
      } else if (!WRITTEN_ROLE.matcher(phrase).matches()) {
        role = null;
      } else {
        role = phrase;
        voice = voiceOf(phrase, voice);
      }
    }
    if (name == null && role == null) return null;
    return new Attribution(name, role, org, voice, l, at, "statement attributed: " + rule);
  }

  private boolean isAreaPrefix(String s) {
    String t = s.strip().replaceAll("['’]s$", "");
    if (t.isEmpty() || t.matches("(?i)(?:the\\s+)?(?:county|force|city|region|area|forces|constabulary)")) return true;
    return !forces.find(t + " Police").isEmpty();
  }

  private String organisation(Roles.Found f, String phrase) {
    String org = f.role().organisation();
    if (!"area".equals(org) && !"force".equals(org)) return org;
    List<org.oversight.domain.Forces.Hit> h = forces.find(phrase);
    if (h.isEmpty()) h = forces.find(phrase.replaceAll("['’]s\\b", "") + " Police");
    return h.isEmpty() ? null : h.get(0).force();
  }

  /** The voice of a role written out: national bodies and the inspectorate named in it. */
  static String voiceOf(String phrase, String fallback) {
    String p = phrase.toLowerCase(Locale.ROOT);
    if (p.matches(".*\\b(national police chiefs|npcc|college of policing|apcc|association of police and crime"
        + "|home office|minister|government)\\b.*")) {
      return "national";
    }
    if (p.matches(".*\\b(hmicfrs|hmic|inspectorate)\\b.*")) return "hmi";
    if (p.matches(".*\\bfederation\\b.*")) return "other";
    return fallback;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String cut(String s) {
    String t = s.strip();
    return t.length() <= 120 ? t : "\u2026" + t.substring(t.length() - 119);
  }
}

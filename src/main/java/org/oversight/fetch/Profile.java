package org.oversight.fetch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.oversight.model.Json;

/**
 * A source profile: where a crawl starts, which hosts it may contact, which links it follows (pages to read for
 * more links), which it keeps (documents for the corpus, whatever they turn out to be), and which it keeps only if
 * they lead to a document ({@code documents}: a link whose text says "PCC response (PDF document)" may sit on an old
 * address with no extension that redirects to the file; a web page at the end is not kept). Rules match a link's
 * address path and its text, never its host, so the same profile crawls a mirror or a test server.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profile(String name, String description, List<String> start, List<String> hosts, List<Rule> follow,
    List<Rule> keep, List<Rule> documents, List<Rule> skip) {

  public Profile {
    start = start == null ? List.of() : List.copyOf(start);
    hosts = hosts == null ? List.of() : List.copyOf(hosts);
    follow = follow == null ? List.of() : List.copyOf(follow);
    keep = keep == null ? List.of() : List.copyOf(keep);
    documents = documents == null ? List.of() : List.copyOf(documents);
    skip = skip == null ? List.of() : List.copyOf(skip);
  }

  /** A link rule: a pattern on the address (path and query) and, optionally, one on the link text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Rule(String href, String text) {
    boolean matches(String pathAndQuery, String linkText) {
      return (href == null || Pattern.compile(href).matcher(pathAndQuery).find())
          && (text == null || Pattern.compile(text).matcher(linkText == null ? "" : linkText).find());
    }
  }

  /**
   * What the rules say of a link: never fetched (a skip rule), kept whatever it is, kept if it turns out to be a
   * document, read for links. A link may be both kept and read (an HTML version of a report), or both a document
   * candidate and a page to read (a "Response" link on a commissioner's index): what it answers decides.
   */
  record Judgement(boolean skip, boolean keep, boolean document, boolean follow) {
    static final Judgement PAGE = new Judgement(false, false, false, true);

    boolean wanted() {
      return !skip && (keep || document || follow);
    }
  }

  Judgement judge(String path, String text) {
    if (skips(path, text)) return new Judgement(true, false, false, false);
    return new Judgement(false, keep.stream().anyMatch(r -> r.matches(path, text)),
        documents.stream().anyMatch(r -> r.matches(path, text)), follow.stream().anyMatch(r -> r.matches(path, text)));
  }

  private boolean skips(String path, String text) {
    return skip.stream().anyMatch(r -> r.matches(path, text));
  }

  /** A profile shipped with the tool ("hmicfrs", "pcc-site") or a JSON file. */
  public static Profile load(String nameOrFile) throws IOException {
    Path file = Path.of(nameOrFile);
    if (nameOrFile.endsWith(".json") && Files.exists(file)) {
      return Json.MAPPER.readValue(file.toFile(), Profile.class);
    }
    try (InputStream in = Profile.class.getResourceAsStream(nameOrFile + ".json")) {
      if (in == null) throw new IOException("no profile called '" + nameOrFile + "' (shipped: hmicfrs, pcc-site)");
      return Json.MAPPER.readValue(in, Profile.class);
    }
  }
}

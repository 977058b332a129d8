package org.oversight.query;

import java.util.List;

/**
 * The section 55 ledger of one report: who had to respond and when, and for each responding body and each of the
 * report's recommendations, the passage of its response that addresses it. Section 55 of the Police Act 1996 asks a
 * local policing body to publish comments within 56 days of the report's publication (s55(5A)) and, for each
 * recommendation, the action taken or proposed, or why none (s55(5B)); the ledger shows both as far as the corpus
 * shows them and no further: a body with no response in the corpus is "no response found in the corpus", never "did
 * not respond".
 *
 * @param report the report's canonical title
 * @param published its publication date as the corpus states it (ISO day or month), or null
 * @param publishedBasis where that date comes from
 * @param deadline the last day in time (publication + 55 days), when the publication date is known to the day
 * @param whoMustRespond which bodies are counted as due to respond, and by which rule
 * @param recommendationsFrom where the recommendations come from: the report itself, or the documents quoting them
 * @param responses one row per response in the corpus, then one per body due to respond with none found
 * @param recommendations the report's recommendations with one cell per force
 * @param areasForImprovement the report's areas for improvement: not statutory, listed apart and not matched
 * @param notes what a reader must know to read the ledger right
 */
public record Ledger(String report, String published, String publishedBasis, String deadline,
    Respondents whoMustRespond, String recommendationsFrom, List<Response> responses,
    List<Recommendation> recommendations, List<Area> areasForImprovement, List<String> notes) {

  /** A cell's or a response's status when the corpus holds no response from the body. */
  public static final String NO_RESPONSE = "no_response";
  /** A cell's status when the response cites the recommendation. */
  public static final String ADDRESSED = "addressed";
  /** A cell's status when the response does not appear to address the recommendation. */
  public static final String NOT_FOUND = "not_found";

  /**
   * Who must respond to a report under section 55.
   *
   * @param rule {@code one_force} (the report is about one force), {@code named_forces} (about a few forces, those it
   *     names), {@code national} (national or thematic: every territorial force), {@code title_forces} (the report is
   *     not in the corpus; the forces its title names) or {@code national_fallback} (the report is not in the corpus
   *     and its title names no force, so every territorial force is counted)
   * @param reason the rule in words, with the evidence it rests on
   * @param forces the forces counted, canonical names, in the list's order
   */
  public record Respondents(String rule, String reason, List<String> forces) {}

  /**
   * One response, or one body due to respond with no response found in the corpus.
   *
   * @param force the force the body answers for (canonical name), or null when the response names none
   * @param body the local policing body that answered for the force on the report's publication date, or null when
   *     the list holds none for that force and day
   * @param signer who signed the response, or null
   * @param role the signer's role as the response gives it, or null
   * @param date the response's own date, which stands in for its publication date; null when unknown
   * @param dateBasis what that date is: the date the response bears, or the publication date its web page states
   * @param days the day of section 55's period the response is dated on (publication day = 1), when known
   * @param daysLate days after the deadline (0 when in time), when known
   * @param onTime whether dated within the 56 days, when known
   * @param status {@code on_time}, {@code late}, {@code timing_unknown} or {@code no_response}
   * @param timing the timing in words when it cannot be counted ("date unknown", "report date unknown")
   * @param addressed how many of the recommendations the response addresses (null without a response)
   * @param recommendations how many recommendations the ledger holds
   * @param addressedNumbers the numbers (or, for unnumbered ones, positions from 1) of those it addresses
   * @param required whether the body is among those counted as due to respond
   * @param id the response's document id, or null
   * @param file the response's file name, or null
   */
  public record Response(String force, String body, String signer, String role, String date, String dateBasis,
      Long days, Long daysLate, Boolean onTime, String status, String timing, Integer addressed,
      int recommendations, List<Integer> addressedNumbers, boolean required, String id, String file) {}

  /**
   * A recommendation of the report.
   *
   * @param number its number in the report, or null when no text states one
   * @param position its place in the ledger, from 1
   * @param text the recommendation as written (the fullest of the texts that state it)
   * @param addressee who it is addressed to, or null
   * @param deadline its deadline as written, or null
   * @param sources the files that state it
   * @param cells one per force: the forces counted as due to respond, then any other force that responded
   */
  public record Recommendation(Integer number, int position, String text, String addressee, String deadline,
      List<String> sources, List<Cell> cells) {}

  /**
   * What one force's response (or responses) says about one recommendation.
   *
   * @param force the force (canonical name)
   * @param body its local policing body
   * @param status {@code addressed}, {@code not_found} or {@code no_response}
   * @param passage the ordinal of the best passage citing the recommendation (from 0, as {@code show} lists them)
   * @param page that passage's page (0 for formats without pages)
   * @param score 1.0 when cited by number or after a quote of the recommendation, else the share of its distinctive
   *     words the passage contains
   * @param how "number", "after quote", "words" or "singled out" ("the recommendation addressed to ... about ...")
   * @param text that passage's text
   * @param file the response it is in
   * @param citations every passage of the force's responses citing the recommendation, best first
   */
  public record Cell(String force, String body, String status, Integer passage, Integer page, Double score,
      String how, String text, String file, List<Citation> citations) {}

  /** A passage of a response cited for a recommendation. */
  public record Citation(String file, int passage, int page, double score, String how) {}

  /**
   * An area for improvement: the inspectorate's advice, which section 55(5B) does not ask the body to answer.
   *
   * @param number its number when stated, else its place in the list
   */
  public record Area(int number, String text, List<String> sources) {}
}

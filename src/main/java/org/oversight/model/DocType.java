package org.oversight.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of paper a document is, in the terms of the inspection and response cycle. */
public enum DocType {
  HMICFRS_REPORT, HMICFRS_LETTER, PCC_RESPONSE, NEWS_ARTICLE, OTHER;

  /** The identifier used in the index, JSON and on the command line, e.g. {@code pcc_response}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an identifier such as {@code pcc_response} or {@code pcc-response}. */
  public static DocType parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}

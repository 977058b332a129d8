package org.oversight.extract;

import org.apache.tika.exception.WriteLimitReachedException;
import org.oversight.model.FailureKind;
import org.xml.sax.SAXException;

/**
 * What one parse may still produce: characters, pages and embedded files, shared by the file and everything embedded
 * in it. The first limit passed ends the whole parse at once: the refusal is a {@link WriteLimitReachedException},
 * the one exception Tika's parsers and wrappers pass on instead of recording and carrying on.
 */
final class Budget {
  private final ExtractionLimits limits;
  private long characters;
  private int pages;
  private int embedded;
  private volatile Refused refusal;

  Budget(ExtractionLimits limits) {
    this.limits = limits;
  }

  void spend(int chars) throws SAXException {
    check();
    characters += chars;
    if (characters > limits.maxCharacters()) {
      refuse(FailureKind.TOO_LARGE, String.format("too large once extracted: more than %,d characters of text",
          limits.maxCharacters()));
    }
  }

  void page() throws SAXException {
    check();
    if (++pages > limits.maxPages()) {
      refuse(FailureKind.TOO_LARGE, String.format("too many pages: more than %,d", limits.maxPages()));
    }
  }

  /** An embedded file begins, {@code depth} levels down (1 for a file directly inside). */
  void embedded(int depth) throws SAXException {
    check();
    if (++embedded > limits.maxEmbedded()) {
      refuse(FailureKind.BOMB, String.format("too many embedded files: more than %,d", limits.maxEmbedded()));
    }
    if (depth > limits.maxEmbeddedDepth()) {
      refuse(FailureKind.TOO_DEEP, "embedded files nest too deep: more than " + limits.maxEmbeddedDepth()
          + " levels (an archive in an archive ...)");
    }
  }

  /** The limit that ended the parse, or null. */
  Refused refusal() {
    return refusal;
  }

  private void check() throws Refused {
    if (refusal != null) throw refusal; // a parser that caught the first refusal and went on meets it again
  }

  private void refuse(FailureKind kind, String why) throws Refused {
    refusal = new Refused(kind, why);
    throw refusal;
  }

  /** A limit was passed: what kind and the line to say. */
  static final class Refused extends WriteLimitReachedException {
    private final FailureKind kind;
    private final String reason;

    Refused(FailureKind kind, String reason) {
      super(0);
      this.kind = kind;
      this.reason = reason;
    }

    FailureKind kind() {
      return kind;
    }

    @Override
    public String getMessage() {
      return reason;
    }
  }
}

package org.oversight.extract;

/**
 * How much one file may become once extracted, so that memory per document is bounded whatever the file holds: a
 * file past any of these is refused with one line naming the limit, before it can fill the heap.
 *
 * @param maxCharacters characters of text the file and everything embedded in it may give, together
 * @param maxEmbedded files embedded in it (attachments, archive entries), at every level together
 * @param maxEmbeddedDepth how deep embedded files may nest (an archive in an archive in ...)
 * @param maxPages pages of a PDF, counted from its page tree before any page is read
 * @param maxPageContentBytes drawing instructions of one PDF page once decompressed
 */
public record ExtractionLimits(int maxCharacters, int maxEmbedded, int maxEmbeddedDepth, int maxPages,
    long maxPageContentBytes) {
  /**
   * 5 million characters (about 1,700 pages of a report; annotating more would take longer than the time allowed
   * anyway), 1,000 embedded files, 5 levels, 5,000 pages, 32 MB of drawing instructions per page.
   */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(5_000_000, 1_000, 5, 5_000, 32L << 20);
  }
}

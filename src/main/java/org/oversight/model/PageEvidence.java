package org.oversight.model;

/**
 * Metadata keys for what the web page a document was found on said of it, recorded by {@code fetch} in the corpus
 * manifest and taken by the domain rules as strong evidence: a publication page's heading names the report and its
 * "Published on" line dates it; a link "Derbyshire PCC response" names the force.
 */
public final class PageEvidence {
  public static final String URL = "source_url";
  public static final String LINK_TEXT = "page_link_text";
  public static final String REPORT_TITLE = "page_report_title";
  public static final String PUBLICATION_DATE = "page_publication_date";
  public static final String FORCE = "page_force";

  private PageEvidence() {}
}

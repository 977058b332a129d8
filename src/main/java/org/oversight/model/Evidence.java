package org.oversight.model;

/**
 * Why a tag was given: the line or sentence of the document it was read from and the rule that read it, so that a
 * reader can see at a glance why a document was called a commissioner's response or who signed it.
 *
 * @param field the tag this is evidence for, as in the extraction schema: {@code doc_type}, {@code author},
 *     {@code primary_force}, {@code forces}, {@code report_title}, {@code report_date}, {@code document_date},
 *     {@code ratings}, {@code recommendations}
 * @param value the value the evidence supports (a force's canonical name, an ISO date, a grade ...)
 * @param passage ordinal of the passage the quote comes from, or -1 when the evidence is not in the text (a page the
 *     document was linked from)
 * @param page the 1-based page of that passage, or 0 for formats without pages
 * @param quote the line or sentence as written, shortened to a few hundred characters around what was read
 * @param rule a short human reason, such as "salutation 'Dear Home Secretary'" or "signature block under 'Yours
 *     sincerely'"
 */
public record Evidence(String field, String value, int passage, int page, String quote, String rule) {}

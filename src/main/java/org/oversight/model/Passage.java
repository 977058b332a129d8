package org.oversight.model;

/**
 * A paragraph-sized unit of a document's cleaned text: the unit a search hit points at.
 *
 * @param ordinal position in the document, from 0
 * @param page the 1-based page it starts on, or 0 for formats without pages
 * @param text cleaned text; hard line breaks survive only in blocks of short lines (letter heads, signatures)
 */
public record Passage(int ordinal, int page, String text) {}

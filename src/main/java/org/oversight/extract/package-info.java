/**
 * Turns a file into cleaned text in passages: format detected from the bytes (Tika), PDF text per page, web pages
 * reduced to their article, the documents inside archives and mail as their own, OCR of scanned pages when Tesseract
 * is installed, and the repair of PDF text (running heads, page numbers, wrapped lines, hyphenation). What one file
 * may become is bounded ({@link org.oversight.extract.ExtractionLimits}), and risky parsers run in worker processes
 * ({@link org.oversight.extract.Workers}). Imports only {@code model} and {@code domain}.
 */
package org.oversight.extract;

/**
 * Turns a file into cleaned text in passages: format detected from the bytes (Tika), PDF text per page, web pages
 * reduced to their article, OCR of scanned pages when Tesseract is installed, and the repair of PDF text (running
 * heads, page numbers, wrapped lines, hyphenation). Imports only {@code model} and {@code domain}.
 */
package org.oversight.extract;

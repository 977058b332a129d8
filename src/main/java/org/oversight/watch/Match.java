package org.oversight.watch;

/**
 * A document a saved search found among those an ingest added or changed: its best passage and when it was found.
 *
 * @param search the saved search's name
 * @param id the document's id
 * @param file the file's name
 * @param path the file's absolute path
 * @param page the best passage's page (0 for formats without pages)
 * @param passage the best passage's number in the document
 * @param docType the document's type id
 * @param date the document's date, or null
 * @param snippet the best passage with matched words marked {@code <b>...</b>}
 * @param found when the match was found (ISO instant)
 */
public record Match(String search, String id, String file, String path, int page, int passage, String docType,
    String date, String snippet, String found) {}

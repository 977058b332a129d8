package org.oversight.index;

/**
 * A report the corpus knows, with its publication date as the corpus states it, rebuilt at every commit from the
 * documents about it.
 *
 * @param key the grouping key of its title
 * @param title its canonical title
 * @param published its publication date (ISO day or month), or null when no document states it
 * @param publishedBasis where that date comes from: "the report itself (FILE)", or "N documents that state it"
 * @param documents how many documents are about it
 */
public record ReportEntry(String key, String title, String published, String publishedBasis, int documents) {}

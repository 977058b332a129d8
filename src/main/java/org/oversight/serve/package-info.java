/**
 * The web page for journalists ({@code oversight serve}): search with facets, documents with their tags and
 * evidence, the reports (each shown as its section 55 ledger, with its compare table beside it), the bodies overdue,
 * people, forces and timelines, each as an HTML page that works without JavaScript, as JSON under {@code /api}, and
 * as CSV or JSON of every matching row. Reads the index through {@code query} and only presents what it returns: it
 * escapes everything, never lets a URL reach the file system, and sees each new commit of {@code ingest} without a
 * restart. Imports {@code model}, {@code domain}, {@code index} and {@code query}.
 */
package org.oversight.serve;

/**
 * Writes the Lucene index: one entry per document (its stored {@link org.oversight.index.StoredDocument}), one per
 * passage, one per report the corpus knows ({@link org.oversight.index.ReportEntry}), with the layout recorded in
 * every commit. Also defines the field names the query stage reads ({@link org.oversight.index.Schema}). Imports only
 * {@code model} and {@code domain}.
 */
package org.oversight.index;

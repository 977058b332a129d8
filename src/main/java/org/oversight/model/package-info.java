/**
 * The records that flow between the stages: a file and its text ({@link org.oversight.model.ExtractedDocument}),
 * what the tagging found ({@link org.oversight.model.Tags}), and the record the index stores and {@code extract}
 * prints ({@link org.oversight.model.DocumentRecord}). Immutable, with no behaviour beyond small derivations such as
 * section 55's day count ({@link org.oversight.model.Timeliness}). Imports nothing of the project.
 */
package org.oversight.model;

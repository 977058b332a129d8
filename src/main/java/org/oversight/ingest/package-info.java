/**
 * Runs documents through the stages: the {@link org.oversight.ingest.DocumentPipeline} (load, extract, page evidence,
 * annotate, within a time limit) that {@code ingest}, {@code extract} and {@code eval} share, and the ingest run that
 * writes its results to the index: walking folders so that every file is accounted for, committing as it goes,
 * keeping failures, naming the files a dead run was reading, and keeping libraries' output off the terminal. Imports
 * {@code model}, {@code domain}, {@code fetch}, {@code extract}, {@code annotate} and {@code index}.
 */
package org.oversight.ingest;

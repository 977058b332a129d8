/**
 * Runs documents through the stages: the {@link org.oversight.ingest.DocumentPipeline} (load, extract, page evidence,
 * annotate, within a time limit) that {@code ingest}, {@code extract} and {@code eval} share, and the ingest run that
 * writes its results to the index. Imports {@code model}, {@code domain}, {@code fetch}, {@code extract},
 * {@code annotate} and {@code index}.
 */
package org.oversight.ingest;

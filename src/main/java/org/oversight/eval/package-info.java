/**
 * Measures extraction against hand annotations with the rules of {@code shared/eval/score.py}, on records the shared
 * {@link org.oversight.ingest.DocumentPipeline} makes. Imports {@code model}, {@code domain} and {@code ingest}.
 */
package org.oversight.eval;

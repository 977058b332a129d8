/**
 * Saved searches and their alerts: searches a user keeps by name, run after every ingest over the documents it added
 * or changed, and the matches they found, kept in a small JSON store beside the index. Imports {@code model},
 * {@code domain}, {@code index} and {@code query}.
 */
package org.oversight.watch;

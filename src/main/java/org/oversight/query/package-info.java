/**
 * Reads the index: passage search with filters and facets, one document's record, the cross-force tables (reports,
 * comparisons), entity views and research exports. Reads typed records; never loads the language models. Imports
 * {@code model}, {@code domain} and {@code index}.
 */
package org.oversight.query;

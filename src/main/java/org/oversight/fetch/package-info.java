/**
 * Builds and refreshes a corpus from where the papers are published: a polite crawler (robots.txt, per-host delay,
 * allowlist, conditional requests) driven by source profiles, and the corpus manifest recording what each page said
 * of each document. Imports only {@code model} and {@code domain}.
 */
package org.oversight.fetch;

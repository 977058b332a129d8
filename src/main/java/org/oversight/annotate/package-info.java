/**
 * Tags a document: CoreNLP's entities and dates, then the domain rules for document type, forces, people and roles,
 * author, dates, the report, recommendations and grades. Imports only {@code model} and {@code domain}.
 */
package org.oversight.annotate;

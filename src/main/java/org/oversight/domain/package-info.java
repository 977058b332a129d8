/**
 * Reference knowledge every stage may read: the police forces and the names texts use for them, HMICFRS report
 * titles and how their variants group, how people's names are compared. The data lives in resource files beside
 * this package. Imports only {@code model}.
 */
package org.oversight.domain;

/**
 * The {@code oversight} command line: parses options, calls the stage that does the work and prints its result as a
 * table for people or JSON, JSONL or CSV for programs. Holds no logic of its own beyond that.
 */
package org.oversight.cli;

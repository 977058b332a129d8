package org.oversight.cli;

/** How results are printed: a readable table for people, or data for programs. */
enum OutputFormat { table, json, jsonl, csv }

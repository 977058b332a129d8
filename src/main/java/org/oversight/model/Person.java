package org.oversight.model;

/** A named person with the role and organisation the document gives them (either may be null). */
public record Person(String name, String role, String organisation) {}

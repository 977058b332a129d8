package org.oversight.model;

/** The kinds of named entity the pipeline keeps: the four a reader of inspection papers filters by. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, DATE;

  /** Lower-case name used for index fields and JSON. */
  public String field() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

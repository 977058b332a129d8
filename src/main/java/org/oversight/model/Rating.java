package org.oversight.model;

/** A graded judgement: the force graded, what was graded, and the grade on the inspectorate's scale. */
public record Rating(String force, String area, String grade) {}

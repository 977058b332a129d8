package org.oversight.model;

/**
 * A passage stating what the inspectorate recommends.
 *
 * @param text the recommendation as written
 * @param passage ordinal of the passage it came from
 * @param addressee who it is addressed to (all forces, chief constables, the Home Office ...), or null
 * @param deadline the deadline as written ("within six months", "by 31 March 2023"), or null
 */
public record Recommendation(String text, int passage, String addressee, String deadline) {}

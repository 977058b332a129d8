package org.oversight.model;

/**
 * A passage stating what the inspectorate recommends.
 *
 * @param text the recommendation as written
 * @param passage ordinal of the passage it came from
 * @param addressee who it is addressed to (all forces, chief constables, the Home Office ...), or null
 * @param deadline the deadline as written ("within six months", "by 31 March 2023"), or null
 * @param due the deadline as an ISO date: a stated date, or a period counted from the report's publication; null
 *     when neither is known
 */
public record Recommendation(String text, int passage, String addressee, String deadline, String due) {}

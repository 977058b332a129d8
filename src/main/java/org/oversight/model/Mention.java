package org.oversight.model;

/**
 * A named entity found in a passage.
 *
 * @param type what kind of entity
 * @param text the words as written
 * @param normalized a normalised value: ISO date or month ({@code 2019-09-27}, {@code 2019-09}) for dates; null otherwise
 * @param passage ordinal of the passage it was found in
 */
public record Mention(EntityType type, String text, String normalized, int passage) {}

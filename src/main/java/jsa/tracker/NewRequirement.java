package jsa.tracker;

import java.util.List;

/** A requirement to file with a job; its position is its place in the list given. */
public record NewRequirement(String text, List<String> keywords, double relevance) {}

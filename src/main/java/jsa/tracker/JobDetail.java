package jsa.tracker;

import java.util.List;

/** A tracked job with its requirements, most relevant first. */
public record JobDetail(Job job, List<Requirement> requirements) {}

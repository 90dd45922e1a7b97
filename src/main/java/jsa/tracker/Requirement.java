package jsa.tracker;

import java.util.List;

/**
 * One requirement of a tracked job's description.
 *
 * @param position its place in the job's list, from 0 (most relevant first)
 * @param keywords the skills and tools it names
 * @param relevance 0 to 1
 */
public record Requirement(long id, long jobId, int position, String text, List<String> keywords, double relevance) {}

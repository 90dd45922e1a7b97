package jsa.resume;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jsa.tracker.Job;
import jsa.tracker.JobDetail;
import jsa.tracker.Requirement;

/**
 * What a resume is written for: a tracked job with its requirements, or a target role when there
 * is no job description (the seed's "general target role resume").
 *
 * @param job the job, or null for a general resume
 * @param role the role templates are chosen by, e.g. "Software Engineer"
 * @param level its level, or null
 * @param specialization its specialization, or null
 * @param requirements the job's requirements as short phrases, most relevant first; empty for a
 *     general resume
 */
public record ResumeTarget(Job job, String role, String level, String specialization, List<String> requirements) {
    /** The most requirements a prompt lists: the rest matter too little to pay for. */
    static final int MAX_REQUIREMENTS = 25;

    public ResumeTarget {
        requirements = List.copyOf(requirements);
    }

    /** A resume for {@code detail}'s job, its requirements most relevant first. */
    public static ResumeTarget of(JobDetail detail) {
        Job job = detail.job();
        List<String> phrases = detail.requirements().stream()
                .sorted(Comparator.comparingDouble(Requirement::relevance)
                        .reversed()
                        .thenComparingInt(Requirement::position))
                .limit(MAX_REQUIREMENTS)
                .map(Requirement::text)
                .toList();
        return new ResumeTarget(job, job.role(), job.level(), job.specialization(), phrases);
    }

    /** A general resume framed for {@code role} at {@code level} (null for any). */
    public static ResumeTarget general(String role, String level) {
        return new ResumeTarget(null, role, level, null, List.of());
    }

    /** One line naming the job for a prompt: "Senior Backend Engineer at Northwind (Software Engineer, senior, Backend)". */
    String line() {
        String framing = Stream.of(role, level, specialization)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        if (job == null) {
            return framing + " (a general resume: no job description)";
        }
        return job.listingJobTitle() + " at " + job.company() + (framing.isEmpty() ? "" : " (" + framing + ")");
    }

    /** The requirements as the prompts list them: one "- phrase" per line, or nothing. */
    String requirementLines() {
        return requirements.stream().map(text -> "- " + text).collect(Collectors.joining("\n"));
    }
}

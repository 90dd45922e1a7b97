package jsa.tracker;

import java.time.Instant;
import java.time.LocalDate;

/** The user's application to a job, with the resume sent ({@code null} when made outside jsa). */
public record Application(long id, long jobId, Long resumeId, LocalDate appliedDate, Instant createdAt) {}

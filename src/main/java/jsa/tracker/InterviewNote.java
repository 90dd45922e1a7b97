package jsa.tracker;

import java.time.Instant;

/** A freeform note on an interview, such as what was asked and how it went. */
public record InterviewNote(long id, long interviewId, String text, Instant createdAt) {}

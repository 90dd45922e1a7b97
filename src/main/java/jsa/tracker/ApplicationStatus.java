package jsa.tracker;

import java.time.LocalDate;

/** The current state of an application ({@code callback}, {@code rejected} or {@code closed}) and its date. */
public record ApplicationStatus(long applicationId, String state, LocalDate statusDate) {}

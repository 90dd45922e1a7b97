package jsa.tracker;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an application's append-only timeline: its {@code kind} ({@code applied},
 * {@code status}, ...), an optional value such as the new state, the date it happened and when jsa
 * recorded it.
 */
public record ApplicationEvent(
        long id,
        long applicationId,
        String kind,
        String value,
        LocalDate eventDate,
        String detail,
        Instant recordedAt) {}

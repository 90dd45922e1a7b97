package jsa.metrics;

import java.time.LocalDate;

/**
 * One application as the metrics see it: its job's facts, current state and outcome, when it
 * first got an answer, and the resume it was sent with. Nullable components are null when unknown.
 *
 * @param state callback, rejected, closed, or null while there is no response
 * @param firstResponse the date of the first status change, or null
 * @param interviewed whether an interview or a process outcome was recorded
 * @param template the sent resume's template name, or null without a stored resume
 * @param bulletsEdited whether any bullet of the sent resume was overridden; null without a resume
 */
public record MetricsRow(
        long id,
        String role,
        String specialization,
        String level,
        String location,
        String workSetting,
        Integer minExperienceYears,
        Long minSalary,
        Long maxSalary,
        LocalDate appliedDate,
        String state,
        String outcome,
        LocalDate firstResponse,
        boolean interviewed,
        String template,
        Boolean bulletsEdited) {}

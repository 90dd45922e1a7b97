package jsa.tracker;

import java.time.LocalDate;

/**
 * An application with its job's facts, current status and process outcome: a row of the list,
 * company history and export views. Status and outcome components are null while there are none;
 * {@code lastNote} is the newest note on its timeline ({@code jsa app note}), or null.
 */
public record ApplicationRow(
        long id,
        long jobId,
        String company,
        String listingJobTitle,
        String role,
        String specialization,
        String level,
        String location,
        String workSetting,
        Integer minExperienceYears,
        Long minSalary,
        Long maxSalary,
        String source,
        String externalJobId,
        LocalDate appliedDate,
        String state,
        LocalDate statusDate,
        String outcome,
        LocalDate outcomeDate,
        String outcomeNotes,
        String lastNote) {
    /** This application with status {@code state} since {@code date}, as recording it leaves it. */
    ApplicationRow withStatus(String state, LocalDate date) {
        return new ApplicationRow(
                id,
                jobId,
                company,
                listingJobTitle,
                role,
                specialization,
                level,
                location,
                workSetting,
                minExperienceYears,
                minSalary,
                maxSalary,
                source,
                externalJobId,
                appliedDate,
                state,
                date,
                outcome,
                outcomeDate,
                outcomeNotes,
                lastNote);
    }

    /** This application with outcome {@code outcome} on {@code date} and its {@code notes}, as recording it leaves it. */
    ApplicationRow withOutcome(String outcome, LocalDate date, String notes) {
        return new ApplicationRow(
                id,
                jobId,
                company,
                listingJobTitle,
                role,
                specialization,
                level,
                location,
                workSetting,
                minExperienceYears,
                minSalary,
                maxSalary,
                source,
                externalJobId,
                appliedDate,
                state,
                statusDate,
                outcome,
                date,
                notes,
                lastNote);
    }

    /**
     * The status shown to people, by the design's priority: the process outcome, else a callback as
     * "Interviewing", else the other states, else "No Response".
     */
    public String standing() {
        if (outcome != null) {
            return switch (outcome) {
                case "offer" -> "Offer";
                case "rejected" -> "Rejected after interviews";
                case "failed" -> "Failed interviews";
                case "ghosted" -> "Ghosted";
                default -> "Withdrew";
            };
        }
        if (state == null) {
            return "No Response";
        }
        return state.equals("callback") ? "Interviewing" : state.equals("rejected") ? "Rejected" : "Closed";
    }

    /** Whether the application is still open: no response yet, or interviewing without an outcome. */
    public boolean active() {
        return outcome == null && (state == null || state.equals("callback"));
    }

    /** Whether the company or the interview process turned the application down. */
    public boolean turnedDown() {
        return "rejected".equals(state) || "rejected".equals(outcome) || "failed".equals(outcome);
    }
}

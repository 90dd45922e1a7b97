package jsa.jobs.source.lever;

import java.util.List;

/** One posting of the Lever Postings API's {@code /v0/postings/{site}?mode=json} answer (a bare array). */
record LeverPosting(
        String id,
        String text,
        Categories categories,
        Long createdAt,
        String hostedUrl,
        String description,
        String descriptionPlain,
        List<Section> lists,
        String additional,
        String additionalPlain,
        SalaryRange salaryRange) {

    record Categories(String location, List<String> allLocations, String department, String team, String commitment) {}

    /** A titled list; {@code content} is a run of HTML {@code <li>} elements. */
    record Section(String text, String content) {}

    /** {@code interval} is e.g. "per-year-salary" or "per-hour-wage". */
    record SalaryRange(Double min, Double max, String currency, String interval) {}
}

package jsa.jobs.source.smartrecruiters;

import java.util.List;

/** One page of the SmartRecruiters Posting API's {@code /v1/companies/{id}/postings} answer. */
record SmartRecruitersPage(Integer totalFound, List<Job> content) {
    record Job(
            String id,
            String name,
            String releasedDate,
            Location location,
            Labeled department,
            Labeled typeOfEmployment) {}

    /** {@code country} is a lower-case ISO 3166 code; {@code region} may be absent. */
    record Location(String city, String region, String country, Boolean remote) {}

    /** An {@code {id, label}} pair; {@code department} can be an empty object. */
    record Labeled(String label) {}
}

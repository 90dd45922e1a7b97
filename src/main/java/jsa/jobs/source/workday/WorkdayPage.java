package jsa.jobs.source.workday;

import java.util.List;

/** The answer of Workday's {@code POST /wday/cxs/{tenant}/{site}/jobs}. */
record WorkdayPage(Integer total, List<Job> jobPostings, List<Facet> facets) {
    /** A list row; the detail call has more, and {@code bulletFields} (the req id) is not needed. */
    record Job(String title, String externalPath, String locationsText, String postedOn) {}

    /**
     * A facet, a nested group of facets, or one value ({@code id} set): all share this shape.
     * Location facets usually sit in a {@code locationMainGroup} group.
     */
    record Facet(String facetParameter, String descriptor, String id, List<Facet> values) {}
}

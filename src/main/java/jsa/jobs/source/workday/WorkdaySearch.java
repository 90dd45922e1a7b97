package jsa.jobs.source.workday;

import java.util.List;
import java.util.Map;

/** The body of a Workday search; Workday answers 422 unless all four keys are there. */
record WorkdaySearch(Map<String, List<String>> appliedFacets, int limit, int offset, String searchText) {}

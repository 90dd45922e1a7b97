package jsa.jobs;

import java.util.List;

/**
 * What {@code jsa sync-jobs} was asked to do.
 *
 * @param keywords only the search terms containing this (ignoring case); null for every active term
 * @param location only postings in this location (Workday: a name from location_filters); or null
 * @param companies only these companies (ignoring case); empty for every active company
 * @param concurrency how many boards are fetched at once
 * @param dryRun fetch and report, write nothing
 */
public record SyncRequest(String keywords, String location, List<String> companies, int concurrency, boolean dryRun) {
    public SyncRequest {
        companies = List.copyOf(companies);
    }

    /** True when the fetch covers each board's whole scope, so that missing listings are gone. */
    boolean complete() {
        return keywords == null && location == null;
    }
}

package jsa.jobs;

import java.util.List;

/** Every company's outcome of one sync, in company order. */
public record SyncReport(List<CompanySync> companies) {
    public SyncReport {
        companies = List.copyOf(companies);
    }

    /** How many companies failed. */
    public long failures() {
        return companies.stream().filter(c -> !c.ok()).count();
    }
}

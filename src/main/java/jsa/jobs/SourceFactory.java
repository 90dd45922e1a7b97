package jsa.jobs;

import jsa.jobs.source.JobSource;

/** Builds the client of a company's board. */
@FunctionalInterface
public interface SourceFactory {
    /** The board of {@code company}, at its configured host. */
    JobSource create(CompanySpec company);
}

package jsa.jobs.source.schemaorg;

import jsa.jobs.source.Posting;

/** One JobPosting found in a page, with the hiring organization's name (null when absent). */
public record PagePosting(String company, Posting posting) {}

package jsa.jobs;

/** What {@code jsa company import} changed. */
public record ImportReport(int companiesAdded, int companiesUpdated, int searchesAdded, int searchesUpdated) {}

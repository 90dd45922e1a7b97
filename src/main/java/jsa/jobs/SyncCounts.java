package jsa.jobs;

/**
 * What one company's sync changed.
 *
 * @param added listings seen for the first time
 * @param updated listings whose details changed, or that came back after being stale
 * @param unchanged listings fetched again with nothing new (not written)
 * @param applied listings that match a job the user applied to (marked APPLIED)
 * @param stale listings newly missing from a complete fetch
 * @param deleted stale listings not seen for 30 days, removed
 */
public record SyncCounts(int added, int updated, int unchanged, int applied, int stale, int deleted) {}

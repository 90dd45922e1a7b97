package jsa.resume;

/**
 * A stored resume as {@code jsa resume list} shows it.
 *
 * @param bullets all its bullets, excluded ones too
 * @param shownBullets the bullets a rendering shows
 * @param flaggedBullets shown bullets whose generated text states facts the profile does not (⚑)
 */
public record ResumeOverview(ResumeSummary summary, int bullets, int shownBullets, int flaggedBullets) {}

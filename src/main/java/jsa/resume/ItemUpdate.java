package jsa.resume;

/**
 * What {@link ResumeService#changeBullet} or {@link ResumeService#changeSkills} did.
 *
 * @param resumeId the resume the item belongs to
 * @param changed false when the item already was as asked
 * @param overridden whether the item now shows the user's text
 * @param excluded whether the item is now left out
 */
public record ItemUpdate(long resumeId, boolean changed, boolean overridden, boolean excluded) {}

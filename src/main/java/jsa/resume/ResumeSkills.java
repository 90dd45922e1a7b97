package jsa.resume;

/**
 * A skills category of a resume and the user's changes to it.
 *
 * @param skillsText the skills, comma-separated as rendered ("Java, Python")
 * @param overrideText the user's list, shown in place of {@code skillsText}; or null
 * @param exclude whether renderings leave it out
 */
public record ResumeSkills(
        long id, int position, String category, String skillsText, String overrideText, boolean exclude) {
    /** The skills as they render: the override when there is one. */
    public String shown() {
        return overrideText != null ? overrideText : skillsText;
    }
}

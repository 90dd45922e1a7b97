package jsa.resume;

/**
 * What the user decides about one bullet or skills category.
 *
 * @param overrideText the text shown instead of the generated one, or null for none
 * @param exclude whether renderings leave it out
 * @param position its place among the items of its role (or among the skills), from 0
 */
record ItemChoice(long id, String overrideText, boolean exclude, int position) {
    static ItemChoice of(ResumeBullet bullet) {
        return new ItemChoice(bullet.id(), bullet.overrideText(), bullet.exclude(), bullet.position());
    }

    static ItemChoice of(ResumeSkills skills) {
        return new ItemChoice(skills.id(), skills.overrideText(), skills.exclude(), skills.position());
    }
}

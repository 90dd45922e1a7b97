package jsa.resume;

import java.time.LocalDate;
import java.util.List;

/**
 * A role as one resume shows it.
 *
 * @param roleKey the experience role it was written from
 * @param title the frozen title: the template's title override or the role's title when generated
 * @param position its place in the resume, from 0
 * @param bullets every bullet, excluded ones too, in order
 */
public record ResumeRole(
        long id,
        String roleKey,
        String company,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        String location,
        int position,
        List<ResumeBullet> bullets) {
    public ResumeRole {
        bullets = List.copyOf(bullets);
    }

    /** The bullets a rendering shows: not excluded, in order. */
    public List<ResumeBullet> shownBullets() {
        return bullets.stream().filter(bullet -> !bullet.exclude()).toList();
    }
}

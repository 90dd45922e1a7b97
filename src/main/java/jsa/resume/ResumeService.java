package jsa.resume;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.Page;

/**
 * The stored resumes: listing, showing and comparing them, and the user's say over their bullets
 * and skills categories (override text, exclusion, order). Every change is one transaction.
 */
public final class ResumeService {
    private static final String BULLET_IDS = "'jsa resume show RESUME --ids' shows the bullet ids";
    private static final String SKILLS_IDS = "'jsa resume show RESUME --ids' shows the skills ids";

    private final Jdbi jdbi;

    public ResumeService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The newest {@code limit} resumes (all when 0), only job {@code jobId}'s when it is not null,
     * newest first, and how many there are.
     */
    public Page<ResumeOverview> list(Long jobId, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
        return jdbi.withHandle(handle -> {
            ResumeDao dao = handle.attach(ResumeDao.class);
            List<ResumeSummary> rows = dao.resumes(jobId, limit > 0 ? limit : -1);
            Map<Long, ResumeDao.BulletCounts> counts = rows.isEmpty()
                    ? Map.of()
                    : dao.bulletCounts(rows.stream().map(ResumeSummary::id).toList()).stream()
                            .collect(Collectors.toMap(ResumeDao.BulletCounts::resumeId, Function.identity()));
            List<ResumeOverview> overviews = rows.stream()
                    .map(row -> {
                        ResumeDao.BulletCounts c =
                                counts.getOrDefault(row.id(), new ResumeDao.BulletCounts(row.id(), 0, 0, 0));
                        return new ResumeOverview(row, c.bullets(), c.shown(), c.flagged());
                    })
                    .toList();
            // only a full page may have left some out
            return new Page<>(overviews, limit > 0 && rows.size() == limit ? dao.count(jobId) : rows.size());
        });
    }

    /**
     * Resume {@code id} with everything in it, excluded bullets and skills too.
     *
     * @throws JsaException when there is no such resume
     */
    public Resume show(long id) {
        return jdbi.withHandle(handle -> ResumeStore.load(handle, id));
    }

    /** The id of the newest resume written for job {@code jobId}, or empty when there is none. */
    public Optional<Long> latestForJob(long jobId) {
        return jdbi.withExtension(
                ResumeDao.class,
                dao -> dao.resumes(jobId, 1).stream().findFirst().map(ResumeSummary::id));
    }

    /** The ids of the newest resume of every job that {@code jobs} lets through, the most recently written first. */
    public List<Long> latestPerJob(LongPredicate jobs) {
        Map<Long, Long> newest = new LinkedHashMap<>();
        jdbi.withExtension(ResumeDao.class, dao -> dao.resumes(null, Integer.MAX_VALUE)).stream()
                .filter(summary -> summary.jobId() != null && jobs.test(summary.jobId()))
                .forEach(summary -> newest.putIfAbsent(summary.jobId(), summary.id()));
        return List.copyOf(newest.values());
    }

    /**
     * How resume {@code after}'s text differs from resume {@code before}'s, both as they render.
     *
     * @throws JsaException when either resume or the profile is missing
     */
    public ResumeDiff diff(long before, long after) {
        Resume first = show(before);
        Resume second = show(after);
        Profile profile = new ProfileService(jdbi).document().profile();
        ResumeText text = new ResumeText(false);
        return ResumeDiff.of(label(first), text.render(profile, first), label(second), text.render(profile, second));
    }

    /**
     * Resume {@code id}'s bullets and skills categories as a plain-text form to edit, its syntax
     * explained in its header comment.
     *
     * @throws JsaException when there is no such resume
     */
    public String editable(long id) {
        return ResumeEditForm.write(show(id));
    }

    /**
     * Saves the overrides, exclusions and order an edited form of resume {@code id} gives.
     *
     * @return how many bullets and skills categories changed; 0 when none (nothing is written then)
     * @throws JsaException naming the form's lines at fault (nothing is saved then), or when there is
     *     no such resume
     */
    public int applyEdit(long id, String form) {
        return jdbi.inTransaction(handle -> {
            Resume resume = ResumeStore.load(handle, id);
            ResumeChoices choices = ResumeEditForm.parse(resume, form);
            ResumeDao dao = handle.attach(ResumeDao.class);
            Map<Long, ItemChoice> bullets = byId(choices.bullets());
            int changed = 0;
            for (ResumeRole role : resume.roles()) {
                changed += save(
                        role.bullets().stream().map(ItemChoice::of).toList(),
                        bullets,
                        () -> dao.shiftPositions("resume_role_bullet", "resume_role_id", role.id()),
                        dao::updateBullet);
            }
            return changed
                    + save(
                            resume.skills().stream().map(ItemChoice::of).toList(),
                            byId(choices.skills()),
                            () -> dao.shiftPositions(
                                    "resume_skills_category",
                                    "resume_id",
                                    resume.summary().id()),
                            dao::updateSkills);
        });
    }

    /**
     * Overrides, excludes, includes or resets bullet {@code bulletId}. An override equal to the
     * generated text (ignoring spacing) clears the override.
     *
     * @throws JsaException when there is no such bullet, or the override is blank, longer than {@link
     *     BulletsAnswer#MAX_CHARS} or more than one line
     */
    public ItemUpdate changeBullet(long bulletId, ItemChange change) {
        return jdbi.inTransaction(handle -> {
            ResumeDao dao = handle.attach(ResumeDao.class);
            long resumeId = dao.resumeOfBullet(bulletId)
                    .orElseThrow(() -> JsaException.failure("no bullet " + bulletId, BULLET_IDS));
            ResumeBullet bullet = ResumeStore.load(handle, resumeId).roles().stream()
                    .flatMap(role -> role.bullets().stream())
                    .filter(b -> b.id() == bulletId)
                    .findFirst()
                    .orElseThrow();
            return change(
                    resumeId,
                    ItemChoice.of(bullet),
                    bullet.text(),
                    change,
                    "bullet " + bulletId,
                    OverrideText::bulletProblem,
                    dao::updateBullet);
        });
    }

    /**
     * Overrides (the skills, not the category's name), excludes, includes or resets skills category
     * {@code skillsId}. An override equal to the generated skills (ignoring spacing) clears it.
     *
     * @throws JsaException when there is no such category, or the override is blank or more than one line
     */
    public ItemUpdate changeSkills(long skillsId, ItemChange change) {
        return jdbi.inTransaction(handle -> {
            ResumeDao dao = handle.attach(ResumeDao.class);
            long resumeId = dao.resumeOfSkills(skillsId)
                    .orElseThrow(() -> JsaException.failure("no skills category " + skillsId, SKILLS_IDS));
            ResumeSkills skills = ResumeStore.load(handle, resumeId).skills().stream()
                    .filter(s -> s.id() == skillsId)
                    .findFirst()
                    .orElseThrow();
            return change(
                    resumeId,
                    ItemChoice.of(skills),
                    skills.skillsText(),
                    change,
                    "skills category " + skillsId,
                    OverrideText::skillsProblem,
                    dao::updateSkills);
        });
    }

    /** How {@code ResumeDao.updateBullet} and {@code updateSkills} write one item. */
    @FunctionalInterface
    private interface ItemWrite {
        void write(long id, String overrideText, boolean exclude, int position);
    }

    private static ItemUpdate change(
            long resumeId,
            ItemChoice now,
            String generated,
            ItemChange change,
            String item,
            UnaryOperator<String> problemOf,
            ItemWrite write) {
        ItemChoice wanted =
                switch (change.action()) {
                    case OVERRIDE -> {
                        String problem = problemOf.apply(change.text());
                        if (problem != null) {
                            throw JsaException.usage(
                                    "the override for " + item + " " + problem,
                                    "give the text to show instead of the generated one");
                        }
                        String override = OverrideText.resolve(change.text(), generated, now.overrideText());
                        yield new ItemChoice(now.id(), override, now.exclude(), now.position());
                    }
                    case EXCLUDE -> new ItemChoice(now.id(), now.overrideText(), true, now.position());
                    case INCLUDE -> new ItemChoice(now.id(), now.overrideText(), false, now.position());
                    case RESET -> new ItemChoice(now.id(), null, false, now.position());
                };
        boolean changed = !wanted.equals(now);
        if (changed) {
            write.write(wanted.id(), wanted.overrideText(), wanted.exclude(), wanted.position());
        }
        return new ItemUpdate(resumeId, changed, wanted.overrideText() != null, wanted.exclude());
    }

    /**
     * Writes the {@code wanted} choices that differ from the {@code stored} ones of one role's
     * bullets (or the skills). When any item moves, all are written, after {@code shift} moves them
     * out of the way of the {@code UNIQUE (parent, position)} constraint.
     *
     * @return how many items changed
     */
    private static int save(List<ItemChoice> stored, Map<Long, ItemChoice> wanted, Runnable shift, ItemWrite write) {
        boolean moved = stored.stream().anyMatch(now -> wanted.get(now.id()).position() != now.position());
        if (moved) {
            shift.run();
        }
        int changed = 0;
        for (ItemChoice now : stored) {
            ItemChoice choice = wanted.get(now.id());
            boolean differs = !choice.equals(now);
            if (differs || moved) {
                write.write(choice.id(), choice.overrideText(), choice.exclude(), choice.position());
            }
            changed += differs ? 1 : 0;
        }
        return changed;
    }

    private static Map<Long, ItemChoice> byId(List<ItemChoice> choices) {
        return choices.stream().collect(Collectors.toMap(ItemChoice::id, Function.identity()));
    }

    private static String label(Resume resume) {
        ResumeSummary s = resume.summary();
        return "resume " + s.id() + " (version " + s.version() + ", " + s.target() + ")";
    }
}

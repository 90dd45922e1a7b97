package jsa.resume;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jsa.JsaException;

/** Writes generated resumes and reads stored ones back, on the caller's handle. */
final class ResumeStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Ungrounded>> FLAGS = new TypeReference<>() {};

    private ResumeStore() {}

    /**
     * Stores {@code draft} as the next version for its job (or its target role): the resume, its
     * roles, bullets and skills. The caller's transaction makes it all or nothing.
     *
     * @return the new resume's id
     */
    static long insert(Handle handle, ResumeDraft draft) {
        ResumeDao dao = handle.attach(ResumeDao.class);
        ResumeTarget target = draft.target();
        int version = target.job() != null ? dao.nextJobVersion(target.job().id()) : dao.nextRoleVersion(target.role());
        long resumeId = dao.insertResume(
                target.job() == null ? null : target.job().id(),
                draft.templateId(),
                version,
                target.role(),
                target.level(),
                draft.provider(),
                draft.model());
        for (int r = 0; r < draft.roles().size(); r++) {
            ResumeDraft.Role role = draft.roles().get(r);
            long experienceRoleId = dao.experienceRoleId(role.roleKey())
                    .orElseThrow(() -> JsaException.failure(
                            "the role " + role.roleKey() + " was removed from the profile while the resume was written",
                            "nothing was saved; run gen-resume again"));
            long roleId = dao.insertRole(resumeId, experienceRoleId, role.title(), r);
            for (int b = 0; b < role.bullets().size(); b++) {
                ResumeDraft.Bullet bullet = role.bullets().get(b);
                dao.insertBullet(roleId, b, bullet.text().strip(), bullet.relevance(), json(bullet.flags()));
            }
        }
        for (int s = 0; s < draft.skills().size(); s++) {
            SkillsAnswer.Category category = draft.skills().get(s);
            dao.insertSkills(
                    resumeId,
                    s,
                    category.name().strip(),
                    category.skills().stream().map(String::strip).collect(Collectors.joining(", ")));
        }
        return resumeId;
    }

    /**
     * Resume {@code id} with everything in it.
     *
     * @throws JsaException when there is no such resume
     */
    static Resume load(Handle handle, long id) {
        ResumeDao dao = handle.attach(ResumeDao.class);
        ResumeSummary summary = dao.resume(id)
                .orElseThrow(() -> JsaException.failure("no resume " + id, "'jsa resume list' shows the resumes"));
        Map<Long, List<ResumeBullet>> bullets = dao.bullets(id).stream()
                .collect(Collectors.groupingBy(
                        ResumeDao.BulletRow::resumeRoleId,
                        Collectors.mapping(
                                row -> new ResumeBullet(
                                        row.id(),
                                        row.position(),
                                        row.text(),
                                        row.overrideText(),
                                        row.exclude(),
                                        row.relevance(),
                                        flags(row.groundingFlags())),
                                Collectors.toList())));
        List<ResumeRole> roles = dao.roles(id).stream()
                .map(row -> new ResumeRole(
                        row.id(),
                        row.roleKey(),
                        row.company(),
                        row.title(),
                        row.startDate(),
                        row.endDate(),
                        row.location(),
                        row.position(),
                        bullets.getOrDefault(row.id(), List.of())))
                .toList();
        return new Resume(summary, roles, dao.skills(id));
    }

    private static String json(List<Ungrounded> flags) {
        try {
            return JSON.writeValueAsString(flags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("grounding flags are always serializable", e);
        }
    }

    private static List<Ungrounded> flags(String json) {
        try {
            return JSON.readValue(json, FLAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed grounding_flags column: " + json, e);
        }
    }
}

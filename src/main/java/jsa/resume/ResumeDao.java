package jsa.resume;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code resume}, {@code resume_role}, {@code resume_role_bullet} and {@code
 * resume_skills_category} tables.
 */
@RegisterConstructorMapper(ResumeSummary.class)
@RegisterConstructorMapper(ResumeDao.RoleRow.class)
@RegisterConstructorMapper(ResumeDao.BulletRow.class)
@RegisterConstructorMapper(ResumeSkills.class)
@RegisterConstructorMapper(ResumeDao.BulletCounts.class)
interface ResumeDao {
    /** A role of a resume with the facts of the experience role it was written from. */
    record RoleRow(
            long id,
            long experienceRoleId,
            String roleKey,
            String company,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String location,
            int position) {}

    /** A bullet; grounding flags are a JSON array. */
    record BulletRow(
            long id,
            long resumeRoleId,
            int position,
            String text,
            String overrideText,
            boolean exclude,
            Double relevance,
            String groundingFlags) {}

    /**
     * How many bullets a resume has, how many a rendering shows, and how many of those it shows
     * flagged (generated text with facts the profile does not state, see {@link ResumeText}).
     */
    record BulletCounts(long resumeId, int bullets, int shown, int flagged) {}

    String RESUME_ROWS = """
            SELECT r.id, r.job_id, r.template_id, t.name AS template_name, r.version, r.target_role,
                   r.target_level, r.provider, r.model, r.created_at, j.company, j.listing_job_title
            FROM resume r
            JOIN resume_template t ON t.id = r.template_id
            LEFT JOIN job j ON j.id = r.job_id
            """;

    @SqlQuery(RESUME_ROWS + "WHERE r.id = :id")
    Optional<ResumeSummary> resume(long id);

    /** Resumes newest first, of one job when {@code jobId} is not null. */
    @SqlQuery(RESUME_ROWS + "WHERE :jobId IS NULL OR r.job_id = :jobId ORDER BY r.id DESC LIMIT :limit")
    List<ResumeSummary> resumes(Long jobId, int limit);

    @SqlQuery("SELECT count(*) FROM resume WHERE :jobId IS NULL OR job_id = :jobId")
    int count(Long jobId);

    @SqlQuery("""
            SELECT rr.resume_id, count(*) AS bullets, sum(NOT b.exclude) AS shown,
                   sum(NOT b.exclude AND b.override_text IS NULL AND json_array_length(b.grounding_flags) > 0)
                       AS flagged
            FROM resume_role_bullet b JOIN resume_role rr ON rr.id = b.resume_role_id
            WHERE rr.resume_id IN (<resumeIds>)
            GROUP BY rr.resume_id
            """)
    List<BulletCounts> bulletCounts(@BindList("resumeIds") List<Long> resumeIds);

    @SqlQuery("""
            SELECT rr.resume_id FROM resume_role_bullet b JOIN resume_role rr ON rr.id = b.resume_role_id
            WHERE b.id = :bulletId
            """)
    Optional<Long> resumeOfBullet(long bulletId);

    @SqlQuery("SELECT resume_id FROM resume_skills_category WHERE id = :skillsId")
    Optional<Long> resumeOfSkills(long skillsId);

    @SqlQuery("SELECT coalesce(max(version), 0) + 1 FROM resume WHERE job_id = :jobId")
    int nextJobVersion(long jobId);

    @SqlQuery("""
            SELECT coalesce(max(version), 0) + 1 FROM resume
            WHERE job_id IS NULL AND target_role = :role COLLATE NOCASE
            """)
    int nextRoleVersion(String role);

    @SqlUpdate("""
            INSERT INTO resume (job_id, template_id, version, target_role, target_level, provider, model)
            VALUES (:jobId, :templateId, :version, :targetRole, :targetLevel, :provider, :model)
            """)
    @GetGeneratedKeys
    long insertResume(
            Long jobId,
            long templateId,
            int version,
            String targetRole,
            String targetLevel,
            String provider,
            String model);

    @SqlQuery("SELECT id FROM experience_role WHERE key = :key")
    Optional<Long> experienceRoleId(String key);

    @SqlUpdate("""
            INSERT INTO resume_role (resume_id, experience_role_id, title, position)
            VALUES (:resumeId, :experienceRoleId, :title, :position)
            """)
    @GetGeneratedKeys
    long insertRole(long resumeId, long experienceRoleId, String title, int position);

    @SqlUpdate("""
            INSERT INTO resume_role_bullet (resume_role_id, position, text, relevance, grounding_flags)
            VALUES (:resumeRoleId, :position, :text, :relevance, :groundingFlags)
            """)
    void insertBullet(long resumeRoleId, int position, String text, double relevance, String groundingFlags);

    @SqlUpdate("""
            INSERT INTO resume_skills_category (resume_id, position, category, skills_text)
            VALUES (:resumeId, :position, :category, :skillsText)
            """)
    void insertSkills(long resumeId, int position, String category, String skillsText);

    @SqlQuery("""
            SELECT rr.id, rr.experience_role_id, er.key AS role_key, er.company, rr.title, er.start_date,
                   er.end_date, er.location, rr.position
            FROM resume_role rr JOIN experience_role er ON er.id = rr.experience_role_id
            WHERE rr.resume_id = :resumeId
            ORDER BY rr.position
            """)
    List<RoleRow> roles(long resumeId);

    @SqlQuery("""
            SELECT b.id, b.resume_role_id, b.position, b.text, b.override_text, b.exclude, b.relevance,
                   b.grounding_flags
            FROM resume_role_bullet b JOIN resume_role rr ON rr.id = b.resume_role_id
            WHERE rr.resume_id = :resumeId
            ORDER BY rr.position, b.position
            """)
    List<BulletRow> bullets(long resumeId);

    @SqlQuery("""
            SELECT id, position, category, skills_text, override_text, exclude
            FROM resume_skills_category WHERE resume_id = :resumeId ORDER BY position
            """)
    List<ResumeSkills> skills(long resumeId);

    /** Sets a bullet's override (null for none), exclusion and position. */
    @SqlUpdate("""
            UPDATE resume_role_bullet SET override_text = :overrideText, exclude = :exclude, position = :position
            WHERE id = :id
            """)
    void updateBullet(long id, String overrideText, boolean exclude, int position);

    /** Sets a skills category's override (null for none), exclusion and position. */
    @SqlUpdate("""
            UPDATE resume_skills_category SET override_text = :overrideText, exclude = :exclude, position = :position
            WHERE id = :id
            """)
    void updateSkills(long id, String overrideText, boolean exclude, int position);

    /**
     * Moves the positions of the {@code <table>} rows under one parent out of the way, so that a
     * reorder never collides with the {@code UNIQUE (parent, position)} constraint midway.
     */
    @SqlUpdate("UPDATE <table> SET position = position + 100000 WHERE <parent> = :parentId")
    void shiftPositions(@Define("table") String table, @Define("parent") String parent, long parentId);
}

package jsa.resume;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code resume_template} and {@code template_role_config} tables. */
@RegisterConstructorMapper(TemplateDao.TemplateRow.class)
@RegisterConstructorMapper(TemplateDao.RoleConfigRow.class)
interface TemplateDao {
    record TemplateRow(
            long id,
            String name,
            String targetRole,
            String targetLevel,
            String targetSpecialization,
            String templatePath,
            String stylePath) {}

    /** A role a template shows, by the role's key. */
    record RoleConfigRow(long templateId, String roleKey, int maxBulletCount, String titleOverride) {}

    @SqlQuery("SELECT * FROM resume_template ORDER BY id")
    List<TemplateRow> templates();

    @SqlQuery("SELECT * FROM resume_template WHERE id = :id")
    Optional<TemplateRow> template(long id);

    @SqlQuery("SELECT id FROM resume_template WHERE name = :name")
    Optional<Long> idByName(String name);

    /** The template with this target, compared as the schema's unique index compares it. */
    @SqlQuery("""
            SELECT id FROM resume_template
            WHERE target_role = :role COLLATE NOCASE
              AND coalesce(target_level, '') = coalesce(:level, '') COLLATE NOCASE
              AND coalesce(target_specialization, '') = coalesce(:specialization, '') COLLATE NOCASE
            """)
    Optional<Long> idByTarget(String role, String level, String specialization);

    @SqlUpdate("""
            INSERT INTO resume_template
                (name, target_role, target_level, target_specialization, template_path, style_path)
            VALUES (:name, :targetRole, :targetLevel, :targetSpecialization, :templatePath, :stylePath)
            """)
    @GetGeneratedKeys
    long insert(
            String name,
            String targetRole,
            String targetLevel,
            String targetSpecialization,
            String templatePath,
            String stylePath);

    @SqlUpdate("""
            UPDATE resume_template
            SET name = :name, target_role = :targetRole, target_level = :targetLevel,
                target_specialization = :targetSpecialization, template_path = :templatePath,
                style_path = :stylePath
            WHERE id = :id
            """)
    void update(
            long id,
            String name,
            String targetRole,
            String targetLevel,
            String targetSpecialization,
            String templatePath,
            String stylePath);

    @SqlQuery("""
            SELECT c.template_id, r.key AS role_key, c.max_bullet_count, c.title_override
            FROM template_role_config c JOIN experience_role r ON r.id = c.experience_role_id
            ORDER BY c.template_id, c.position
            """)
    List<RoleConfigRow> roleConfigs();

    @SqlUpdate("DELETE FROM template_role_config WHERE template_id = :templateId")
    void deleteRoleConfigs(long templateId);

    @SqlUpdate("""
            INSERT INTO template_role_config (template_id, experience_role_id, title_override, position, max_bullet_count)
            VALUES (:templateId, :roleId, :titleOverride, :position, :maxBulletCount)
            """)
    void insertRoleConfig(long templateId, long roleId, String titleOverride, int position, int maxBulletCount);
}

package jsa.resume;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code profile}, {@code experience_role} and {@code experience_project} tables. */
@RegisterConstructorMapper(ProfileDao.ProfileRow.class)
@RegisterConstructorMapper(ProfileDao.RoleRow.class)
@RegisterConstructorMapper(ProfileDao.ProjectRow.class)
interface ProfileDao {
    /** The profile row; links and education are JSON arrays. */
    record ProfileRow(
            String name,
            String email,
            String phone,
            String location,
            String headline,
            String links,
            String education) {}

    record RoleRow(
            long id,
            String key,
            String company,
            String title,
            LocalDate startDate,
            LocalDate endDate,
            String location) {}

    /** A project; actions, tools and outcomes are JSON arrays. */
    record ProjectRow(
            long experienceRoleId,
            String shortName,
            String problemContext,
            String actions,
            String tools,
            String outcomes) {}

    @SqlQuery("SELECT name, email, phone, location, headline, links, education FROM profile WHERE id = 1")
    Optional<ProfileRow> profile();

    @SqlUpdate("""
            INSERT INTO profile (id, name, email, phone, location, headline, links, education)
            VALUES (1, :name, :email, :phone, :location, :headline, :links, :education)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, email = excluded.email, phone = excluded.phone,
                location = excluded.location, headline = excluded.headline, links = excluded.links,
                education = excluded.education, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            """)
    void saveProfile(
            String name, String email, String phone, String location, String headline, String links, String education);

    /** The roles, most recent first, as profile files list them. */
    @SqlQuery("SELECT * FROM experience_role ORDER BY start_date DESC, id")
    List<RoleRow> roles();

    @SqlUpdate("""
            INSERT INTO experience_role (key, company, title, start_date, end_date, location)
            VALUES (:key, :company, :title, :startDate, :endDate, :location)
            """)
    @GetGeneratedKeys
    long insertRole(String key, String company, String title, LocalDate startDate, LocalDate endDate, String location);

    @SqlUpdate("""
            UPDATE experience_role
            SET company = :company, title = :title, start_date = :startDate, end_date = :endDate, location = :location
            WHERE id = :id
            """)
    void updateRole(long id, String company, String title, LocalDate startDate, LocalDate endDate, String location);

    /** True when a stored resume was written from the role, which must then stay. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM resume_role WHERE experience_role_id = :roleId)")
    boolean usedByResume(long roleId);

    /** Deletes the role with its projects and its places in templates. */
    @SqlUpdate("DELETE FROM experience_role WHERE id = :roleId")
    void deleteRole(long roleId);

    @SqlQuery("SELECT * FROM experience_project ORDER BY experience_role_id, position")
    List<ProjectRow> projects();

    @SqlUpdate("DELETE FROM experience_project WHERE experience_role_id = :roleId")
    void deleteProjects(long roleId);

    @SqlUpdate("""
            INSERT INTO experience_project
                (experience_role_id, position, short_name, problem_context, actions, tools, outcomes)
            VALUES (:roleId, :position, :shortName, :problemContext, :actions, :tools, :outcomes)
            """)
    void insertProject(
            long roleId,
            int position,
            String shortName,
            String problemContext,
            String actions,
            String tools,
            String outcomes);
}

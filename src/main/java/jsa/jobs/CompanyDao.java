package jsa.jobs;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Rows of the {@code company} table as {@link Company} records. */
@RegisterConstructorMapper(Company.class)
public interface CompanyDao extends SqlObject {
    /** Inserts a company and returns its new id; fails when the name is taken, ignoring case. */
    @SqlUpdate("""
            INSERT INTO company (name, platform, public_site_url, active)
            VALUES (:name, :platform, :publicSiteUrl, :active)
            """)
    @GetGeneratedKeys
    long insert(String name, String platform, String publicSiteUrl, boolean active);

    /** The company called {@code name}, ignoring case, if any. */
    @SqlQuery("SELECT * FROM company WHERE name = :name")
    Optional<Company> findByName(String name);

    /** All companies, or only the active ones, ordered by name ignoring case. */
    @SqlQuery("""
            SELECT * FROM company
            WHERE active = 1 OR NOT :activeOnly
            ORDER BY name
            """)
    List<Company> list(boolean activeOnly);

    /** Turns the company's sync on or off and stamps {@code updated_at}; false when there is no such company. */
    @SqlUpdate("""
            UPDATE company
            SET active = :active, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE id = :id
            """)
    boolean setActive(long id, boolean active);

    /** Deletes the company with its board configuration and listings; false when there was none. */
    @SqlUpdate("DELETE FROM company WHERE id = :id")
    boolean delete(long id);
}

package jsa.jobs;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import jsa.db.JsonColumns;
import jsa.jobs.source.workday.WorkdayConfig;

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

    /** Changes the company's name (its case), platform, site and flag; delete its config first. */
    @SqlUpdate("""
            UPDATE company
            SET name = :name, platform = :platform, public_site_url = :publicSiteUrl, active = :active,
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE id = :id
            """)
    void update(long id, String name, String platform, String publicSiteUrl, boolean active);

    /** Removes the company's Workday and board configuration, if any. */
    default void deleteConfigs(long companyId) {
        getHandle().execute("DELETE FROM workday_config WHERE company_id = ?", companyId);
        getHandle().execute("DELETE FROM board_config WHERE company_id = ?", companyId);
    }

    /** Stores the Workday site of a Workday company; {@code locationFilters} is a JSON object. */
    @SqlUpdate("""
            INSERT INTO workday_config (company_id, base_url, tenant, site, location_filters)
            VALUES (:companyId, :baseUrl, :tenant, :site, :locationFilters)
            """)
    void insertWorkdayConfig(long companyId, String baseUrl, String tenant, String site, String locationFilters);

    /** Stores the board of a Greenhouse, Lever, Ashby or SmartRecruiters company. */
    @SqlUpdate("INSERT INTO board_config (company_id, board, api_base) VALUES (:companyId, :board, :apiBase)")
    void insertBoardConfig(long companyId, String board, String apiBase);

    /** The Workday site of the company, if it is a Workday company. */
    default Optional<WorkdayConfig> workdayConfig(long companyId) {
        return getHandle()
                .createQuery("SELECT base_url, tenant, site, location_filters FROM workday_config WHERE company_id = ?")
                .bind(0, companyId)
                .map((rs, ctx) -> new WorkdayConfig(
                        rs.getString("base_url"),
                        rs.getString("tenant"),
                        rs.getString("site"),
                        JsonColumns.stringMap(rs.getString("location_filters"))))
                .findOne();
    }

    /** The board of the company, if it uses one. */
    default Optional<BoardConfig> boardConfig(long companyId) {
        return getHandle()
                .createQuery("SELECT board, api_base FROM board_config WHERE company_id = ?")
                .bind(0, companyId)
                .map((rs, ctx) -> new BoardConfig(rs.getString("board"), rs.getString("api_base")))
                .findOne();
    }

    /** How many listings the company has, stale ones included. */
    @SqlQuery("SELECT count(*) FROM job_listing WHERE company_id = :companyId")
    long listingCount(long companyId);
}

package jsa.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jdbi.v3.core.mapper.RowMapper;
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

    /** The Workday sites of the Workday companies, by company id. */
    default Map<Long, WorkdayConfig> workdayConfigs() {
        return byCompany(
                "SELECT company_id, base_url, tenant, site, location_filters FROM workday_config",
                (rs, ctx) -> new WorkdayConfig(
                        rs.getString(2), rs.getString(3), rs.getString(4), JsonColumns.stringMap(rs.getString(5))));
    }

    /** The boards of the companies that use one, by company id. */
    default Map<Long, BoardConfig> boardConfigs() {
        return byCompany(
                "SELECT company_id, board, api_base FROM board_config",
                (rs, ctx) -> new BoardConfig(rs.getString(2), rs.getString(3)));
    }

    /** How many listings each company that has some has, stale ones included, by company id. */
    default Map<Long, Long> listingCounts() {
        return byCompany(
                "SELECT company_id, count(*) FROM job_listing GROUP BY company_id", (rs, ctx) -> rs.getLong(2));
    }

    // The rows of a query whose first column is the company id, mapped by company id.
    private <T> Map<Long, T> byCompany(String sql, RowMapper<T> value) {
        return getHandle()
                .createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), value.map(rs, ctx)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** How many listings the company has, stale ones included. */
    @SqlQuery("SELECT count(*) FROM job_listing WHERE company_id = :companyId")
    long listingCount(long companyId);
}

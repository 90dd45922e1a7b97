package jsa.jobs;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import jsa.db.JsonColumns;

/** Rows of the {@code search_config} table as {@link SearchConfig} records. */
public interface SearchConfigDao extends SqlObject {
    /** Maps a row; {@code exclude_terms} is a JSON array. */
    RowMapper<SearchConfig> MAPPER = (rs, ctx) -> new SearchConfig(
            rs.getString("search_term"), JsonColumns.strings(rs.getString("exclude_terms")), rs.getBoolean("active"));

    /** Adds the term or, when it exists (ignoring case), replaces its exclusions and flag; true when new. */
    default boolean upsert(SearchConfig config) {
        boolean exists = find(config.searchTerm()).isPresent();
        upsert(config.searchTerm(), JsonColumns.write(config.excludeTerms()), config.active());
        return !exists;
    }

    @SqlUpdate("""
            INSERT INTO search_config (search_term, exclude_terms, active)
            VALUES (:searchTerm, :excludeTerms, :active)
            ON CONFLICT (search_term) DO UPDATE
            SET exclude_terms = excluded.exclude_terms, active = excluded.active
            """)
    void upsert(String searchTerm, String excludeTerms, boolean active);

    /** Every search term, ordered ignoring case. */
    default List<SearchConfig> list() {
        return getHandle()
                .createQuery("SELECT * FROM search_config ORDER BY search_term")
                .map(MAPPER)
                .list();
    }

    /** The search term, ignoring case, if any. */
    default Optional<SearchConfig> find(String searchTerm) {
        return getHandle()
                .createQuery("SELECT * FROM search_config WHERE search_term = ?")
                .bind(0, searchTerm)
                .map(MAPPER)
                .findOne();
    }

    /** Turns the term on or off for syncs; false when there is no such term. */
    @SqlUpdate("UPDATE search_config SET active = :active WHERE search_term = :searchTerm")
    boolean setActive(String searchTerm, boolean active);

    /** Removes the term; false when there was none. */
    @SqlUpdate("DELETE FROM search_config WHERE search_term = :searchTerm")
    boolean delete(String searchTerm);
}

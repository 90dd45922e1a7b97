package jsa.tracker;

import java.util.List;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import jsa.db.JsonColumns;

/** The {@code requirement} rows of tracked jobs as {@link Requirement} records. */
public interface RequirementDao extends SqlObject {
    /** The job's requirements in their order. */
    default List<Requirement> forJob(long jobId) {
        return getHandle()
                .createQuery("SELECT id, job_id, position, text, keywords, relevance FROM requirement"
                        + " WHERE job_id = ? ORDER BY position")
                .bind(0, jobId)
                .map((rs, ctx) -> new Requirement(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        JsonColumns.strings(rs.getString(5)),
                        rs.getDouble(6)))
                .list();
    }

    /** Appends a requirement at {@code position}. */
    @SqlUpdate("""
            INSERT INTO requirement (job_id, position, text, keywords, relevance)
            VALUES (:jobId, :position, :text, :keywords, :relevance)
            """)
    void insert(long jobId, int position, String text, String keywords, double relevance);

    /** Removes the job's requirements, before they are written anew. */
    @SqlUpdate("DELETE FROM requirement WHERE job_id = :jobId")
    int deleteForJob(long jobId);
}

package jsa.tracker;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/** Rows of the {@code job} table as {@link Job} records. */
@RegisterConstructorMapper(Job.class)
public interface JobDao extends SqlObject, Transactional<JobDao> {
    /** Inserts {@code job} and returns its new id. */
    @SqlUpdate("""
            INSERT INTO job (company, listing_job_title, role, specialization, level, location,
                             work_setting, min_experience_years, min_salary, max_salary,
                             salary_currency, salary_period, external_job_id, source, url,
                             raw_jd_text, jd_hash, listing_id)
            VALUES (:company, :listingJobTitle, :role, :specialization, :level, :location,
                    :workSetting, :minExperienceYears, :minSalary, :maxSalary,
                    :salaryCurrency, :salaryPeriod, :externalJobId, :source, :url,
                    :rawJdText, :jdHash, :listingId)
            """)
    @GetGeneratedKeys
    long insert(@BindMethods NewJob job);

    /** Replaces every field of job {@code id} with {@code job}'s and stamps {@code updated_at}. */
    @SqlUpdate("""
            UPDATE job SET company = :company, listing_job_title = :listingJobTitle, role = :role,
                           specialization = :specialization, level = :level, location = :location,
                           work_setting = :workSetting, min_experience_years = :minExperienceYears,
                           min_salary = :minSalary, max_salary = :maxSalary,
                           salary_currency = :salaryCurrency, salary_period = :salaryPeriod,
                           external_job_id = :externalJobId, source = :source, url = :url,
                           raw_jd_text = :rawJdText, jd_hash = :jdHash, listing_id = :listingId,
                           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE id = :id
            """)
    void update(long id, @BindMethods NewJob job);

    /** The job with {@code id}, if any. */
    @SqlQuery("SELECT * FROM job WHERE id = :id")
    Optional<Job> findById(long id);

    /** The job for a company's posting id, comparing company names case-insensitively, if any. */
    @SqlQuery("""
            SELECT * FROM job
            WHERE company = :company COLLATE NOCASE AND external_job_id = :externalJobId
            """)
    Optional<Job> findByCompanyAndExternalId(String company, String externalJobId);

    /** The job filed from discovery listing {@code listingId}, if any. */
    @SqlQuery("SELECT * FROM job WHERE listing_id = :listingId ORDER BY id LIMIT 1")
    Optional<Job> findByListingId(long listingId);

    /** The job whose normalized JD text has the SHA-256 {@code jdHash}, if any. */
    @SqlQuery("SELECT * FROM job WHERE jd_hash = :jdHash")
    Optional<Job> findByJdHash(String jdHash);

    /** All jobs, newest first. */
    default List<Job> list() {
        return newest(-1);
    }

    /** The newest {@code limit} jobs, newest first; a negative limit is none (SQLite). */
    @SqlQuery("SELECT * FROM job ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<Job> newest(int limit);

    /** How many jobs are tracked. */
    @SqlQuery("SELECT count(*) FROM job")
    long count();

    /** Deletes the job with {@code id} and everything that cascades from it; false when there was none. */
    @SqlUpdate("DELETE FROM job WHERE id = :id")
    boolean delete(long id);
}

package jsa.tracker;

import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code contract_job} rows: a contract role's terms, one row per job. */
@RegisterConstructorMapper(ContractJob.class)
public interface ContractDao {
    /** The terms of job {@code jobId}, if it is a contract role. */
    @SqlQuery("""
            SELECT job_id, consulting_company, contract_length_months, hourly_rate, provides_benefits, provides_pto
            FROM contract_job WHERE job_id = :jobId
            """)
    Optional<ContractJob> find(long jobId);

    /** Writes {@code terms} as its job's, replacing any earlier ones. */
    @SqlUpdate("""
            INSERT INTO contract_job (job_id, consulting_company, contract_length_months, hourly_rate,
                                      provides_benefits, provides_pto)
            VALUES (:jobId, :consultingCompany, :contractLengthMonths, :hourlyRate, :providesBenefits, :providesPto)
            ON CONFLICT (job_id) DO UPDATE
            SET consulting_company = excluded.consulting_company,
                contract_length_months = excluded.contract_length_months,
                hourly_rate = excluded.hourly_rate,
                provides_benefits = excluded.provides_benefits,
                provides_pto = excluded.provides_pto
            """)
    void upsert(@BindMethods ContractJob terms);
}

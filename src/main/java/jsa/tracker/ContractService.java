package jsa.tracker;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;

/** The terms of contract roles, kept with their tracked jobs. */
public final class ContractService {
    private final Jdbi jdbi;

    public ContractService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Records job {@code jobId} as a contract role with {@code change} applied to its terms, in one
     * transaction, and returns the terms.
     *
     * @throws JsaException when there is no such job, or the months or rate are out of range
     */
    public ContractJob set(long jobId, ContractChange change) {
        if (change.months() != null && change.months() <= 0) {
            throw JsaException.usage(
                    "--months " + change.months() + " is not a length", "give a number of months above 0");
        }
        if (change.hourlyRate() != null && change.hourlyRate() < 0) {
            throw JsaException.usage("--hourly-rate " + change.hourlyRate() + " is negative", "give the rate per hour");
        }
        return jdbi.inTransaction(handle -> {
            if (handle.attach(JobDao.class).findById(jobId).isEmpty()) {
                throw JsaException.failure("no job " + jobId, "'jsa job list' shows the tracked jobs");
            }
            ContractDao dao = handle.attach(ContractDao.class);
            ContractJob old = dao.find(jobId).orElse(new ContractJob(jobId, null, null, null, false, false));
            ContractJob terms = new ContractJob(
                    jobId,
                    change.consultingCompany() != null ? change.consultingCompany() : old.consultingCompany(),
                    change.months() != null ? change.months() : old.contractLengthMonths(),
                    change.hourlyRate() != null ? change.hourlyRate() : old.hourlyRate(),
                    change.benefits() != null ? change.benefits() : old.providesBenefits(),
                    change.pto() != null ? change.pto() : old.providesPto());
            dao.upsert(terms);
            return terms;
        });
    }
}

package jsa.tracker;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;

/** The tracked jobs: the postings the user parsed, with their requirements. */
public final class JobService {
    private final Jdbi jdbi;

    public JobService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every tracked job, newest first. */
    public List<Job> list() {
        return jdbi.withExtension(JobDao.class, JobDao::list);
    }

    /**
     * Job {@code id} with its requirements.
     *
     * @throws JsaException when there is no such job
     */
    public JobDetail show(long id) {
        return jdbi.withHandle(handle -> {
            Job job = handle.attach(JobDao.class)
                    .findById(id)
                    .orElseThrow(() -> JsaException.failure("no job " + id, "'jsa job list' shows the tracked jobs"));
            return new JobDetail(job, handle.attach(RequirementDao.class).forJob(id));
        });
    }
}

package jsa.tracker;

import java.util.List;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.Page;

/** The tracked jobs: the postings the user parsed, with their requirements. */
public final class JobService {
    private final Jdbi jdbi;

    public JobService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The newest {@code limit} tracked jobs (all when 0), newest first, and how many there are. */
    public Page<Job> page(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
        return jdbi.withExtension(JobDao.class, dao -> {
            List<Job> rows = dao.newest(limit > 0 ? limit : -1);
            // only a full page may have left some out
            return new Page<>(rows, limit > 0 && rows.size() == limit ? dao.count() : rows.size());
        });
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

package jsa.tracker;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import jsa.JsaException;

/** The tracked jobs: the postings the user parsed, with their requirements. */
public final class JobService {
    private final Jdbi jdbi;

    public JobService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The jobs shown of all those tracked.
     *
     * @param rows the jobs shown, newest first
     * @param total how many jobs are tracked, shown or not
     */
    public record Page(List<Job> rows, long total) {
        public Page {
            rows = List.copyOf(rows);
        }

        /** Whether some jobs were left out. */
        public boolean truncated() {
            return total > rows.size();
        }
    }

    /** Every tracked job, newest first. */
    public List<Job> list() {
        return jdbi.withExtension(JobDao.class, JobDao::list);
    }

    /** The newest {@code limit} tracked jobs (all when 0), newest first, and how many there are. */
    public Page page(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
        return jdbi.withHandle(handle -> {
            List<Job> rows = handle.registerRowMapper(ConstructorMapper.factory(Job.class))
                    // JobDao.list()'s order, so that a page is its head
                    .createQuery("SELECT * FROM job ORDER BY created_at DESC, id DESC LIMIT :limit")
                    .bind("limit", limit > 0 ? limit : -1) // SQLite: a negative LIMIT is none
                    .mapTo(Job.class)
                    .list();
            // Only a full page may have left some out.
            long total = limit > 0 && rows.size() == limit
                    ? handle.createQuery("SELECT count(*) FROM job")
                            .mapTo(Long.class)
                            .one()
                    : rows.size();
            return new Page(rows, total);
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

package jsa.tracker;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import jsa.JsaException;
import jsa.Page;

/**
 * The read side of application tracking: the application list (and the Company Applications view,
 * a list filtered to one company), the Application Detail view and the export with timelines.
 */
public final class ApplicationViews {
    private final Jdbi jdbi;
    private final Clock clock;
    private final SentResume sentResume;

    public ApplicationViews(Jdbi jdbi, Clock clock, SentResume sentResume) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.sentResume = sentResume;
    }

    /**
     * The first {@code limit} applications that pass {@code filter} (all when 0), newest applied
     * first, and how many pass it.
     */
    public Page<ApplicationRow> page(ApplicationFilter filter, int limit) {
        String activity = filter.activity().name().toLowerCase(Locale.ROOT);
        return jdbi.withExtension(ApplicationDao.class, dao -> {
            List<ApplicationRow> rows = dao.rows(filter.company(), filter.since(), activity, limit > 0 ? limit : -1);
            // only a full page may have left some out
            long total = limit > 0 && rows.size() == limit
                    ? dao.count(filter.company(), filter.since(), activity)
                    : rows.size();
            return new Page<>(rows, total);
        });
    }

    /** The jobs applied to, of every application {@code activity} lets through. */
    public Set<Long> appliedJobs(Activity activity) {
        return page(new ApplicationFilter(null, activity, null), 0).rows().stream()
                .map(ApplicationRow::jobId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The Application Detail view of application {@code id}; interviews split into past and
     * upcoming at the clock's now.
     *
     * @throws JsaException when there is no such application
     */
    public ApplicationDetail detail(long id) {
        return jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            ApplicationRow row = ApplicationService.find(dao, id);
            Job job = handle.attach(JobDao.class).findById(row.jobId()).orElseThrow();
            Long resumeId = dao.findById(id).orElseThrow().resumeId();
            InterviewDao interviews = handle.attach(InterviewDao.class);
            Map<Long, List<InterviewNote>> notes =
                    interviews.notes(id).stream().collect(Collectors.groupingBy(InterviewNote::interviewId));
            Instant now = clock.instant();
            List<InterviewDetail> all = interviews.forApplication(id).stream()
                    .map(i -> new InterviewDetail(i, notes.getOrDefault(i.id(), List.of())))
                    .toList();
            return new ApplicationDetail(
                    row,
                    job,
                    resumeId,
                    resumeId == null ? null : sentResume.text(resumeId).orElse(null),
                    dao.events(id),
                    all.stream()
                            .filter(i -> !i.interview().scheduledAt().isAfter(now))
                            .toList(),
                    all.stream()
                            .filter(i -> i.interview().scheduledAt().isAfter(now))
                            .toList(),
                    row.turnedDown() ? handle.attach(RequirementDao.class).forJob(row.jobId()) : List.of());
        });
    }

    /** Every application with its timeline, oldest applied first (the order people keep spreadsheets in). */
    public List<ApplicationHistory> export() {
        return jdbi.inTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            return dao.oldestFirst().stream()
                    .map(row -> new ApplicationHistory(row, dao.events(row.id())))
                    .toList();
        });
    }
}

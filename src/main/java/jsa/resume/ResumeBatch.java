package jsa.resume;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.jd.JdRequest;
import jsa.jd.JdService;
import jsa.jd.ParsedJd;
import jsa.tracker.JobService;

/**
 * Runs {@code gen-resume} over several inputs one after another (the seed's Orchestrator with its
 * future batch generation): a job description is parsed and stored first, a tracked job is read,
 * a target role stands alone. Each input's resume is stored on its own, so one failure does not
 * undo the others.
 */
public final class ResumeBatch {
    private final JdService jd;
    private final JobService jobs;
    private final ResumeGenerator generator;

    public ResumeBatch(JdService jd, JobService jobs, ResumeGenerator generator) {
        this.jd = jd;
        this.jobs = jobs;
        this.generator = generator;
    }

    /** One input of a batch; {@link #label()} names it in progress lines and errors. */
    public sealed interface Source {
        String label();
    }

    /** A job description to parse and store first; reading it may fail like any other step. */
    public record JdFile(String label, Supplier<JdRequest> request) implements Source {}

    /** A tracked job. */
    public record TrackedJob(long jobId) implements Source {
        @Override
        public String label() {
            return "job " + jobId;
        }
    }

    /** A general resume framed for a role, without a job description. */
    public record TargetRole(String role, String level) implements Source {
        @Override
        public String label() {
            return level == null ? role : role + " (" + level + ")";
        }
    }

    /** What became of one input: its resume, or why there is none. */
    public record Outcome(Source source, GeneratedResume resume, JsaException failure) {}

    /**
     * Writes a resume for each of {@code sources} in turn, telling {@code done} of each outcome as
     * it comes and {@code progress} of each step within one.
     *
     * @param template the template's id or name for every input, or null to choose per input
     * @return the exit status of the batch: OK when every input got its resume, the failure's own
     *     status for a single input, UNAVAILABLE when some of several failed, FAILURE when all did
     */
    public ExitStatus run(List<Source> sources, String template, Consumer<String> progress, Consumer<Outcome> done) {
        int failed = 0;
        ExitStatus last = ExitStatus.OK;
        for (Source source : sources) {
            Outcome outcome;
            try {
                outcome = new Outcome(source, generator.generate(target(source, progress), template, progress), null);
            } catch (JsaException e) {
                outcome = new Outcome(source, null, e);
                failed++;
                last = e.status();
            }
            done.accept(outcome);
        }
        if (failed == 0) {
            return ExitStatus.OK;
        }
        if (sources.size() == 1) {
            return last;
        }
        return failed == sources.size() ? ExitStatus.FAILURE : ExitStatus.UNAVAILABLE;
    }

    private ResumeTarget target(Source source, Consumer<String> progress) {
        if (source instanceof JdFile file) {
            progress.accept("parsing " + file.label());
            return ResumeTarget.of(jobs.show(parsed(file)));
        }
        if (source instanceof TrackedJob job) {
            return ResumeTarget.of(jobs.show(job.jobId()));
        }
        TargetRole role = (TargetRole) source;
        return ResumeTarget.general(role.role(), role.level());
    }

    private long parsed(JdFile file) {
        ParsedJd parsed = jd.parse(file.request().get());
        if (parsed.notSaved() != null) {
            throw parsed.notSaved();
        }
        return parsed.jobId();
    }
}

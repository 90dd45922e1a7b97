package jsa.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.Page;
import jsa.resume.ResumeOverview;
import jsa.resume.ResumeSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "List stored resumes, newest first.",
            "BULLETS is shown/all; FLAGGED counts shown bullets with a fact to check (⚑ in 'jsa resume show')."
        })
final class ResumeListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PageOptions options;

    @Option(names = "--job", paramLabel = "ID", description = "Only the resumes for this job ('jsa job list').")
    Long job;

    /**
     * A resume as {@code --format json} prints it.
     *
     * @param jobId null for a general resume
     * @param title the job's title; null for a general resume
     * @param created when it was written (UTC)
     */
    record Row(
            long id,
            Long jobId,
            String company,
            String title,
            String targetRole,
            String targetLevel,
            int version,
            String template,
            int bullets,
            int shownBullets,
            int flaggedBullets,
            String provider,
            String model,
            Instant created) {
        static Row of(ResumeOverview overview) {
            ResumeSummary s = overview.summary();
            return new Row(
                    s.id(),
                    s.jobId(),
                    s.company(),
                    s.listingJobTitle(),
                    s.targetRole(),
                    s.targetLevel(),
                    s.version(),
                    s.templateName(),
                    overview.bullets(),
                    overview.shownBullets(),
                    overview.flaggedBullets(),
                    s.provider(),
                    s.model(),
                    s.createdAt());
        }
    }

    @Override
    public Integer call() {
        Page<ResumeOverview> page = AppContext.of(spec).resumes().list(job, options.limit());
        List<ResumeOverview> resumes = page.rows();
        RowPrinter.print(
                spec.commandLine().getOut(),
                options.format,
                List.of(
                        "ID",
                        "JOB",
                        "COMPANY",
                        "TITLE",
                        "VERSION",
                        "TEMPLATE",
                        "BULLETS",
                        "FLAGGED",
                        "MODEL",
                        "CREATED"),
                resumes.stream().map(ResumeListCommand::cells).toList(),
                resumes.stream().map(Row::of).toList());
        if (resumes.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: no resumes" + (job == null ? "" : " for job " + job)
                            + "; 'jsa gen-resume' writes one");
        }
        PageOptions.noteLeftOut(spec.commandLine().getErr(), page, "resumes");
        return ExitStatus.OK.code();
    }

    private static List<String> cells(ResumeOverview overview) {
        ResumeSummary s = overview.summary();
        boolean general = s.jobId() == null;
        return List.of(
                Long.toString(s.id()),
                general ? "" : s.jobId().toString(),
                general ? "" : s.company(),
                general ? s.target() : s.listingJobTitle(),
                Integer.toString(s.version()),
                s.templateName(),
                overview.shownBullets() + "/" + overview.bullets(),
                overview.flaggedBullets() == 0 ? "" : "⚑ " + overview.flaggedBullets(),
                s.model() == null ? "" : s.model(),
                ResumePrinter.created(s.createdAt()));
    }
}

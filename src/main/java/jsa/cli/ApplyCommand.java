package jsa.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationService;
import jsa.tracker.ApplicationService.Applied;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description = {
            "Record an application to a job, a listing or a job description.",
            "To a tracked job (--job), to a discovery listing (--listing: files the listing as a job and marks it"
                    + " applied), or to a job description FILE, parsed and filed in the same step.",
            "One application per job. Prints the application's id; the resume sent defaults to the job's newest"
                    + " version."
        })
final class ApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A job description to parse and apply to.")
    String file;

    @Option(names = "--job", paramLabel = "ID", description = "A tracked job ('jsa job list').")
    Long job;

    @Option(names = "--listing", paramLabel = "ID", description = "A discovery listing ('jsa jobs list').")
    Long listing;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When you applied (default: today).")
    LocalDate date;

    @Option(names = "--resume", paramLabel = "ID", description = "The resume you sent ('jsa resume list').")
    Long resume;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() {
        int given = (file == null ? 0 : 1) + (job == null ? 0 : 1) + (listing == null ? 0 : 1);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), "give one of FILE, --job ID or --listing ID");
        }
        AppContext context = AppContext.of(spec);
        ApplicationService applications = context.applications();
        Applied applied = file != null
                ? context.jdApplications(llm)
                        .apply(JdInput.request(file, context, spec.commandLine().getErr()), date, resume)
                : job != null
                        ? applications.apply(job, date, resume)
                        : applications.applyToListing(listing, date, resume);
        spec.commandLine().getOut().println(applied.applicationId());
        spec.commandLine()
                .getErr()
                .println("jsa: recorded application " + applied.applicationId() + " to job " + applied.jobId()
                        + " on " + applied.appliedDate()
                        + (applied.resumeId() == null ? ", no resume recorded" : " with resume " + applied.resumeId()));
        return ExitStatus.OK.code();
    }
}

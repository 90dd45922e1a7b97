package jsa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.interview.GenerationReport;
import jsa.interview.InterviewPrepService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the interview preparation of an application, or of every upcoming interview.",
            "Writes the base preparation with one call, then one call per upcoming interview (or the one named"
                    + " with --interview). Stored preparations are kept unless --force, and what you edited"
                    + " ('interview-prep edit') unless --discard-edits too. Applications without"
                    + " interviews get nothing. Each answer is validated before it is saved.",
            "--upcoming prepares every interview of the next --days days that has none yet (for cron)."
        })
final class InterviewPrepGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP_ID", arity = "0..1", description = "The application's id ('jsa app list').")
    Long applicationId;

    @Option(names = "--interview", paramLabel = "ID", description = "Only this interview of the application.")
    Long interviewId;

    @Option(names = "--force", description = "Write again what is already stored, except what you edited.")
    boolean force;

    @Option(names = "--discard-edits", description = "With --force: write over your edits too.")
    boolean discardEdits;

    @Option(names = "--upcoming", description = "Every upcoming interview without a preparation, instead of APP_ID.")
    boolean upcoming;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "7",
            description = "With --upcoming: interviews up to N days ahead (default: ${DEFAULT-VALUE}; 0 is today).")
    int days;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() {
        if (upcoming == (applicationId != null)) {
            throw JsaException.usage("give APP_ID or --upcoming", "'jsa app list' shows the applications");
        }
        if (upcoming && (interviewId != null || force)) {
            throw JsaException.usage("--upcoming takes no --interview or --force", "name the application instead");
        }
        if (discardEdits && !force) {
            throw JsaException.usage("--discard-edits goes with --force", "add --force");
        }
        AppContext context = AppContext.of(spec);
        InterviewPrepService service = context.interviewPrep(llm);
        List<GenerationReport> reports = upcoming
                ? service.generateUpcoming(days)
                : List.of(service.generate(applicationId, interviewId, rewrite()));
        PrintWriter err = spec.commandLine().getErr();
        if (reports.isEmpty()) {
            err.println("jsa: every interview of the next " + days + " days is prepared already");
        }
        reports.forEach(report -> describe(err, report, context));
        reports.stream()
                .map(GenerationReport::applicationId)
                .distinct()
                .forEach(spec.commandLine().getOut()::println);
        return ExitStatus.OK.code();
    }

    private static String preparation(String what) {
        return "base".equals(what) ? "the base preparation" : "interview " + what + "'s preparation";
    }

    private InterviewPrepService.Rewrite rewrite() {
        if (!force) {
            return InterviewPrepService.Rewrite.NONE;
        }
        return discardEdits ? InterviewPrepService.Rewrite.ALL : InterviewPrepService.Rewrite.UNEDITED;
    }

    private void describe(PrintWriter err, GenerationReport report, AppContext context) {
        long id = report.applicationId();
        String baseKept = force
                ? (interviewId != null ? "kept (--interview writes that interview's only)" : "kept")
                : "kept (--force writes it again)";
        err.println("jsa: application " + id + ": base preparation " + (report.baseWritten() ? "written" : baseKept));
        report.interviewsWritten().forEach(i -> err.println("jsa: interview " + i + ": preparation written"));
        report.editsReplaced()
                .forEach(what -> err.println("jsa: replaced your edit of " + preparation(what) + " (--discard-edits)"));
        report.editsKept()
                .forEach(what -> err.println("jsa: kept " + preparation(what)
                        + ": you edited it ('--force --discard-edits' writes over your edit)"));
        report.interviewsKept()
                .forEach(i -> err.println(
                        "jsa: interview " + i + ": preparation kept" + (force ? "" : " (--force writes it again)")));
        report.ungrounded()
                .forEach(flag -> err.println("jsa: ⚑ " + flag + " (not in your projects: check before you say it)"));
        if (report.calls() > 0) {
            // the offline rules have no tokens to count
            err.println(
                    "offline".equals(report.provider())
                            ? "jsa: " + report.calls() + " offline rule runs"
                            : String.format(
                                    Locale.ROOT,
                                    "jsa: %d calls, %,d input tokens (%,d from cache), %,d output",
                                    report.calls(),
                                    report.usage().totalInputTokens(),
                                    report.usage().cacheReadTokens(),
                                    report.usage().outputTokens()));
            ProviderNotes.print(
                    err, report.provider(), report.model(), report.costUsd(), context.providerIsAutomatic(llm));
        }
    }
}

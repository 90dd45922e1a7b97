package jsa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.resume.GeneratedResume;
import jsa.resume.ResumeBatch;
import jsa.resume.ResumeSpend;
import jsa.resume.ResumeSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "gen-resume",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a resume tailored to a job description.",
            "Parses and stores each FILE as a job (or takes tracked jobs with --job), chooses the template by"
                    + " the job's role, level and specialization, writes each role's bullets and the skills"
                    + " section, and stores the resume as a new version. Prints the resume; its id, tokens and"
                    + " cost go to stderr. Several inputs run one after another: one failure does not undo the"
                    + " others (exit 3).",
            "Bullets stating a number or tool that the role's projects do not contain are flagged ⚑."
        })
final class GenResumeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Job descriptions: text, Markdown or HTML; - reads stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--job", paramLabel = "ID", description = "A tracked job ('jsa job list'); repeatable.")
    List<Long> jobs = new ArrayList<>();

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "Write a general resume framed for this role, without a job description"
                    + " (e.g. \"Data Engineer\").")
    String role;

    @Option(names = "--level", paramLabel = "LEVEL", description = "The level of --role (e.g. II, Senior).")
    String level;

    @Option(
            names = "--template",
            paramLabel = "ID",
            description = "Use this template (id or name) instead of choosing one ('jsa template list').")
    String template;

    @Option(names = "--ids", description = "Show bullet and skills ids, for 'jsa resume bullet' and 'skills'.")
    boolean ids;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        List<ResumeBatch.Source> sources = sources(context);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResumePrinter printer = new ResumePrinter(context.profiles(), ids);
        List<GeneratedResume> written = new ArrayList<>();
        int[] done = {0};
        // calls to a model take seconds each: on a terminal, say which one is under way
        Consumer<String> progress = context.terminal() ? step -> err.println("jsa: " + step + " ...") : step -> {};
        ExitStatus status = context.resumeBatch(llm).run(sources, template, progress, outcome -> {
            done[0]++;
            String step = sources.size() == 1 ? "" : "[" + done[0] + "/" + sources.size() + "] ";
            if (outcome.failure() != null) {
                if (sources.size() == 1) {
                    throw outcome.failure();
                }
                err.println("jsa: " + step + outcome.source().label() + ": error: "
                        + outcome.failure().getMessage());
                return;
            }
            GeneratedResume resume = outcome.resume();
            written.add(resume);
            if (sources.size() > 1) {
                out.println((done[0] == 1 ? "" : "\n") + "# " + step
                        + outcome.source().label());
            }
            out.print(printer.text(resume.resume()));
            out.flush();
            err.println("jsa: " + step + describe(resume));
        });
        if (!written.isEmpty()) {
            GeneratedResume last = written.get(written.size() - 1);
            double cost = written.stream().mapToDouble(r -> r.spend().costUsd()).sum();
            ProviderNotes.print(
                    err,
                    last.resume().summary().provider(),
                    last.resume().summary().model(),
                    cost,
                    context.providerIsAutomatic(llm));
        }
        return status.code();
    }

    private List<ResumeBatch.Source> sources(AppContext context) {
        if (role != null) {
            if (!files.isEmpty() || !jobs.isEmpty()) {
                throw JsaException.usage(
                        "--role writes a general resume and takes no FILE or --job", "give one or the other");
            }
            return List.of(new ResumeBatch.TargetRole(role, level));
        }
        if (level != null) {
            throw JsaException.usage("--level goes with --role", "a job's level comes from its description");
        }
        if (files.isEmpty() && jobs.isEmpty()) {
            throw JsaException.usage(
                    "nothing to write a resume for",
                    "give job description files, --job ID ('jsa job list'), or --role ROLE for a general resume");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ResumeBatch.Source> sources = new ArrayList<>();
        for (String file : files) {
            sources.add(new ResumeBatch.JdFile(JdInput.source(file), () -> JdInput.request(file, context, err)));
        }
        jobs.forEach(job -> sources.add(new ResumeBatch.TrackedJob(job)));
        return sources;
    }

    private static String describe(GeneratedResume generated) {
        ResumeSummary s = generated.resume().summary();
        ResumeSpend spend = generated.spend();
        String target = s.jobId() != null
                ? "job " + s.jobId() + " (" + s.company() + ", " + s.listingJobTitle() + ")"
                : s.targetRole() + (s.targetLevel() == null ? "" : " " + s.targetLevel());
        String saved = String.format(
                Locale.ROOT,
                "saved resume %d for %s, version %d, template %s (%s); ",
                s.id(),
                target,
                s.version(),
                s.templateName(),
                generated.templateChoice());
        if ("offline".equals(s.provider())) {
            return saved + spend.calls() + " offline rule runs";
        }
        return saved
                + String.format(
                        Locale.ROOT,
                        "%d calls, %,d input tokens (%,d from cache), %,d output, $%.4f",
                        spend.calls(),
                        spend.usage().totalInputTokens(),
                        spend.usage().cacheReadTokens(),
                        spend.usage().outputTokens(),
                        spend.costUsd());
    }
}

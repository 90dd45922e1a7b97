package jsa.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.config.ConfigKey;
import jsa.render.RenderOptions;
import jsa.render.RenderStyle;
import jsa.render.ResumeRenderer;
import jsa.tracker.Activity;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "render-pdf",
        mixinStandardHelpOptions = true,
        description = {
            "Render a resume to PDF, fitted to one page.",
            "Renders a job's newest resume (or --resume ID, or every job's newest with --all) with its template"
                    + " and prints the path of each file written. Files are named"
                    + " {company}_{listing_job_title}_{level}.pdf, with _v2, _v3... when another file has the name;"
                    + " a new rendering of the same resume replaces its file.",
            "--style auto (the default) fits the page budget: the template's stylesheet, then the compact one,"
                    + " then without the lowest-relevance bullets of the longest roles (each role keeps one);"
                    + " stderr says exactly what was dropped. The stored resume is not changed."
        })
final class RenderPdfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** One job's resume, one resume, or all jobs'. */
    static final class Which {
        @Option(names = "--job", paramLabel = "ID", description = "The job's newest resume ('jsa job list').")
        Long job;

        @Option(names = "--resume", paramLabel = "ID", description = "This resume, by id.")
        Long resume;

        @Option(names = "--all", description = "The newest resume of every job, in one run.")
        boolean all;
    }

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            description = "With --all: only the jobs not applied to yet (unapplied), or those whose application is"
                    + " active (no response yet, or interviewing) or inactive (rejected, closed, concluded).")
    RenderStatus status;

    /** Which jobs {@code --all} renders, by their application. */
    enum RenderStatus {
        unapplied,
        active,
        inactive
    }

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Write into DIR, created when missing (default: config output.dir, else the current"
                    + " directory).")
    Path output;

    @Option(
            names = "--style",
            paramLabel = "STYLE",
            defaultValue = "auto",
            completionCandidates = Styles.class,
            description = "standard (the template's stylesheet), compact, or auto (default): fit the page budget.")
    RenderStyle style;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "1", description = "The page budget (default: 1).")
    int pages;

    @Option(names = "--html", description = "Write the XHTML and its stylesheet, for a browser, instead of the PDF.")
    boolean html;

    @Option(names = "--open", description = "Open the file once it is written.")
    boolean open;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Templates to use ('jsa template init DIR' makes a copy to edit; default: config"
                    + " templates.dir, else the built-in ones).")
    Path templates;

    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() {
        if (pages < 1) {
            throw JsaException.usage("--pages must be 1 or more, not " + pages, "the budget is a number of pages");
        }
        if (open && which.all) {
            throw JsaException.usage("--open opens one file, and --all writes many", "leave out --open");
        }
        if (status != null && !which.all) {
            throw JsaException.usage("--status chooses among the jobs of --all", "add --all, or leave out --status");
        }
        AppContext context = AppContext.of(spec);
        context.settings().withFlag(ConfigKey.OUTPUT_DIR, output == null ? null : output.toString());
        context.settings().withFlag(ConfigKey.TEMPLATES_DIR, templates == null ? null : templates.toString());
        RenderProgress progress = new RenderProgress(spec, context.terminal() && which.all);
        ExitStatus exit = context.renderer(fonts.dirs)
                .render(
                        target(context),
                        new RenderOptions(context.outputDir(), style, pages, html),
                        progress::note,
                        progress::outcome);
        progress.finish();
        if (open && !progress.files().isEmpty()) {
            Path file = progress.files().get(0);
            if (!Browser.open(file.toAbsolutePath().toUri().toString(), context.env())) {
                spec.commandLine().getErr().println("jsa: no desktop to open " + file + " on");
            }
        }
        return exit.code();
    }

    private ResumeRenderer.Target target(AppContext context) {
        if (which.job != null) {
            return new ResumeRenderer.JobResume(which.job);
        }
        if (which.resume != null) {
            return new ResumeRenderer.OneResume(which.resume);
        }
        if (status == null) {
            return new ResumeRenderer.EveryJob(job -> true, "");
        }
        Set<Long> applied = context.applicationViews()
                .appliedJobs(
                        status == RenderStatus.unapplied
                                ? Activity.ALL
                                : Activity.valueOf(status.name().toUpperCase(Locale.ROOT)));
        return status == RenderStatus.unapplied
                ? new ResumeRenderer.EveryJob(job -> !applied.contains(job), "not applied to")
                : new ResumeRenderer.EveryJob(applied::contains, "with an " + status + " application");
    }

    /** The styles as typed, for completion. */
    static final class Styles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("standard", "compact", "auto").iterator();
        }
    }
}

package jsa.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.JsaException;
import jsa.interview.PreparationExport;
import jsa.interview.PreparationView;
import jsa.render.MarkdownPages;
import jsa.tracker.UpcomingInterview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show an application's interview preparation as Markdown, or write it as HTML or PDF to print.",
            "The base sections, the application's interviews, then the selected interview's predicted questions"
                    + " and questions to ask (default: the next upcoming interview). Without APP_ID, lists the"
                    + " upcoming interviews to choose from and whether each is prepared.",
            "--format html and pdf write {company}_{listing_job_title}_interview_prep_interview_{id}.html|.pdf"
                    + " into the output directory (config output.dir, else the current directory), with _v2, _v3..."
                    + " when another file has the name, and print its path; the HTML page is one file, its"
                    + " stylesheet inlined."
        })
final class InterviewPrepShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "APP_ID",
            arity = "0..1",
            description = "The application's id; without it, the upcoming interviews are listed.")
    Long applicationId;

    @Option(names = "--interview", paramLabel = "ID", description = "Show this interview's preparation.")
    Long interviewId;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            completionCandidates = Formats.class,
            description = "md (default: Markdown on stdout), html or pdf (a file to print).")
    MarkdownPages.Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write exactly FILE, replacing it ('-': stdout, for md and html).")
    Path output;

    @Mixin
    FontOptions fonts;

    @Override
    public Integer call() {
        if (applicationId == null) {
            return list();
        }
        PreparationExport.Exported exported = AppContext.of(spec)
                .preparationExport(fonts.dirs)
                .export(applicationId, interviewId, format, output, this::warn);
        if (exported.file() != null) {
            spec.commandLine().getOut().println(exported.file());
        } else {
            spec.commandLine().getOut().print(exported.text());
        }
        PreparationView view = exported.view();
        if (view.selected() == null && view.interviews().isEmpty()) {
            warn("warning: application " + applicationId + " has no interviews; schedule one with 'jsa interview add "
                    + applicationId + " --stage STAGE --at TIME'");
        } else if (view.selected() == null) {
            warn("warning: application " + applicationId
                    + " has no upcoming interview; choose one with --interview ID");
        } else if (view.preparation() == null) {
            warn("warning: interview " + view.selected().id() + " has no preparation yet; run 'jsa interview-prep"
                    + " generate " + applicationId + " --interview "
                    + view.selected().id() + "'");
        }
        return ExitStatus.OK.code();
    }

    private int list() {
        if (interviewId != null || output != null || format != MarkdownPages.Format.MD) {
            throw JsaException.usage(
                    "--interview, --format and --output need APP_ID",
                    "'jsa interview-prep show' alone lists the interviews and their applications' ids");
        }
        List<UpcomingInterview> interviews = AppContext.of(spec).interviews().upcoming(null, false);
        InterviewsCommand.print(spec, OutputFormat.table, interviews);
        warn(
                interviews.isEmpty()
                        ? "no upcoming interviews; 'jsa interviews --all' lists the past ones"
                        : "show one with 'jsa interview-prep show APP [--interview ID]'");
        return ExitStatus.OK.code();
    }

    private void warn(String warning) {
        spec.commandLine().getErr().println("jsa: " + warning);
    }

    /** The formats as typed, for completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("md", "html", "pdf").iterator();
        }
    }
}

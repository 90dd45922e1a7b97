package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.TemplateSelector;
import jsa.tracker.Job;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "select",
        mixinStandardHelpOptions = true,
        description = {
            "Show which template a resume for a job (or a target role) would use, and why.",
            "By role, then level, then specialization; the fallbacks are listed below."
        },
        footer = {
            "",
            "Fallbacks, in order: the same level; the role's template without a level; the nearest level"
                    + " (the lower one on a tie); the role's first template. Within a step the same"
                    + " specialization wins, then none. No template for the role is an error."
        })
final class TemplateSelectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Target target;

    /** A tracked job, or a role typed in. */
    static final class Target {
        @Option(names = "--job", paramLabel = "ID", description = "A tracked job ('jsa job list').")
        Long job;

        @Option(names = "--role", paramLabel = "ROLE", description = "A target role, e.g. \"Data Engineer\".")
        String role;
    }

    @Option(names = "--level", paramLabel = "LEVEL", description = "With --role: the level, e.g. Senior.")
    String level;

    @Option(
            names = "--specialization",
            paramLabel = "AREA",
            description = "With --role: the specialization, e.g. Backend.")
    String specialization;

    @Override
    public Integer call() {
        AppContext context = AppContext.of(spec);
        TemplateSelector selector = new TemplateSelector(context.templates().list());
        TemplateSelector.Selection selection;
        if (target.job != null) {
            Job job = context.jobs().show(target.job).job();
            String role = job.role() != null ? job.role() : job.listingJobTitle();
            selection = selector.select(role, job.level(), job.specialization());
        } else {
            selection = selector.select(target.role, level, specialization);
        }
        spec.commandLine()
                .getOut()
                .println(selection.template().id() + "\t" + selection.template().name() + "\t" + selection.reason());
        return ExitStatus.OK.code();
    }
}

package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.interview.PreparationView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show an application's interview preparation as Markdown.",
            "The base sections, the application's interviews, then the selected interview's predicted questions"
                    + " and questions to ask (default: the next upcoming interview)."
        })
final class InterviewPrepShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "APP_ID", description = "The application's id ('jsa app list').")
    long applicationId;

    @Option(names = "--interview", paramLabel = "ID", description = "Show this interview's preparation.")
    Long interviewId;

    @Override
    public Integer call() {
        PreparationView view = AppContext.of(spec).preparationViews().show(applicationId, interviewId);
        spec.commandLine().getOut().print(view.markdown());
        if (view.selected() == null) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: warning: application " + applicationId
                            + " has no upcoming interview; choose one with --interview ID");
        } else if (view.preparation() == null) {
            spec.commandLine()
                    .getErr()
                    .println("jsa: warning: interview " + view.selected().id()
                            + " has no preparation yet; run 'jsa interview-prep generate " + applicationId
                            + " --interview "
                            + view.selected().id() + "'");
        }
        return ExitStatus.OK.code();
    }
}

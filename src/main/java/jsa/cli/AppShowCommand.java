package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationDetail;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Show an application: the job, the timeline, past interviews with their notes, upcoming interviews,"
                    + " the posting's requirements when it was rejected, and the resume as sent (your overrides"
                    + " in place, excluded items left out)."
        })
final class AppShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The application's id ('jsa app list').")
    long id;

    @Option(names = "--format", defaultValue = "text", description = "text (default), md or html.")
    ApplicationPage.Format format;

    @Override
    public Integer call() {
        ApplicationDetail detail = AppContext.of(spec).applicationViews().detail(id);
        spec.commandLine().getOut().print(ApplicationPage.render(detail, format));
        return ExitStatus.OK.code();
    }
}

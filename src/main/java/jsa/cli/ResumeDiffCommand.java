package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.ResumeDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compare two resumes line by line, as they render.",
            "Unified style: '-' lines are only in ID1, '+' lines only in ID2, and each @@ line names the role"
                    + " or section of its first change. Exits 0 whether or not they differ."
        })
final class ResumeDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID1", description = "The resume to compare from ('jsa resume list').")
    long first;

    @Parameters(index = "1", paramLabel = "ID2", description = "The resume to compare it with.")
    long second;

    @Override
    public Integer call() {
        ResumeDiff diff = AppContext.of(spec).resumes().diff(first, second);
        if (diff.identical()) {
            spec.commandLine().getErr().println("jsa: resumes " + first + " and " + second + " render the same text");
        } else {
            spec.commandLine().getOut().print(diff.unified());
        }
        return ExitStatus.OK.code();
    }
}

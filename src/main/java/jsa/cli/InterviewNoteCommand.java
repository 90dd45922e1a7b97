package jsa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.InterviewNote;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "note",
        mixinStandardHelpOptions = true,
        description = {"Add a freeform note to an interview: what was asked, how it went, what to follow up."})
final class InterviewNoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The interview's id ('jsa interviews --all').")
    long interviewId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note; words are joined.")
    List<String> words;

    @Override
    public Integer call() {
        InterviewNote note = AppContext.of(spec).interviews().note(interviewId, String.join(" ", words));
        spec.commandLine().getErr().println("jsa: noted on interview " + note.interviewId());
        return ExitStatus.OK.code();
    }
}

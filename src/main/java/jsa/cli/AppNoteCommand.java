package jsa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.tracker.ApplicationRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "note",
        mixinStandardHelpOptions = true,
        description = {
            "Add a note to an application's timeline, dated today: a follow-up, a contact, what to remember.",
            "'jsa app show' lists the notes on the timeline; 'jsa history' shows the newest."
        })
final class AppNoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The application's id ('jsa app list').")
    long id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note; words are joined.")
    List<String> words;

    @Override
    public Integer call() {
        ApplicationRow app = AppContext.of(spec).applications().note(id, String.join(" ", words));
        spec.commandLine().getErr().println("jsa: noted on " + ApplicationRows.line(app));
        return ExitStatus.OK.code();
    }
}

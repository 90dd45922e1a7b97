package jsa.cli;

import java.util.concurrent.Callable;

import jsa.ExitStatus;
import jsa.resume.ItemChange;
import jsa.resume.ItemUpdate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "skills",
        mixinStandardHelpOptions = true,
        description = {
            "Reword, exclude, include or reset one skills category of a resume.",
            "An override replaces the skills (\"Java, Kotlin\"); the category's name stays."
                    + " 'jsa resume edit' changes many at once, and reorders them."
        })
final class ResumeSkillsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The skills category's id ('jsa resume show RESUME --ids').")
    long id;

    @Mixin
    ItemActionOptions action;

    @Override
    public Integer call() {
        ItemChange change = action.change();
        ItemUpdate update = AppContext.of(spec).resumes().changeSkills(id, change);
        spec.commandLine()
                .getErr()
                .println("jsa: skills category " + id + " of resume " + update.resumeId() + " "
                        + ItemActionOptions.outcome(change, update));
        return ExitStatus.OK.code();
    }
}

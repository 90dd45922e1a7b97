package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = {
            "List, show, compare and edit generated resumes.",
            "'jsa gen-resume' writes them. Your changes (reworded, excluded and reordered bullets and skills)"
                    + " are kept beside the generated text, which is never lost."
        },
        subcommands = {
            ResumeListCommand.class,
            ResumeShowCommand.class,
            ResumeDiffCommand.class,
            ResumeEditCommand.class,
            ResumeBulletCommand.class,
            ResumeSkillsCommand.class
        })
final class ResumeCommand {}

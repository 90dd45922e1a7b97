package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "interview",
        mixinStandardHelpOptions = true,
        description = {
            "Schedule, change and cancel interviews, and add notes.",
            "Each shows on the application's timeline.",
            "'jsa interviews' lists the upcoming ones."
        },
        subcommands = {
            InterviewAddCommand.class,
            InterviewEditCommand.class,
            InterviewCancelCommand.class,
            InterviewNoteCommand.class
        })
final class InterviewCommand {}

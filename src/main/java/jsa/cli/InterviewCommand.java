package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "interview",
        mixinStandardHelpOptions = true,
        description = {
            "Schedule interviews and add notes.",
            "Both show on the application's timeline.",
            "'jsa interviews' lists the upcoming ones."
        },
        subcommands = {InterviewAddCommand.class, InterviewNoteCommand.class})
final class InterviewCommand {}

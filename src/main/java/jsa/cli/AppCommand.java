package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "app",
        mixinStandardHelpOptions = true,
        description = {
            "Update, annotate, show and list applications.",
            "Every change is dated and kept on the application's timeline.",
            "'jsa apply' records one."
        },
        subcommands = {
            AppStatusCommand.class,
            AppOutcomeCommand.class,
            AppNoteCommand.class,
            AppShowCommand.class,
            AppListCommand.class
        })
final class AppCommand {}

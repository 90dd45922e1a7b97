package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "interview-prep",
        mixinStandardHelpOptions = true,
        description = {
            "Generate and show interview preparation.",
            "An application's base preparation (the JD with its callback drivers, the company, the drivers and"
                    + " your background narrative) is written once; each interview gets predicted questions with"
                    + " STAR answers from your profile's projects and questions to ask, fitted to its stage and"
                    + " focus."
        },
        subcommands = {
            InterviewPrepGenerateCommand.class,
            InterviewPrepShowCommand.class,
            InterviewPrepEditCommand.class
        })
final class InterviewPrepCommand {}

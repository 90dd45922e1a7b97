package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "job",
        mixinStandardHelpOptions = true,
        description = {
            "List, show and edit tracked jobs: the job descriptions you parsed.",
            "'jsa parse-jd FILE' adds one."
        },
        subcommands = {JobListCommand.class, JobShowCommand.class, JobEditCommand.class})
final class JobCommand {}

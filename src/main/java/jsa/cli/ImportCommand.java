package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import an application history from CSV.", "'jsa import applications FILE.csv'."},
        subcommands = {ImportApplicationsCommand.class})
final class ImportCommand {}

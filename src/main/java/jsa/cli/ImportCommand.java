package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {"Import data kept elsewhere: 'jsa import applications FILE.csv' for an application history."},
        subcommands = {ImportApplicationsCommand.class})
final class ImportCommand {}

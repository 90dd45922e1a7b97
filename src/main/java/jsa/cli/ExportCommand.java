package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {"Export data to stdout: 'jsa export applications' for the application history."},
        subcommands = {ExportApplicationsCommand.class})
final class ExportCommand {}

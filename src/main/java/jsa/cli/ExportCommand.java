package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export applications with their status history.",
            "'jsa export applications' writes CSV or JSON to stdout."
        },
        subcommands = {ExportApplicationsCommand.class})
final class ExportCommand {}

package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "Check, back up and describe the database.",
        subcommands = {DbCheckCommand.class, DbBackupCommand.class, DbInfoCommand.class})
final class DbCommand {}

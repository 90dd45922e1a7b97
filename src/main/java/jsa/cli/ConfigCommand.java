package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = {
            "Get and set configuration in $XDG_CONFIG_HOME/jsa/config.yaml.",
            "Environment variables override the file and flags override both. API keys are never"
                    + " stored: jsa reads them from environment variables only."
        },
        subcommands = {
            ConfigGetCommand.class,
            ConfigSetCommand.class,
            ConfigUnsetCommand.class,
            ConfigListCommand.class,
            ConfigPathCommand.class
        })
final class ConfigCommand {}

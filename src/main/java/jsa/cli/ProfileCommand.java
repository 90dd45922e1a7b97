package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = {
            "Import and show your experience, education and templates.",
            "Describe them in a YAML file (see examples/profile.yaml) or a JSON Resume and import it;"
                    + " re-importing updates roles by key and templates by name."
        },
        subcommands = {ProfileImportCommand.class, ProfileShowCommand.class, ProfileExportCommand.class})
final class ProfileCommand {}

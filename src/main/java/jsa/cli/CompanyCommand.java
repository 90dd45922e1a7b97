package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "company",
        mixinStandardHelpOptions = true,
        description = {
            "Manage the companies whose career sites are watched.",
            "Describe them in a YAML file (see examples/companies.yaml) and import it; re-importing"
                    + " updates companies by name."
        },
        subcommands = {
            CompanyImportCommand.class,
            CompanyAddCommand.class,
            CompanyListCommand.class,
            CompanyShowCommand.class,
            CompanyRemoveCommand.class
        })
final class CompanyCommand {}

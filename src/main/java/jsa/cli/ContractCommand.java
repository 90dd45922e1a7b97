package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "contract",
        mixinStandardHelpOptions = true,
        description = {"Record the terms of a contract role.", "Consulting company, length, hourly rate, benefits, PTO."
        },
        subcommands = {ContractSetCommand.class})
final class ContractCommand {}

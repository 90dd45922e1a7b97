package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "List and show resume templates: which roles each kind of resume shows.",
            "Templates come from the templates section of your profile file ('jsa profile import')."
        },
        subcommands = {TemplateListCommand.class, TemplateShowCommand.class})
final class TemplateCommand {}

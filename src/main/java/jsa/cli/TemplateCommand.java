package jsa.cli;

import picocli.CommandLine.Command;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "List, show and select resume templates: which roles each kind of resume shows.",
            "Templates come from the templates section of your profile file ('jsa profile import'); their"
                    + " layout files, from the built-in ones or a copy 'jsa template init DIR' makes to edit."
        },
        subcommands = {
            TemplateListCommand.class,
            TemplateShowCommand.class,
            TemplateSelectCommand.class,
            TemplateInitCommand.class
        })
final class TemplateCommand {}
